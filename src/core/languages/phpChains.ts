/**
 * How PHP spells calls, member chains and what an expression reads. PHP does not fit the shared
 * chain reading (syntax.ts): a method call has no single callee node (`$a->b()` splits object
 * and method name) and subscripts have no field names, so the PHP adapter reads them here.
 * Names lose their `$`: `$email` reads `email`.
 */
import type { Node } from './syntaxTree';
import type { Expression, Reference } from '../facts';
import { inside, type Through, withThrough } from './ownWalk';
import { nodeRange, sortByPosition } from './syntax';
import { checkReadDeadline } from './treeSitter';

export const CALL_TYPES = new Set(['function_call_expression', 'member_call_expression', 'nullsafe_member_call_expression', 'scoped_call_expression']);
export const MEMBER_CALL_TYPES = new Set(['member_call_expression', 'nullsafe_member_call_expression']);
const MEMBER_ACCESS_TYPES = new Set(['member_access_expression', 'nullsafe_member_access_expression']);
const CONSTANT_NAME_TYPES = new Set(['name', 'qualified_name']);
/**
 * Where a bare name is a constant being read (`curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, ...)`):
 * elsewhere a name is a function, class, method or named argument's name, which reads nothing.
 */
const CONSTANT_VALUE_PARENTS = new Set(['argument', 'array_element_initializer', 'conditional_expression', 'parenthesized_expression']);

/** `$this->logger->info` is ['this','logger','info'], `Log::info` is ['Log','info'], `error_log` is ['error_log']. */
export function calleePath(call: Node): string[] {
  const name = call.childForFieldName(call.type === 'function_call_expression' ? 'function' : 'name');
  if (!name) {
    return [];
  }
  if (call.type === 'function_call_expression') {
    return chainPath(name) ?? [lastSegment(name.text)];
  }
  const receiver = call.type === 'scoped_call_expression' ? scopeName(call.childForFieldName('scope')) : chainPath(call.childForFieldName('object'));
  return receiver ? [...receiver, name.text] : [name.text];
}

/** What `new X(...)` constructs, by the same convention as callees: `new \GuzzleHttp\Client` is ['Client']. */
export function constructedPath(creation: Node): string[] | undefined {
  const type = creation.namedChildren.find((c) => c !== null && c.type !== 'arguments' && c.type !== 'comment');
  return type ? scopeName(type) : undefined;
}

/** `Log`, `\Illuminate\Support\Facades\Log` and `static` are scopes by name; an expression scope (`$class::`) is not a plain chain. */
function scopeName(scope: Node | null): string[] | undefined {
  return scope && ['name', 'qualified_name', 'relative_scope'].includes(scope.type) ? [lastSegment(scope.text)] : chainPath(scope);
}

/** The name a call goes by, as values passing through it are labelled: `mask_email`, `Str::mask` is `mask`. */
function callName(call: Node): string {
  const path = calleePath(call);
  return path[path.length - 1] ?? call.text;
}

/** The arguments of a call, or of a constructor (`new X(...)`, whose list has no field name). */
export function callArguments(call: Node): Expression[] {
  const list = call.childForFieldName('arguments') ?? call.namedChildren.find((c) => c?.type === 'arguments');
  return (list?.namedChildren ?? []).filter((argument): argument is Node => argument?.type === 'argument').map(expressionOf);
}

/** An expression with the references it reads. */
export function expressionOf(node: Node): Expression {
  return { text: node.text, range: nodeRange(node), references: collectReferences(node) };
}

/**
 * `$user->email` and `$user?->email` are ['user','email'], `$user['email']` is ['user','email'],
 * `$this->logger` is ['this','logger']; undefined when a link is not a name (`$user->$field`, a call).
 */
export function chainPath(node: Node | null): string[] | undefined {
  const reversed: string[] = [];
  for (let link = node; link; ) {
    if (link.type === 'variable_name') {
      return [link.text.replace(/^\$/, ''), ...reversed.reverse()];
    }
    const [name, object] = chainLink(link) ?? [];
    if (!name || !object) {
      return undefined;
    }
    reversed.push(name);
    link = object;
  }
  return undefined;
}

function chainLink(link: Node): [string, Node] | undefined {
  if (MEMBER_ACCESS_TYPES.has(link.type)) {
    const name = link.childForFieldName('name');
    const object = link.childForFieldName('object');
    return name?.type === 'name' && object ? [name.text, object] : undefined;
  }
  const [object, index] = link.type === 'subscript_expression' ? link.namedChildren : [];
  const key = index ? stringContent(index)?.text : undefined;
  return object && key ? [key, object] : undefined;
}

/**
 * A constant read: `CURLOPT_SSL_VERIFYPEER` is ['CURLOPT_SSL_VERIFYPEER'], `\PHP_EOL` ['PHP_EOL'] and
 * `RequestOptions::VERIFY` ['RequestOptions','VERIFY'], as other languages read `ssl.CERT_NONE`.
 * `isValue`: whether the node stands where a value goes (its parent is known to the walker).
 */
function constantPath(node: Node, isValue: boolean): string[] | undefined {
  if (node.type === 'class_constant_access_expression') {
    const [scope, name] = node.namedChildren;
    const head = scope ? scopeName(scope) : undefined;
    return head && name?.type === 'name' ? [...head, name.text] : undefined;
  }
  return isValue && CONSTANT_NAME_TYPES.has(node.type) ? [lastSegment(node.text)] : undefined;
}

/**
 * Every outermost chain an argument reads, in strings (`"{$user->email}"`) and arrays alike, with
 * the calls it passes through (`mask_email($user->email)`: through mask_email). Array keys
 * (`['email' => $user->email]`) name rather than read; a getter call reads its property.
 */
export function collectReferences(expression: Node): Reference[] {
  const references: Reference[] = [];
  // The expression itself is a value (an argument, the right of an assignment).
  const stack: { node: Node; through: Through | undefined; isValue: boolean }[] = [{ node: expression, through: undefined, isValue: true }];
  while (stack.length > 0) {
    checkReadDeadline();
    const { node, through, isValue } = stack.pop()!;
    const path = chainPath(node) ?? constantPath(node, isValue);
    if (path) {
      references.push(withThrough({ path, range: nodeRange(node) }, through));
      continue;
    }
    const getter = getterReference(node);
    if (getter) {
      references.push(withThrough(getter, through));
    }
    // What a call's arguments, object or scope hold comes out through the call.
    const childThrough = CALL_TYPES.has(node.type) ? inside(through, callName(node)) : through;
    const childIsValue = CONSTANT_VALUE_PARENTS.has(node.type);
    for (const child of readChildren(node, getter !== undefined)) {
      stack.push({ node: child, through: childThrough, isValue: childIsValue });
    }
  }
  return sortByPosition(references);
}

/**
 * The children an expression reads: an array element's key, a named argument's name and a
 * closure's parameters name, a function call's callee and a method's name are not read, and a
 * getter's object is read through the getter.
 */
function readChildren(node: Node, isGetter: boolean): Node[] {
  const naming = node.type === 'argument' ? node.childForFieldName('name') : null;
  const children = node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment' && c.type !== 'formal_parameters' && !(naming && c.equals(naming)));
  if (node.type === 'array_element_initializer' && children.length === 2) {
    return children.slice(1);
  }
  if (isGetter || node.type === 'function_call_expression') {
    return children.filter((c) => c.type === 'arguments');
  }
  const methodName = CALL_TYPES.has(node.type) ? node.childForFieldName('name') : null;
  return methodName ? children.filter((c) => !c.equals(methodName)) : children;
}

/** `$user->getEmail()` reads `user.email`, as the shared reading does for other languages. */
function getterReference(call: Node): Reference | undefined {
  const name = MEMBER_CALL_TYPES.has(call.type) ? call.childForFieldName('name')?.text : undefined;
  const match = name ? /^get_?([A-Za-z].*)$/.exec(name) : null;
  const object = match?.[1] ? chainPath(call.childForFieldName('object')) : undefined;
  if (!match?.[1] || !object) {
    return undefined;
  }
  return { path: [...object, match[1].charAt(0).toLowerCase() + match[1].slice(1)], range: nodeRange(call) };
}

/** The content node of a string literal without interpolation: `'email'` gives `email`. */
export function stringContent(node: Node): Node | undefined {
  const isPlain = (node.type === 'string' || node.type === 'encapsed_string') && node.namedChildCount === 1;
  const content = isPlain ? node.namedChild(0) : null;
  return content?.type === 'string_content' ? content : undefined;
}

/** `\App\Support\Log` is `Log`. */
export function lastSegment(qualifiedName: string): string {
  return qualifiedName.split('\\').pop() ?? qualifiedName;
}
