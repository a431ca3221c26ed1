/**
 * Facts as an adapter that emits constructor calls would give them, for the exposure rules'
 * tests: `new X("..." + user.email)` as a Call with calleePath ['X'] (another change adds these
 * to the Java, C#, PHP and TypeScript adapters; until then the rules read constructors from
 * `through`, where the adapters record them).
 */
import type { Call, Literal, SourceFacts } from '../../src/core/facts';
import type { RawFinding, TextRange } from '../../src/core/model';
import type { Rule } from '../../src/core/rules/rule';
import { Classifier } from '../../src/core/taxonomy/vocabulary';

function on(line: number, from: number, to: number): TextRange {
  return { start: { line, column: from }, end: { line, column: to } };
}

/** `X("no user " + user.email)` on line 0, in function `f`. */
export function constructorCallFacts(languageId: string, constructor: readonly string[]): SourceFacts {
  const call: Call = {
    calleePath: constructor,
    arguments: [{ text: '"no user " + user.email', range: on(0, 30, 53), references: [{ path: ['user', 'email'], range: on(0, 43, 53) }] }],
    range: on(0, 6, 54),
    scope: 'f',
  };
  const literal: Literal = { kind: 'string', value: 'no user ', range: on(0, 30, 40), calleePath: constructor };
  return { languageId, declarations: [], calls: [call], comments: [], assignments: [], literals: [literal] };
}

export function checkWithDefaults(rule: Rule, facts: SourceFacts): RawFinding[] {
  return rule.check(facts, { classifier: Classifier.DEFAULT });
}
