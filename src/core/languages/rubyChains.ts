/**
 * How Ruby spells calls, member chains and what an expression reads. Ruby does not fit the shared
 * chain reading (syntax.ts): `user.email` and `logger.info "x"` are both `call` nodes (an
 * attribute read is a method call without arguments), and a call has no single callee node.
 */
import type { Node } from './syntaxTree';
import type { Expression, Reference } from '../facts';
import type { TextRange } from '../model';
import { type NodeReads, referencesThrough } from './readWalk';
import { nodeRange } from './syntax';

export const PARAMETER_LISTS = new Set(['method_parameters', 'block_parameters', 'lambda_parameters']);
/** Methods that return their receiver's value in another form: `user.email.downcase` still writes `user.email`. */
const VALUE_METHODS = new Set(['to_s', 'to_str', 'to_json', 'as_json', 'to_h', 'attributes', 'inspect', 'downcase', 'upcase', 'capitalize', 'strip', 'squish', 'titleize', 'presence']);

export interface NameAt {
  readonly name: string;
  readonly range: TextRange;
}

/** A `call` with arguments or a block; one with neither (`user.email`) reads like an attribute. */
export function isInvocation(node: Node): boolean {
  return node.type === 'call' && (node.childForFieldName('arguments') !== null || node.childForFieldName('block') !== null);
}

/** `Rails.logger.info` is ['Rails','logger','info']; a receiver that is not a plain chain leaves the method name only. */
export function calleePath(call: Node): string[] {
  const method = call.childForFieldName('method');
  const receiver = call.childForFieldName('receiver');
  const head = receiver ? chainPath(receiver) : [];
  return method ? [...(head ?? []), method.text] : [];
}

/** The arguments, with or without parentheses; `logger.debug { "..." }` logs what its block returns, so the block counts as one. */
export function callArguments(call: Node): Expression[] {
  const list = call.childForFieldName('arguments');
  const block = call.childForFieldName('block');
  const expressions = list ? list.namedChildren : block?.type === 'block' ? [block] : [];
  return expressions.filter((argument): argument is Node => argument !== null && argument.type !== 'comment').map(expressionOf);
}

/** An expression with the references it reads. */
export function expressionOf(node: Node): Expression {
  return { text: node.text, range: nodeRange(node), references: collectReferences(node) };
}

/**
 * `user.email` is ['user','email'], `user[:email]` ['user','email'], `@patient.email`
 * ['self','patient','email'], `Rails.logger` ['Rails','logger']; undefined when a link is a call with arguments.
 */
export function chainPath(node: Node): string[] | undefined {
  const reversed: string[] = [];
  for (let link: Node | null = node; link; ) {
    const head = chainHead(link);
    if (head) {
      return [...head, ...reversed.reverse()];
    }
    const step: ChainLink | undefined = chainLink(link);
    if (!step) {
      return undefined;
    }
    if (step.name) {
      reversed.push(step.name);
    }
    link = step.object;
  }
  return undefined;
}

function chainHead(node: Node): string[] | undefined {
  switch (node.type) {
    case 'identifier':
    case 'constant':
      return [node.text];
    case 'self':
      return ['self'];
    case 'instance_variable':
    case 'class_variable':
      return ['self', withoutSigil(node).name];
    default:
      return undefined;
  }
}

/** One link of a chain: its name (none for a value method like `downcase`) and the object it is read from. */
interface ChainLink {
  readonly name: string | undefined;
  readonly object: Node;
}

function chainLink(link: Node): ChainLink | undefined {
  if (link.type === 'call' && !isInvocation(link)) {
    const method = link.childForFieldName('method')?.text;
    const receiver = link.childForFieldName('receiver');
    return method && receiver ? { name: VALUE_METHODS.has(method) ? undefined : method, object: receiver } : undefined;
  }
  if (link.type === 'scope_resolution') {
    const scope = link.childForFieldName('scope');
    const name = link.childForFieldName('name')?.text;
    return scope && name ? { name, object: scope } : undefined;
  }
  const [object, index] = link.type === 'element_reference' ? link.namedChildren : [];
  const key = index ? literalName(index)?.name : undefined;
  return object && key ? { name: key, object } : undefined;
}

/**
 * Every outermost chain an expression reads: in strings (`"#{user.email}"`), hashes (values, not
 * keys) and nested calls, with the calls it passes through (`redact(user.email)`: through redact).
 */
export function collectReferences(expression: Node): Reference[] {
  return referencesThrough(expression, chainPath, readsOf);
}

/**
 * A method called on a value hands the value on through itself: `Digest::SHA256.hexdigest(user.email)`,
 * `redact(user.email).length`. A value method (`.to_s`) leaves it as it was, as it does in a chain.
 */
function readsOf(node: Node): NodeReads {
  const method = node.type === 'call' ? node.childForFieldName('method')?.text : undefined;
  const passesThrough = method !== undefined && (isInvocation(node) || !VALUE_METHODS.has(method));
  return { children: readChildren(node), ...(passesThrough ? { call: method } : {}) };
}

/** A call reads its receiver and arguments but not its method name; a hash pair its value, not its key; parameters are not read. */
function readChildren(node: Node): Node[] {
  const children =
    node.type === 'call'
      ? [node.childForFieldName('receiver'), node.childForFieldName('arguments'), node.childForFieldName('block')]
      : node.type === 'pair'
        ? [node.childForFieldName('value')]
        : PARAMETER_LISTS.has(node.type)
          ? []
          : node.namedChildren;
  return children.filter((c): c is Node => c !== null && c.type !== 'comment');
}

/** `:email` names `email` (ranged without the colon), `"email"` names `email` (without the quotes). */
export function literalName(node: Node): NameAt | undefined {
  if (node.type === 'simple_symbol') {
    return withoutSigil(node);
  }
  const content = node.type === 'string' && node.namedChildCount === 1 ? node.namedChild(0) : null;
  return content?.type === 'string_content' ? { name: content.text, range: nodeRange(content) } : undefined;
}

/** `:email`, `@email` and `@@email` name `email`; the range starts after the sigil (these never span lines). */
export function withoutSigil(node: Node): NameAt {
  const name = node.text.replace(/^(:|@@?)/, '');
  const range = nodeRange(node);
  return { name, range: { start: { line: range.start.line, column: range.end.column - name.length }, end: range.end } };
}
