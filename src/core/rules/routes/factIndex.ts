/**
 * Facts by position, so that asking "which calls are inside this handler" or "which calls enclose
 * this route" costs a binary search instead of a pass over the file: a file with hundreds of
 * routes must not cost hundreds of passes.
 */
import type { Assignment, Call, FunctionDeclaration, Literal, SourceFacts } from '../../facts';
import { comparePositions, type Position, type TextRange } from '../../model';

interface Ranged {
  readonly range: TextRange;
}

export class FactIndex {
  private readonly calls: readonly Call[];
  private readonly assignments: readonly Assignment[];
  private readonly literals: readonly Literal[];
  private readonly functions: readonly FunctionDeclaration[];
  private readonly parents = new Map<Call, Call>();
  private readonly byStart = new Map<string, Call[]>();
  private readonly byLine = new Map<number, Call[]>();
  private readonly assignmentsByName = new Map<string, Assignment[]>();

  constructor(facts: SourceFacts) {
    this.calls = sortedByStart(facts.calls);
    this.assignments = sortedByStart(facts.assignments ?? []);
    this.literals = sortedByStart(facts.literals ?? []);
    this.functions = sortedByStart(facts.functions ?? []);
    const open: Call[] = [];
    for (const call of this.calls) {
      while (open.length > 0 && !contains(open[open.length - 1]!.range, call.range)) {
        open.pop();
      }
      if (open.length > 0) {
        this.parents.set(call, open[open.length - 1]!);
      }
      open.push(call);
      push(this.byStart, key(call.range.start), call);
      push(this.byLine, call.range.start.line, call);
    }
    for (const assignment of this.assignments) {
      push(this.assignmentsByName, assignment.name, assignment);
    }
  }

  callsWithin(range: TextRange): Call[] {
    return within(this.calls, range);
  }

  assignmentsWithin(range: TextRange): Assignment[] {
    return within(this.assignments, range);
  }

  literalsWithin(range: TextRange): Literal[] {
    return within(this.literals, range);
  }

  /** The outermost function inside a range: an inline handler given as an argument. */
  functionWithin(range: TextRange): FunctionDeclaration | undefined {
    return within(this.functions, range)[0];
  }

  /** The function the file declares under this name (the last segment of `views.patient_detail`), if one. */
  functionNamed(name: string): FunctionDeclaration | undefined {
    const simple = name.split(/[.:\\>-]+/).pop() ?? name;
    return this.functions.find((f) => f.name === simple);
  }

  /** The calls around a call, innermost first. */
  callsEnclosing(call: Call): Call[] {
    const enclosing: Call[] = [];
    for (let parent = this.parents.get(call); parent; parent = this.parents.get(parent)) {
      enclosing.push(parent);
    }
    return enclosing;
  }

  assignmentsNamed(name: string): readonly Assignment[] {
    return this.assignmentsByName.get(name) ?? [];
  }

  /** Whether a variable was given the result of one of these calls: `app = express()`, `r := gin.Default()`. */
  madeBy(name: string, factories: RegExp): boolean {
    return this.assignmentsNamed(name).some((a) => this.callsOnLine(a.range.start.line).some((c) => factories.test(c.calleePath[c.calleePath.length - 1] ?? '')));
  }

  callsStartingAt(position: Position): readonly Call[] {
    return this.byStart.get(key(position)) ?? [];
  }

  callsOnLine(line: number): readonly Call[] {
    return this.byLine.get(line) ?? [];
  }
}

function contains(outer: TextRange, inner: TextRange): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/** Sorted by start, the wider first where two start together, so that a parent comes before its children. */
function sortedByStart<T extends Ranged>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(b.range.end, a.range.end));
}

function within<T extends Ranged>(sorted: readonly T[], range: TextRange): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (comparePositions(sorted[middle]!.range.start, range.start) < 0) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  const found: T[] = [];
  for (let i = low; i < sorted.length && comparePositions(sorted[i]!.range.start, range.end) < 0; i++) {
    if (comparePositions(sorted[i]!.range.end, range.end) <= 0) {
      found.push(sorted[i]!);
    }
  }
  return found;
}

function key(position: Position): string {
  return `${position.line}:${position.column}`;
}

function push<K, V>(map: Map<K, V[]>, k: K, value: V): void {
  const list = map.get(k);
  if (list) {
    list.push(value);
  } else {
    map.set(k, [value]);
  }
}
