/**
 * How rules that follow a value into a sink (a log, a store) read what it is: a record's
 * accessor call as the member it reads, and a variable by the type it was declared with.
 */
import type { Call, Declaration, Reference, SourceFacts } from '../facts';
import type { Source } from '../analysis/localFlow';
import { comparePositions } from '../model';
import { builtOnce, groupBy } from './factIndex';

/** A member chain as read, and how to show it. */
export interface MemberRead {
  readonly path: readonly string[];
  readonly text: string;
}

/**
 * What a value read through a no-argument method of its own reads: `payout.destinationIban()`
 * (a Java record's accessor) is `payout.destinationIban`, as `getDestinationIban()` already is.
 */
export function memberRead(source: Source, calls: readonly Call[]): MemberRead {
  const method = source.through[source.through.length - 1];
  const isAccessor = method !== undefined && noArgumentCallees(calls).has([...source.path, method].join('\u0000'));
  return isAccessor ? { path: [...source.path, method], text: `${source.path.join('.')}.${method}()` } : { path: source.path, text: source.path.join('.') };
}

/**
 * The record type a variable was declared with, nearest before the read: in `func Publish(c Card)`,
 * `c.PAN` is a Card's PAN, which the name `c` alone does not say.
 */
export function declaredRecordType(variable: string, reference: Reference, facts: SourceFacts): string | undefined {
  let nearest: Declaration | undefined;
  for (const d of typedLocals(facts.declarations).get(variable) ?? []) {
    if (comparePositions(d.range.start, reference.range.start) < 0 && (!nearest || comparePositions(d.range.start, nearest.range.start) > 0)) {
      nearest = d;
    }
  }
  return /^[*&]?(?:\w+\.)*([A-Z]\w*)$/.exec(nearest?.typeText ?? '')?.[1];
}

const NO_ARGUMENT_CALLEES = new WeakMap<readonly Call[], Set<string>>();
const TYPED_LOCALS = new WeakMap<readonly Declaration[], Map<string, Declaration[]>>();

/** The callee paths (joined by NUL) of the calls made with no argument. */
function noArgumentCallees(calls: readonly Call[]): Set<string> {
  return builtOnce(NO_ARGUMENT_CALLEES, calls, (all) => new Set(all.filter((c) => c.arguments.length === 0).map((c) => c.calleePath.join('\u0000'))));
}

/** Parameters and variables declared with a type, by name, in document order. */
function typedLocals(declarations: readonly Declaration[]): Map<string, Declaration[]> {
  return builtOnce(TYPED_LOCALS, declarations, (all) => groupBy(all, (d) => ((d.kind === 'parameter' || d.kind === 'variable') && d.typeText ? [d.name] : [])));
}
