/**
 * The webview's messages are checked before anything acts on them: a page is a page, and a
 * message that is not one of FromWebview's shapes is dropped with a log line naming it. Review
 * entries are checked in depth by the engine when they are written.
 */
import type { FromWebview } from '../../core/report/webviewMessages';

const EXPORT_FORMATS = new Set(['markdown', 'html', 'sarif', 'json']);

type Fields = Readonly<Record<string, unknown>>;

export function parseFromWebview(value: unknown): FromWebview | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const message = value as Fields;
  switch (message.type) {
    case 'ready':
    case 'rescan':
      return { type: message.type };
    case 'setReview':
      return isReviewChange(message.change) ? (message as FromWebview) : undefined;
    case 'openLocation':
      return typeof message.file === 'string' && isLineOrColumn(message.line) && isLineOrColumn(message.column) ? (message as FromWebview) : undefined;
    case 'openChecklistItem':
      return typeof message.itemId === 'string' ? (message as FromWebview) : undefined;
    case 'export':
      return typeof message.format === 'string' && EXPORT_FORMATS.has(message.format) ? (message as FromWebview) : undefined;
    default:
      return undefined;
  }
}

function isLineOrColumn(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isReviewChange(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const change = value as Fields;
  const entryShape = change.entry === undefined || (typeof change.entry === 'object' && change.entry !== null);
  return entryShape && ((change.kind === 'checklist' && typeof change.itemId === 'string') || (change.kind === 'finding' && typeof change.fingerprint === 'string'));
}
