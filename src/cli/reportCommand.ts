/**
 * `privacy-lens report`: scans, reads the review file and writes the full report in the format
 * asked for, built and rendered exactly as the editor's "Export Report" does.
 */
import * as path from 'path';
import { buildPrivacyReport } from '../core/report/buildReport';
import { renderReport, type ReportExport } from '../core/report/exportReport';
import { readReviewState } from '../core/review/reviewStore';
import { scanWorkspace } from '../core/scan/workspaceScan';
import { type ReportCommand, UsageError } from './args';
import { writeFileAtomically } from './atomicWrite';
import { withCacheOption } from './cacheOption';
import { EXIT_OK } from './exitCodes';
import type { CliIo } from './io';
import { loadRendererAssets } from './rendererAssets';
import { withScanPool } from './scanPool';
import { loadSettings, resolveTargets } from './workspace';

/** Set it to pin the report's time (ISO 8601), so two runs over the same code give the same bytes. */
export const NOW_VARIABLE = 'PRIVACY_LENS_NOW';

export async function runReport(command: ReportCommand, io: CliIo): Promise<number> {
  const generatedAt = reportTime(io.env ?? {});
  const { root, targets } = await resolveTargets(command.paths, io.cwd);
  const config = await loadSettings(command.config, root, io);
  // The renderer is read before the scan, so a missing build fails fast.
  const request: ReportExport = command.format === 'html' ? { format: 'html', assets: await loadRendererAssets() } : { format: command.format };
  const result = await withCacheOption(command.cache, io, (cache) =>
    withScanPool(command.jobs, (scanner) => scanWorkspace(root, targets, { config, scanner, ...(cache ? { cache } : {}) })),
  );
  const review = await readReviewState(root);
  if (review.problem) {
    io.stderr(`privacy-lens: ${review.problem.message}\n`);
  }
  const report = buildPrivacyReport(result, review, { regulations: config.regulations, generatedAt, rootName: path.basename(root) });
  const text = renderReport(report, request);
  if (command.output) {
    await writeFileAtomically(path.resolve(io.cwd, command.output), text, `--output ${command.output}`);
    io.stdout(`Report written to ${command.output}\n`);
  } else {
    io.stdout(text);
  }
  return EXIT_OK;
}

/** Now, or the time PRIVACY_LENS_NOW names, as an ISO string. */
export function reportTime(env: Readonly<Record<string, string | undefined>>, now: () => Date = () => new Date()): string {
  const pinned = env[NOW_VARIABLE];
  if (pinned === undefined || pinned === '') {
    return now().toISOString();
  }
  const time = new Date(pinned);
  if (Number.isNaN(time.getTime())) {
    throw new UsageError(`${NOW_VARIABLE} must be an ISO 8601 date or date-time such as 2026-01-31T12:00:00Z, got "${pinned}"`);
  }
  return time.toISOString();
}
