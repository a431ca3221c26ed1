/**
 * The shared vocabulary of the engine: positions, findings, severities.
 * Positions are 0-based (line, UTF-16 column) inside the engine, like VS Code's;
 * reports convert to 1-based where their format says so.
 */

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface TextRange {
  readonly start: Position;
  readonly end: Position;
}

export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Lower is more severe; used to compare a finding against `--fail-on`. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, information: 2, hint: 3 };

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** One problem a rule found in one file. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: TextRange;
  /** fideslang keys (or our sub-keys in its style), deepest that fits. */
  readonly dataCategories: readonly string[];
  /** Ids of the DPO checklist items this finding raises. */
  readonly checklist: readonly string[];
  /** Stable across unrelated edits: see fingerprint.ts. */
  readonly fingerprint: string;
  /** Other places that explain the finding, such as where the data came from. */
  readonly related?: readonly RelatedLocation[];
  /**
   * Who receives the data, for a finding about a transfer to a third party: the SDK or service
   * as the rule knows it ("Segment", "Slack"). The data inventory lists it as a recipient.
   */
  readonly recipient?: string;
}

export interface RelatedLocation {
  readonly range: TextRange;
  readonly message: string;
}

/** A finding before the scanner has given it a severity from settings and a fingerprint. */
export type RawFinding = Omit<Finding, 'severity' | 'fingerprint'>;

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}

export function compareFindings(a: Finding, b: Finding): number {
  return comparePositions(a.range.start, b.range.start) || a.ruleId.localeCompare(b.ruleId);
}
