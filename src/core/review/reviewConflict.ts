/**
 * Merge-conflict markers that git leaves in a file both branches changed. A review file with them
 * holds both sides' decisions; read as plain invalid JSON it would be backed up and replaced, and
 * the DPO would have to dig the notes out of a backup. It is recognised first and kept as it is.
 */
import { InvalidReviewFile } from './reviewValidation';

/**
 * Git's markers: seven of one character at the start of a line, then the end of the line or a
 * space and the branch name. `|||||||` is the base section of the diff3 conflict style. None of
 * them can start a line of valid JSON, so a valid file is never mistaken for a conflict.
 */
const MARKER_LINE = /^(<{7}|={7}|>{7}|\|{7})(?: |\r?$)/;

/** The review file has git merge-conflict markers; `line` is the first (1-based). */
export class ReviewMergeConflict extends InvalidReviewFile {
  constructor(
    source: string,
    readonly line: number,
  ) {
    super(source, '', `has git merge-conflict markers (<<<<<<<, ======= and >>>>>>> lines) starting at line ${line}`);
    this.name = 'ReviewMergeConflict';
  }
}

/** The 1-based line of the first merge-conflict marker in `text`, or undefined when there is none. */
export function firstConflictMarkerLine(text: string): number | undefined {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => MARKER_LINE.test(line));
  return index === -1 ? undefined : index + 1;
}

/** @throws ReviewMergeConflict when `text` has a merge-conflict marker. */
export function refuseMergeConflict(text: string, source: string): void {
  const line = firstConflictMarkerLine(text);
  if (line !== undefined) {
    throw new ReviewMergeConflict(source, line);
  }
}
