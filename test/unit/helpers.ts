import { Scanner, type TextScanResult } from '../../src/core/scan/scanner';
import type { Reference, SourceFacts } from '../../src/core/facts';
import type { Finding } from '../../src/core/model';

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
