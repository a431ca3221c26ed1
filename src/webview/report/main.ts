/**
 * Entry point of media/report.js. In the VS Code webview (acquireVsCodeApi exists) it posts
 * `ready`, renders each `report` message it is sent and shows each `reviewSaved` outcome; in the
 * exported HTML file it reads the report from <script type="application/json" id="report-data">
 * and renders it read-only. Either way it renders into <main id="report">, made if missing.
 */
import type { PrivacyReport } from '../../core/report/reportModel';
import type { FromWebview, ToWebview } from '../../core/report/webviewMessages';
import type { ExtensionHost } from './context';
import { h } from './dom';
import { focusOn, renderReport } from './render';
import { showSaveOutcome } from './reviewControls';
import { ReviewFormState } from './reviewState';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** The id of the data block the HTML export writes (src/core/report/htmlReport.ts). */
const REPORT_DATA_ID = 'report-data';

function reportContainer(): HTMLElement {
  const existing = document.getElementById('report');
  if (existing) {
    return existing;
  }
  const created = h('main', { id: 'report' });
  document.body.append(created);
  return created;
}

function showError(container: HTMLElement, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  container.replaceChildren(h('p', { className: 'render-error', attrs: { role: 'alert' } }, `Privacy Lens could not show this report: ${message}`));
}

function startInWebview(container: HTMLElement, api: VsCodeApi): void {
  const host: ExtensionHost = { post: (message) => api.postMessage(message) };
  const reviewState = new ReviewFormState();
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isToWebview(message)) {
      return;
    }
    try {
      if (message.type === 'report') {
        const scrolledTo = window.scrollY;
        renderReport(container, { report: message.report, reviewState, ...(message.interactive ? { host } : {}) });
        if (!message.focus || !focusOn(container, message.focus)) {
          // A re-render after a save keeps the DPO where they were.
          window.scrollTo(0, scrolledTo);
        }
      } else {
        const outcome = { ok: message.ok, ...(message.message === undefined ? {} : { message: message.message }) };
        const key = reviewState.saveAnswered(outcome);
        if (key !== undefined) {
          showSaveOutcome(container, key, outcome);
        }
      }
    } catch (error) {
      showError(container, error);
    }
  });
  host.post({ type: 'ready' });
}

function startInExport(container: HTMLElement): void {
  try {
    const data = document.getElementById(REPORT_DATA_ID);
    if (!data?.textContent) {
      throw new Error(`the page has no <script id="${REPORT_DATA_ID}"> with the report's data`);
    }
    const report: unknown = JSON.parse(data.textContent);
    assertReport(report);
    renderReport(container, { report, reviewState: new ReviewFormState() });
  } catch (error) {
    showError(container, error);
  }
}

function isToWebview(value: unknown): value is ToWebview {
  if (typeof value !== 'object' || value === null || !('type' in value)) {
    return false;
  }
  return (value.type === 'report' && 'report' in value) || (value.type === 'reviewSaved' && 'ok' in value && typeof value.ok === 'boolean');
}

/** Enough of a check that a damaged data block gets a message naming what is missing, not a TypeError. */
function assertReport(value: unknown): asserts value is PrivacyReport {
  if (typeof value !== 'object' || value === null) {
    throw new Error('the report data is not an object');
  }
  const arrays = ['regulations', 'findings', 'suppressed', 'checklist'] as const;
  const missing = [...arrays.filter((key) => !Array.isArray((value as Record<string, unknown>)[key])), ...(['summary', 'inventory', 'dpia', 'tool'] as const).filter((key) => typeof (value as Record<string, unknown>)[key] !== 'object')];
  if (missing.length > 0) {
    throw new Error(`the report data lacks ${missing.join(', ')}`);
  }
}

const container = reportContainer();
if (typeof acquireVsCodeApi === 'function') {
  startInWebview(container, acquireVsCodeApi());
} else {
  startInExport(container);
}
