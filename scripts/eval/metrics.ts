/**
 * Scores findings against labels, per line: on each labelled or reported line, expected and
 * found items of a rule group are paired (same category first); pairs are true positives,
 * leftovers false negatives (expected) or false positives (found).
 */
import type { Expectation, LineLabel } from './labels';

export interface ScoredFinding {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly ruleId: string;
  readonly category: string;
  /** Every category the finding names (a logging call writing an email and a phone names two); defaults to [category]. */
  readonly categories?: readonly string[];
}

export interface Outcome {
  readonly kind: 'tp' | 'fp' | 'fn';
  readonly file: string;
  readonly line: number;
  readonly expected?: Expectation;
  readonly found?: ScoredFinding;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Score one group of rules (e.g. the two field rules together) over every line. `perCall`: the
 * rules report one finding per call naming every piece of data it sends (the logging and exposure
 * rules), so one finding answers every expectation on its line whose category it names.
 */
export function scoreGroup(labels: readonly LineLabel[], findings: readonly ScoredFinding[], ruleIds: readonly string[], perCall = false): Outcome[] {
  const inGroup = (ruleId: string) => ruleIds.includes(ruleId);
  const expectedByLine = new Map<string, Expectation[]>();
  for (const label of labels) {
    const key = `${label.file}:${label.line}`;
    expectedByLine.set(key, [...(expectedByLine.get(key) ?? []), ...label.expectations.filter((e) => inGroup(e.ruleId))]);
  }
  const foundByLine = new Map<string, ScoredFinding[]>();
  for (const finding of findings.filter((f) => inGroup(f.ruleId))) {
    const key = `${finding.file}:${finding.line}`;
    foundByLine.set(key, [...(foundByLine.get(key) ?? []), finding]);
  }
  const outcomes: Outcome[] = [];
  for (const key of new Set([...expectedByLine.keys(), ...foundByLine.keys()])) {
    const [file, line] = splitKey(key);
    const pair = perCall ? pairCallLine : pairLine;
    outcomes.push(...pair(file, line, expectedByLine.get(key) ?? [], foundByLine.get(key) ?? []));
  }
  return outcomes;
}

function splitKey(key: string): [string, number] {
  const colon = key.lastIndexOf(':');
  return [key.slice(0, colon), Number(key.slice(colon + 1))];
}

/** Pairs a line's expected and found items, preferring the same category, then any. */
function pairLine(file: string, line: number, expected: readonly Expectation[], found: readonly ScoredFinding[]): Outcome[] {
  const unmatched = [...found];
  const outcomes: Outcome[] = [];
  const leftovers: Expectation[] = [];
  for (const expectation of expected) {
    const index = unmatched.findIndex((f) => f.category === expectation.category);
    if (index >= 0) {
      outcomes.push({ kind: 'tp', file, line, expected: expectation, found: unmatched.splice(index, 1)[0]! });
    } else {
      leftovers.push(expectation);
    }
  }
  for (const expectation of leftovers) {
    const next = unmatched.shift();
    outcomes.push(next ? { kind: 'tp', file, line, expected: expectation, found: next } : { kind: 'fn', file, line, expected: expectation });
  }
  outcomes.push(...unmatched.map((f): Outcome => ({ kind: 'fp', file, line, found: f })));
  return outcomes;
}

/**
 * For per-call rules: an expectation is met by a finding on its line that names its category, or
 * (once per finding) by a finding naming other data; a finding that meets nothing is a false alarm.
 */
function pairCallLine(file: string, line: number, expected: readonly Expectation[], found: readonly ScoredFinding[]): Outcome[] {
  const outcomes: Outcome[] = [];
  const used = new Set<ScoredFinding>();
  const unmet: Expectation[] = [];
  for (const expectation of expected) {
    const finding = found.find((f) => (f.categories ?? [f.category]).includes(expectation.category));
    if (finding) {
      used.add(finding);
      outcomes.push({ kind: 'tp', file, line, expected: expectation, found: finding });
    } else {
      unmet.push(expectation);
    }
  }
  for (const expectation of unmet) {
    const finding = found.find((f) => !used.has(f));
    if (finding) {
      used.add(finding);
      outcomes.push({ kind: 'tp', file, line, expected: expectation, found: finding });
    } else {
      outcomes.push({ kind: 'fn', file, line, expected: expectation });
    }
  }
  outcomes.push(...found.filter((f) => !used.has(f)).map((f): Outcome => ({ kind: 'fp', file, line, found: f })));
  return outcomes;
}

export function countOutcomes(outcomes: readonly Outcome[]): Counts {
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (const outcome of outcomes) {
    counts[outcome.kind]++;
  }
  return counts;
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}

export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}

export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** `user.contact.email` -> `user.contact`: category correctness is judged to the second level. */
export function categoryFamily(category: string): string {
  return category.split('.').slice(0, 2).join('.');
}

/** Share of true positives whose found category is in the expected category's family. */
export function categoryAccuracy(outcomes: readonly Outcome[]): { right: number; total: number } {
  const tps = outcomes.filter((o) => o.kind === 'tp');
  const right = tps.filter((o) => categoryFamily(o.expected!.category) === categoryFamily(o.found!.category)).length;
  return { right, total: tps.length };
}

/** Groups outcomes by a key (language, category family...) and counts each group. */
export function countBy(outcomes: readonly Outcome[], keyOf: (o: Outcome) => string): Map<string, Counts> {
  const groups = new Map<string, Outcome[]>();
  for (const outcome of outcomes) {
    const key = keyOf(outcome);
    groups.set(key, [...(groups.get(key) ?? []), outcome]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, list]) => [key, countOutcomes(list)]));
}
