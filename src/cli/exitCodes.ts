export const EXIT_OK = 0;
/** `scan` only: a finding at or above `--fail-on`. */
export const EXIT_FINDINGS = 1;
/** Usage, configuration or I/O error. */
export const EXIT_ERROR = 2;

/** A failure the user can act on, whose message says everything: printed without a stack trace hint. */
export class CliFailure extends Error {}
