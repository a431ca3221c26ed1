/**
 * Reads an edited document's facts one top-level statement at a time, reusing what it read from
 * each statement the edit left alone. Typing changes one statement of a file with hundreds; the
 * rest are found again by their text (at the same column, with no syntax error in them) and only
 * moved to where they now sit. The facts equal what the adapter reads from the whole tree: the
 * adapters read nothing outside the node they are given, and test/unit/fuzz/editedDocument.test.ts
 * holds them to it for every language (test/unit/editedDocuments.test.ts for the moving).
 */
import type { TreeStatements } from './syntaxTree';
import type { SourceFacts } from '../facts';
import type { TreeAdapter } from './adapter';
import { shiftFacts, type StatementFacts } from './shiftFacts';

interface ReadStatement {
  readonly facts: StatementFacts;
  readonly row: number;
  readonly index: number;
}

export class StatementFactsCache {
  /** The statements of the version read last, by type, column and text. */
  private statements = new Map<string, ReadStatement>();

  /** The facts of `tree` (its root and top-level statements), parsed from `text`. */
  read(tree: TreeStatements, text: string, adapter: TreeAdapter, languageId: string): SourceFacts {
    if (tree.statements.length === 0) {
      return adapter(tree.root, languageId);
    }
    const next = new Map<string, ReadStatement>();
    const parts: StatementFacts[] = [];
    for (const { node, hasError } of tree.statements) {
      const { startIndex, endIndex, startPosition } = node;
      const key = `${node.type}\u0000${startPosition.column}\u0000${text.slice(startIndex, endIndex)}`;
      // A statement with a syntax error is read afresh: error recovery may depend on what surrounds it.
      const cached = hasError ? undefined : (this.statements.get(key) ?? next.get(key));
      const facts = cached ? shiftFacts(cached.facts, startPosition.row - cached.row, startIndex - cached.index) : withoutLanguage(adapter(node, languageId));
      if (!hasError) {
        next.set(key, { facts, row: startPosition.row, index: startIndex });
      }
      parts.push(facts);
    }
    this.statements = next;
    return { languageId, ...concatenate(parts) };
  }
}

function withoutLanguage(facts: SourceFacts): StatementFacts {
  const { languageId: _languageId, ...rest } = facts;
  return rest;
}

/** The statements' facts in document order, as one walk of the whole tree lists them. */
function concatenate(parts: readonly StatementFacts[]): StatementFacts {
  const first = parts[0]!;
  const all = <K extends keyof StatementFacts>(key: K): NonNullable<StatementFacts[K]> =>
    parts.flatMap((p) => (p[key] ?? []) as NonNullable<StatementFacts[K]>[number][]) as unknown as NonNullable<StatementFacts[K]>;
  return {
    declarations: all('declarations'),
    calls: all('calls'),
    comments: all('comments'),
    ...(first.assignments ? { assignments: all('assignments') } : {}),
    ...(first.literals ? { literals: all('literals') } : {}),
    ...(first.functions ? { functions: all('functions') } : {}),
    ...(first.types ? { types: all('types') } : {}),
  };
}
