/**
 * How rules that follow a value into a sink (a log, a store) read what it is: a record's
 * accessor call as the member it reads, and a variable by the type it was declared with.
 */
import type { Call, Reference, SourceFacts } from '../facts';
import type { Source } from '../analysis/localFlow';
import { comparePositions } from '../model';

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
  const isAccessor =
    method !== undefined &&
    calls.some((c) => c.arguments.length === 0 && c.calleePath.length === source.path.length + 1 && c.calleePath[source.path.length] === method && source.path.every((p, i) => c.calleePath[i] === p));
  return isAccessor ? { path: [...source.path, method], text: `${source.path.join('.')}.${method}()` } : { path: source.path, text: source.path.join('.') };
}

/**
 * The record type a variable was declared with, nearest before the read: in `func Publish(c Card)`,
 * `c.PAN` is a Card's PAN, which the name `c` alone does not say.
 */
export function declaredRecordType(variable: string, reference: Reference, facts: SourceFacts): string | undefined {
  const declared = facts.declarations
    .filter((d) => (d.kind === 'parameter' || d.kind === 'variable') && d.name === variable && d.typeText && comparePositions(d.range.start, reference.range.start) < 0)
    .sort((a, b) => comparePositions(b.range.start, a.range.start));
  return /^[*&]?(?:\w+\.)*([A-Z]\w*)$/.exec(declared[0]?.typeText ?? '')?.[1];
}
