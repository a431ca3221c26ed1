/**
 * The shape both YAML and JSON documents are read into before OpenAPI and JSON Schema are
 * walked: maps, sequences and scalars with the offsets a finding needs, nothing else. One walker
 * then serves both formats, whichever parser read them.
 */

/**
 * How deep a document is read: a value nested deeper is left out (it is never a schema a person
 * wrote), which keeps the readers' and walkers' recursion far from the stack's limit whatever the
 * input (a 10,000-deep `[[[...]]]` would otherwise overflow it).
 */
export const MAX_DOCUMENT_DEPTH = 256;

export interface DocScalar {
  readonly kind: 'scalar';
  readonly value: unknown;
  /** Offsets of the value's text, without quotes. */
  readonly start: number;
  readonly end: number;
}

export interface DocEntry {
  readonly key: string;
  /** Offsets of the key's text, without quotes: where a finding on a property points. */
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly value: DocNode | undefined;
}

export interface DocMap {
  readonly kind: 'map';
  readonly entries: readonly DocEntry[];
}

export interface DocSeq {
  readonly kind: 'seq';
  readonly items: readonly DocNode[];
}

export type DocNode = DocMap | DocSeq | DocScalar;

/** The entries of a map; none for anything else, so walkers need not check shapes first. */
export function entriesOf(node: DocNode | undefined): readonly DocEntry[] {
  return node?.kind === 'map' ? node.entries : [];
}

/** The items of a sequence, or the values of a map (OpenAPI keeps parameters in either). */
export function membersOf(node: DocNode | undefined): readonly DocNode[] {
  if (node?.kind === 'seq') {
    return node.items;
  }
  return entriesOf(node).flatMap((entry) => (entry.value ? [entry.value] : []));
}

export function valueAt(node: DocNode | undefined, key: string): DocNode | undefined {
  return entriesOf(node).find((entry) => entry.key === key)?.value;
}

/** A scalar's value as text (`2.0` read as a number comes back as `2`); undefined for collections and null. */
export function textAt(node: DocNode | undefined, key: string): string | undefined {
  return scalarText(valueAt(node, key));
}

export function scalarText(node: DocNode | undefined): string | undefined {
  const scalar = node?.kind === 'scalar' ? node.value : undefined;
  return typeof scalar === 'string' ? scalar : typeof scalar === 'number' || typeof scalar === 'boolean' ? String(scalar) : undefined;
}
