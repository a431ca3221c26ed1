/**
 * Acts in a webview's page for the suite, as a user would. The suite runs in the extension host,
 * which cannot reach a webview's DOM; its log lines, though, reach this launcher through the
 * page's automation hook. A line
 *   privacy-lens-it:webview {"action":"saveReview","form":"<css selector>","status":"acceptable","reviewer":"…","note":"…"}
 * makes the launcher find the frame that holds the form among the workbench's frames, choose the
 * status, type the reviewer and note, and click Save. The suite then waits for the outcome it
 * cares about (the review file changing); a request that cannot be carried out is reported on
 * stderr, and the suite's wait fails at its deadline naming what it waited for.
 */
import type { Frame, Page } from 'playwright-core';

export const WEBVIEW_REQUEST_PREFIX = 'privacy-lens-it:webview ';

/** Set in code-server's environment, which its extension host inherits: the suite knows a driver is listening. */
export const WEBVIEW_DRIVER_ENV = 'PRIVACY_LENS_IT_WEBVIEW_DRIVER';

export interface SaveReviewRequest {
  readonly action: 'saveReview';
  /** CSS selector of the review form, e.g. `[data-review-kind="checklist"][data-review-key="access-control"]`. */
  readonly form: string;
  readonly status: string;
  readonly reviewer: string;
  readonly note: string;
}

const FIND_FORM_DEADLINE_MS = 30_000;

/** Carries out the request in `line` if it is one; false when the line is ordinary log output. */
export function handleWebviewRequest(page: Page, line: string): boolean {
  if (!line.startsWith(WEBVIEW_REQUEST_PREFIX)) {
    return false;
  }
  void carryOut(page, line.slice(WEBVIEW_REQUEST_PREFIX.length)).catch((error: unknown) => {
    process.stderr.write(`[webview driver] ${error instanceof Error ? error.message : String(error)}\n`);
  });
  return true;
}

async function carryOut(page: Page, json: string): Promise<void> {
  const request = JSON.parse(json) as SaveReviewRequest;
  if (request.action !== 'saveReview') {
    throw new Error(`unknown request ${json}`);
  }
  const frame = await frameHolding(page, request.form);
  const form = frame.locator(request.form);
  await form.locator('[data-field="status"]').selectOption(request.status);
  await form.locator('[data-field="reviewer"]').fill(request.reviewer);
  await form.locator('[data-field="note"]').fill(request.note);
  await form.locator('[data-action="save-review"]').click();
  process.stdout.write(`[webview driver] saved ${request.status} in ${request.form}\n`);
}

/** The webview's content frame is nested inside the workbench's webview host frame; look through all of them. */
async function frameHolding(page: Page, selector: string): Promise<Frame> {
  const deadline = Date.now() + FIND_FORM_DEADLINE_MS;
  do {
    for (const frame of page.frames()) {
      if (await frame.locator(selector).count().catch(() => 0)) {
        return frame;
      }
    }
    // Wait for the frame tree to change rather than for a fixed time.
    await page.waitForEvent('framenavigated', { timeout: Math.max(1, deadline - Date.now()) }).catch(() => undefined);
  } while (Date.now() < deadline);
  throw new Error(`no frame of the workbench holds ${selector}`);
}
