/**
 * Local data flow within a function, over facts: what a variable holds, followed through
 * assignments and aliases (`const e = user.email; log(e)` logs user.email), destructuring
 * (`const { email } = user`) and member chains on aliases (`const p = req.body; log(p.phone)`).
 * Only assignments before the read, in the same function, count; the latest one wins.
 */
import type { Assignment, Reference } from '../facts';
import { comparePositions, type TextRange } from '../model';

/** Where a value read at a sink may come from. */
export interface Source {
  readonly path: readonly string[];
  /** Calls the value passed through on the way (sanitisers among them, perhaps). */
  readonly through: readonly string[];
  /** Where the data entered the variable, when it came through one. */
  readonly origin?: TextRange;
}

/** Aliases of aliases are followed this far; a longer chain (or a cycle) stops. */
const MAX_ALIAS_DEPTH = 8;

export class LocalFlow {
  private readonly byScopeAndName = new Map<string, Assignment[]>();

  constructor(assignments: readonly Assignment[] = []) {
    for (const assignment of assignments) {
      const key = `${assignment.scope}\u0000${assignment.name}`;
      this.byScopeAndName.set(key, [...(this.byScopeAndName.get(key) ?? []), assignment]);
    }
  }

  /** The reference itself, then what its variable was assigned, as far as the chain goes. */
  sourcesOf(reference: Reference, scope: string | undefined): Source[] {
    const start: Source = { path: reference.path, through: reference.through ?? [] };
    return scope === undefined ? [start] : [start, ...this.follow(start, reference.range, scope, 0)];
  }

  private follow(source: Source, readAt: TextRange, scope: string, depth: number): Source[] {
    const [variable, ...rest] = source.path;
    const assignment = variable === undefined || depth >= MAX_ALIAS_DEPTH ? undefined : this.latestBefore(scope, variable, readAt);
    if (!assignment) {
      return [];
    }
    return assignment.value.flatMap((value) => {
      const next: Source = { path: [...value.path, ...rest], through: [...source.through, ...(value.through ?? [])], origin: value.range };
      return [next, ...this.follow(next, assignment.range, scope, depth + 1).map((s) => ({ ...s, origin: s.origin ?? value.range }))];
    });
  }

  private latestBefore(scope: string, name: string, readAt: TextRange): Assignment | undefined {
    const candidates = this.byScopeAndName.get(`${scope}\u0000${name}`) ?? [];
    return candidates.filter((a) => comparePositions(a.range.start, readAt.start) < 0).sort((a, b) => comparePositions(b.range.start, a.range.start))[0];
  }
}
