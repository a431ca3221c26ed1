/**
 * Local data flow and literal facts from Ruby: which method or block a call or assignment sits
 * in, what a local is given (`e = user.email`), and literals with the key or call they are given
 * to (`ssl_verify: false`, `OpenSSL::Cipher.new('des-ede3-cbc')`). The shared walk (syntax.ts)
 * produces the same facts for TypeScript, Python and Go; Ruby's tree needs its own reading (rubyChains.ts).
 */
import type { Node } from './syntaxTree';
import type { Assignment, Literal } from '../facts';
import { calleePath, collectReferences, literalName, withoutSigil } from './rubyChains';
import { nodeRange } from './syntax';

/** Blocks and lambdas are scopes of their own, as closures are in TypeScript: what they capture is not followed. */
export const FUNCTION_TYPES = new Set(['method', 'singleton_method', 'lambda', 'block', 'do_block']);
/** `msg += user.email` and `url ||= ...` keep or add to what the variable held. */
const COMPOUND_ASSIGNMENT = 'operator_assignment';
/** Targets an assignment can name: locals, instance, class and global variables, constants, setters (`http.use_ssl =`). */
const TARGET_TYPES = new Set(['identifier', 'instance_variable', 'class_variable', 'global_variable', 'constant', 'call', 'scope_resolution']);
const LITERAL_KINDS: ReadonlyMap<string, Literal['kind']> = new Map([
  ['string', 'string'],
  ['heredoc_body', 'string'],
  ['true', 'boolean'],
  ['false', 'boolean'],
  ['integer', 'number'],
  ['float', 'number'],
]);

/**
 * `e = user.email`: e holds what user.email holds; `a, b = x.p, x.q` pairs them. Targets other
 * than locals go under their text (`@email`, `http.use_ssl`), which no local read matches.
 * `scope`: the enclosing method, block or lambda (see ownWalk.ts).
 */
export function assignmentsOf(node: Node, scope: string): Assignment[] {
  const isCompound = node.type === COMPOUND_ASSIGNMENT;
  const left = isCompound || node.type === 'assignment' ? node.childForFieldName('left') : null;
  const right = left ? node.childForFieldName('right') : null;
  if (!left || !right) {
    return [];
  }
  const targets = left.type === 'left_assignment_list' ? left.namedChildren : [left];
  const values = right.type === 'right_assignment_list' ? right.namedChildren : [right];
  const isPlain = (n: Node | null): n is Node => n !== null && n.type !== 'splat_argument';
  // `a, b = f()`, `a, *rest = ...`, `a, b = *x`: which value lands in which name is not known, so none is assumed.
  if (!targets.every((t) => t !== null && TARGET_TYPES.has(t.type)) || !values.every(isPlain) || (targets.length > 1 && targets.length !== values.length)) {
    return [];
  }
  return targets.flatMap((target, i) => {
    const value = targets.length > 1 ? values[i] : right;
    if (!target || !value) {
      return [];
    }
    // The variable keeps its earlier value too, so that is read from where it was assigned before.
    const earlier = isCompound && target.type === 'identifier' ? [{ path: [target.text], range: nodeRange(target) }] : [];
    return [{ name: target.text, value: [...earlier, ...collectReferences(value)], range: nodeRange(target), scope }];
  });
}

/** A literal with the key it is given to and the call it is a direct argument of, when it has them. */
export function literalOf(node: Node): Literal | undefined {
  const kind = LITERAL_KINDS.get(node.type);
  if (!kind) {
    return undefined;
  }
  const value = node.type === 'heredoc_body' ? heredocValue(node) : kind === 'string' ? stringValue(node) : node.text;
  const key = keyOf(node);
  const call = node.parent?.type === 'argument_list' ? node.parent.parent : null;
  const callee = call?.type === 'call' ? calleePath(call) : undefined;
  return { kind, value, range: nodeRange(node), ...(key ? { key } : {}), ...(callee ? { calleePath: callee } : {}) };
}

/** `'x'`, `"http://#{host}"` and `%q(x)` without their delimiters (the first and last tokens). */
function stringValue(node: Node): string {
  const open = node.child(0);
  const close = node.childCount > 1 ? node.child(node.childCount - 1) : null;
  const start = open && !open.isNamed ? open.endIndex - node.startIndex : 0;
  const end = close && !close.isNamed ? close.startIndex - node.startIndex : node.text.length;
  return node.text.slice(start, Math.max(start, end));
}

/**
 * A heredoc's text, between the line that opens it and its end marker. At the very end of a file
 * the grammar leaves the marker in the content and an empty end node: the last line is then the marker.
 */
function heredocValue(body: Node): string {
  const endMarker = body.namedChildren.find((c) => c?.type === 'heredoc_end');
  const text = endMarker ? body.text.slice(0, endMarker.startIndex - body.startIndex) : body.text;
  const content = endMarker?.text === '' ? text.replace(/\r?\n[^\n]*$/, '') : text;
  return content.replace(/^\r?\n/, '').replace(/\r?\n$/, '');
}

/** The name a literal is given to: a hash key or keyword (`ssl_verify: false`), or an assignment's target. */
function keyOf(node: Node): string | undefined {
  const parent = node.parent;
  if (parent?.type === 'pair' && parent.childForFieldName('value')?.equals(node)) {
    const key = parent.childForFieldName('key');
    return key?.type === 'hash_key_symbol' ? key.text : key ? literalName(key)?.name : undefined;
  }
  const isAssigned = (parent?.type === 'assignment' || parent?.type === COMPOUND_ASSIGNMENT) && parent.childForFieldName('right')?.equals(node);
  const left = isAssigned ? parent?.childForFieldName('left') : null;
  return left ? targetKey(left) : undefined;
}

/** `url`, `@url`, `$url`, `URL`, `Config::URL`, `http.use_ssl` (the setter's name) and `ENV['NAME']` (the name). */
function targetKey(left: Node): string | undefined {
  switch (left.type) {
    case 'identifier':
    case 'constant':
      return left.text;
    case 'instance_variable':
    case 'class_variable':
      return withoutSigil(left).name;
    case 'global_variable':
      return left.text.replace(/^\$/, '');
    case 'call':
      return left.childForFieldName('method')?.text;
    case 'scope_resolution':
      return left.childForFieldName('name')?.text;
    case 'element_reference': {
      const index = left.namedChildren[1];
      return index ? literalName(index)?.name : undefined;
    }
    default:
      return undefined;
  }
}
