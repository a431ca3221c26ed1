/**
 * The reference walk the Java, C# and Ruby adapters share: every outermost chain an expression
 * reads, with the calls it passes through on the way. Each language says what a chain is and
 * what a node reads; the walk is iterative, so deeply nested code cannot overflow the stack.
 */
import type { Node } from './syntaxTree';
import type { Reference } from '../facts';
import { inside, type Through, withThrough } from './ownWalk';
import { nodeRange, sortByPosition } from './syntax';
import { checkReadDeadline } from './treeSitter';

/** What a node that is not itself a chain reads: its children, and the call they come out through, if it is one. */
export interface NodeReads {
  readonly children: readonly Node[];
  readonly call?: string;
}

export function referencesThrough(expression: Node, chainOf: (node: Node) => string[] | undefined, readsOf: (node: Node) => NodeReads): Reference[] {
  const references: Reference[] = [];
  const stack: { node: Node; through: Through | undefined }[] = [{ node: expression, through: undefined }];
  while (stack.length > 0) {
    checkReadDeadline();
    const { node, through } = stack.pop()!;
    const path = chainOf(node);
    if (path) {
      references.push(withThrough({ path, range: nodeRange(node) }, through));
      continue;
    }
    // What a call's arguments and receiver hold comes out through the call.
    const { children, call } = readsOf(node);
    const inner = call ? inside(through, call) : through;
    for (const child of children) {
      stack.push({ node: child, through: inner });
    }
  }
  return sortByPosition(references);
}
