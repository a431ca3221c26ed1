/**
 * The messages between the report webview (media/report.js, built from src/webview) and the
 * extension. The webview renders what it is sent as text and asks the extension to act; it
 * never touches files itself. The exported HTML report runs the same renderer with
 * `interactive: false` and no extension on the other side.
 */
import type { ReviewChange } from '../review/model';
import type { PrivacyReport } from './reportModel';

/** Which part of the report to show first. */
export type ReportSection = 'summary' | 'findings' | 'inventory' | 'checklist' | 'dpia';

export type ToWebview =
  | { readonly type: 'report'; readonly report: PrivacyReport; readonly interactive: boolean; readonly focus?: { readonly section: ReportSection; readonly itemId?: string } }
  /** The outcome of a `setReview`: saved, or why not (shown beside the control that asked). */
  | { readonly type: 'reviewSaved'; readonly ok: boolean; readonly message?: string };

export type FromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'setReview'; readonly change: ReviewChange }
  /** Open a source location; `line` and `column` are 0-based like every engine range. */
  | { readonly type: 'openLocation'; readonly file: string; readonly line: number; readonly column: number }
  | { readonly type: 'openChecklistItem'; readonly itemId: string }
  | { readonly type: 'export'; readonly format: 'markdown' | 'html' | 'sarif' | 'json' }
  | { readonly type: 'rescan' };
