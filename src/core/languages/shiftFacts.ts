/**
 * Moves facts read from one top-level statement to where the statement sits now, after an edit
 * above it added or removed lines or characters: every range moves down by `rows`, and every scope
 * key (a function's start index, see Scopes) by `index`. Columns stay: a statement is reused only
 * at the column it was read at.
 */
import type { Assignment, Call, Declaration, Expression, FunctionDeclaration, Reference, SourceFacts, TypeDeclaration } from '../facts';
import type { TextRange } from '../model';

export type StatementFacts = Omit<SourceFacts, 'languageId'>;

export function shiftFacts(facts: StatementFacts, rows: number, index: number): StatementFacts {
  if (rows === 0 && index === 0) {
    return facts;
  }
  const range = (r: TextRange): TextRange => (rows === 0 ? r : { start: { line: r.start.line + rows, column: r.start.column }, end: { line: r.end.line + rows, column: r.end.column } });
  const scope = (key: string): string => (key === '' || index === 0 ? key : String(Number(key) + index));
  const reference = (r: Reference): Reference => ({ ...r, range: range(r.range) });
  const expression = (e: Expression): Expression => ({ ...e, range: range(e.range), references: e.references.map(reference) });
  const declaration = (d: Declaration): Declaration => ({ ...d, range: range(d.range) });
  const call = (c: Call): Call => ({ ...c, arguments: c.arguments.map(expression), range: range(c.range), ...(c.scope !== undefined ? { scope: scope(c.scope) } : {}) });
  const assignment = (a: Assignment): Assignment => ({ ...a, value: a.value.map(reference), range: range(a.range), scope: scope(a.scope) });
  const fn = (f: FunctionDeclaration): FunctionDeclaration => ({
    ...f,
    scope: scope(f.scope),
    range: range(f.range),
    nameRange: range(f.nameRange),
    parameters: f.parameters.map(declaration),
    returns: f.returns.map(expression),
  });
  const type = (t: TypeDeclaration): TypeDeclaration => ({ ...t, range: range(t.range), nameRange: range(t.nameRange) });
  return {
    declarations: facts.declarations.map(declaration),
    calls: facts.calls.map(call),
    comments: facts.comments.map((c) => ({ ...c, range: range(c.range) })),
    ...(facts.assignments ? { assignments: facts.assignments.map(assignment) } : {}),
    ...(facts.literals ? { literals: facts.literals.map((l) => ({ ...l, range: range(l.range) })) } : {}),
    ...(facts.functions ? { functions: facts.functions.map(fn) } : {}),
    ...(facts.types ? { types: facts.types.map(type) } : {}),
  };
}
