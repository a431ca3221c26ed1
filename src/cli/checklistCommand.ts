/**
 * `privacy-lens checklist [path]`: every checklist item with the review state recorded in
 * `<path>/.privacy-lens/review.json`. No scan: it shows what the DPO has decided, quickly.
 * An unreadable review file is named on stderr and the checklist printed without decisions; one
 * with merge-conflict markers or from a newer Privacy Lens fails the command (exit 2), as its
 * decisions exist but cannot be shown.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { CHECKLIST } from '../core/checklist/items';
import { type ChecklistView, renderChecklistJson, renderChecklistMarkdownDocument, renderChecklistText } from '../core/report/checklistReport';
import { checklistStatuses } from '../core/report/reportParts';
import { keepsFileUntouched, readReviewState } from '../core/review/reviewStore';
import { type ChecklistCommand, UsageError } from './args';
import { CliFailure, EXIT_OK } from './exitCodes';
import type { CliIo } from './io';
import { loadSettings } from './workspace';

export async function runChecklist(command: ChecklistCommand, io: CliIo): Promise<number> {
  const root = path.resolve(io.cwd, command.path);
  const stat = await fs.stat(root).catch(() => undefined);
  if (!stat?.isDirectory()) {
    throw new UsageError(`checklist needs a workspace folder; not a folder: ${command.path}`);
  }
  const config = await loadSettings(command.config, root, io);
  const review = await readReviewState(root);
  if (review.problem && keepsFileUntouched(review.problem)) {
    // A conflict or a newer schema hides decisions that are there: a checklist printed without
    // them would read as "not reviewed", so the command fails instead, saying what to do.
    throw new CliFailure(review.problem.message);
  }
  if (review.problem) {
    io.stderr(`privacy-lens: ${review.problem.message}\n`);
  }
  const view: ChecklistView = {
    statuses: checklistStatuses(CHECKLIST, [], review.state),
    regulations: config.regulations,
    ...(review.problem ? { reviewProblem: review.problem } : {}),
  };
  io.stdout(render(view, command.format));
  return EXIT_OK;
}

function render(view: ChecklistView, format: ChecklistCommand['format']): string {
  switch (format) {
    case 'text':
      return renderChecklistText(view);
    case 'markdown':
      return renderChecklistMarkdownDocument(view);
    case 'json':
      return renderChecklistJson(view);
  }
}
