/**
 * What every part of the renderer is handed: the report, whether it runs inside VS Code (and so
 * can ask the extension to act), and the review forms' state that must outlive a re-render.
 */
import type { FromWebview } from '../../core/report/webviewMessages';
import type { PrivacyReport } from '../../core/report/reportModel';
import type { ReviewFormState } from './reviewState';

/** The extension on the other side of the webview; absent in the exported HTML file. */
export interface ExtensionHost {
  post(message: FromWebview): void;
}

export interface RenderContext {
  readonly report: PrivacyReport;
  /** Set in the VS Code webview: links open sources and review controls are shown. */
  readonly host?: ExtensionHost;
  readonly reviewState: ReviewFormState;
}
