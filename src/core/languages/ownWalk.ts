/**
 * Helpers for the adapters that read calls and references with their own walkers (Java, C#, PHP, Ruby)
 * rather than through the shared chain reading in syntax.ts. Both stay linear on deeply nested
 * code: web-tree-sitter's `node.parent` searches down from the root, so neither asks for it
 * per node, and the calls a value passes through are shared between nesting levels, not copied.
 */
import type { Node } from './syntaxTree';
import type { Reference } from '../facts';

/** The calls around a value, innermost first, as a list that nested levels share. */
export interface Through {
  readonly name: string;
  /** The call around this one, if any. */
  readonly outer: Through | undefined;
}

/** `through` wrapped in one more call, the innermost. */
export function inside(through: Through | undefined, name: string): Through {
  return { name, outer: through };
}

/** The reference with the calls it passed through (`Reference.through`, outermost first); none leaves it as it was. */
export function withThrough(reference: Reference, through: Through | undefined): Reference {
  if (!through) {
    return reference;
  }
  const names: string[] = [];
  for (let call: Through | undefined = through; call; call = call.outer) {
    names.push(call.name);
  }
  return { ...reference, through: names.reverse() };
}

/**
 * The enclosing function of each node, for `Call.scope` and `Assignment.scope`: the key of the
 * nearest enclosing function node (its start index, unique in a file), '' at top level. Fed every
 * node in the shared walk's order (depth-first, in document order), it keeps the functions still
 * open, so finding a node's function costs no walk up the tree.
 */
export class Scopes {
  private readonly open: { readonly start: number; readonly end: number }[] = [];

  constructor(private readonly functionTypes: ReadonlySet<string>) {}

  /** The scope `node` sits in (not the one it opens, if it is a function). Call once per node, in walk order; `type`: node.type, if read already. */
  enter(node: Node, type = node.type): string {
    const start = node.startIndex;
    closeBefore(this.open, start);
    const enclosing = this.open[this.open.length - 1];
    if (this.functionTypes.has(type)) {
      this.open.push({ start, end: node.endIndex });
    }
    return enclosing ? String(enclosing.start) : '';
  }
}

/**
 * Closes the spans the walk has left. In walk order (depth-first, in document order) a node that
 * starts at or after a span's end is outside it, as is every node after; a node that starts before
 * is inside. So a node's start (a plain property) decides, and its end (a call into WASM) is not read.
 */
export function closeBefore(open: { readonly end: number }[], start: number): void {
  for (let top = open[open.length - 1]; top && start >= top.end; top = open[open.length - 1]) {
    open.pop();
  }
}

/**
 * The nodes around each node the shared walk visits, nearest first, kept as the walk goes
 * (depth-first, in document order): web-tree-sitter's `node.parent` searches down from the root,
 * so asking it for every literal would cost depth squared on deep code (a long concatenation).
 */
export class Lineage {
  private readonly open: { readonly node: Node; readonly start: number; readonly end: number }[] = [];

  /** Up to `depth` nodes enclosing `node`, nearest first. Call once per node, in walk order. */
  enter(node: Node, depth: number): Node[] {
    const start = node.startIndex;
    const end = node.endIndex;
    for (let top = this.open.at(-1); top && !(top.start <= start && end <= top.end); top = this.open.at(-1)) {
      this.open.pop();
    }
    const around = this.open.slice(-depth).map((o) => o.node);
    this.open.push({ node, start, end });
    return around.reverse();
  }
}
