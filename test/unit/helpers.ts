import { Scanner, type TextScanResult } from '../../src/core/scan/scanner';
import type { Reference, SourceFacts } from '../../src/core/facts';
import { comparePositions, type Finding } from '../../src/core/model';

/** One scanner for the whole unit suite: grammars load once. */
export const scanner = new Scanner();

export function scan(languageId: string, text: string): Promise<TextScanResult> {
  return scanner.scanText(text, { languageId, filePath: `fixture.${languageId}` });
}

/** Findings of one rule as `line:text-at-range` strings (1-based lines), easy to compare. */
export async function findingsOf(ruleId: string, languageId: string, text: string): Promise<string[]> {
  const lines = text.split('\n');
  const result = await scan(languageId, text);
  return result.findings.filter((f) => f.ruleId === ruleId).map((f) => describe(f, lines));
}

function describe(finding: Finding, lines: readonly string[]): string {
  const { start, end } = finding.range;
  const line = lines[start.line] ?? '';
  const text = start.line === end.line ? line.slice(start.column, end.column) : line.slice(start.column);
  return `${start.line + 1}:${text}`;
}

/** Declarations as `kind owner.name: type @line` (1-based), for compact comparison in adapter tests. */
export function declarations(facts: SourceFacts): string[] {
  return facts.declarations.map((d) => `${d.kind} ${d.owner ? `${d.owner}.` : ''}${d.name}${d.typeText ? `: ${d.typeText}` : ''} @${d.range.start.line + 1}`);
}

/** Calls as `callee.path(references of arg 1, references of arg 2...)`, references joined with `+`. */
export function calls(facts: SourceFacts): string[] {
  return facts.calls.map((c) => `${c.calleePath.join('.')}(${c.arguments.map((a) => a.references.map((r) => r.path.join('.')).join('+')).join(', ')})`);
}

/** A reference as `path<through<through` (outermost call first). */
export function read(reference: Reference): string {
  return [reference.path.join('.'), ...(reference.through ?? [])].join('<');
}

/** Assignments as `name = value+value @line` (1-based). */
export function assignments(facts: SourceFacts): string[] {
  return (facts.assignments ?? []).map((a) => `${a.name} = ${a.value.map(read).join('+')} @${a.range.start.line + 1}`);
}

/** Literals as `kind value [key] (callee) @line:text at its range` (1-based line; line breaks shown as ⏎). */
export function literals(facts: SourceFacts, source: string): string[] {
  const lines = source.split('\n');
  return (facts.literals ?? []).map((l) => {
    const { start, end } = l.range;
    const covered =
      start.line === end.line
        ? [lines[start.line]?.slice(start.column, end.column)]
        : [lines[start.line]?.slice(start.column), ...lines.slice(start.line + 1, end.line), lines[end.line]?.slice(0, end.column)];
    return `${l.kind} ${l.value.replace(/\n/g, '⏎')}${l.key ? ` [${l.key}]` : ''}${l.calleePath ? ` (${l.calleePath.join('.')})` : ''} @${start.line + 1}:${covered.join('⏎')}`;
  });
}

/**
 * Functions as `Owner.name [annotations] (params) => returns @line` (1-based; `<anonymous>` for
 * ''), parameters as `@annotation name: type`, returns as their text.
 */
export function functions(facts: SourceFacts): string[] {
  return (facts.functions ?? []).map((f) => {
    const name = `${f.owner ? `${f.owner}.` : ''}${f.name || '<anonymous>'}`;
    const annotations = f.annotations.length > 0 ? ` ${f.annotations.join(' ')}` : '';
    const parameters = f.parameters.map((p) => [...(p.annotations ?? []), `${p.name}${p.typeText ? `: ${p.typeText}` : ''}`].join(' ')).join(', ');
    const returns = f.returns.length > 0 ? ` => ${f.returns.map((r) => r.text.replace(/\s*\n\s*/g, ' ')).join(' | ')}` : '';
    return `${name}${annotations} (${parameters})${returns} @${f.range.start.line + 1}`;
  });
}

/** Types as `name [annotations] : superTypes @line` (1-based). */
export function types(facts: SourceFacts): string[] {
  return (facts.types ?? []).map((t) => {
    const annotations = t.annotations.length > 0 ? ` ${t.annotations.join(' ')}` : '';
    const supers = t.superTypes.length > 0 ? ` : ${t.superTypes.join(', ')}` : '';
    return `${t.name}${annotations}${supers} @${t.range.start.line + 1}`;
  });
}

/**
 * Calls and assignments whose `scope` is not that of the innermost function around them (from its
 * name to its end, so decorators before the name are left out), as `callee @line: scope != scope`.
 * Empty when every call and assignment joins its function by `scope`.
 */
export function scopeMismatches(facts: SourceFacts): string[] {
  // A name inferred from a constant (`const GET = () => ...`) sits before the function: its start is the function's.
  const fns = (facts.functions ?? []).map((f) => (comparePositions(f.nameRange.start, f.range.start) < 0 ? { ...f, nameRange: f.range } : f));
  const placed = [
    ...facts.calls.map((c) => ({ what: c.calleePath.join('.'), range: c.range, scope: c.scope })),
    ...(facts.assignments ?? []).map((a) => ({ what: `${a.name} =`, range: a.range, scope: a.scope })),
  ];
  return placed.flatMap(({ what, range, scope }) => {
    const around = fns.filter((f) => comparePositions(f.nameRange.start, range.start) <= 0 && comparePositions(range.end, f.range.end) <= 0);
    const innermost = around.sort((a, b) => comparePositions(b.nameRange.start, a.nameRange.start))[0];
    const expected = innermost?.scope ?? '';
    return scope === expected ? [] : [`${what} @${range.start.line + 1}: ${String(scope)} != ${expected}`];
  });
}
