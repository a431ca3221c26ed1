/**
 * Local data flow and literal facts from PHP: which function a call or assignment sits in, what a
 * variable is given (`$e = $user->email;`), and literals with the key or call they are given to
 * (`'verify' => false`, `hash('md5', $x)`). The shared walk (syntax.ts) produces the same facts
 * for TypeScript, Python and Go; PHP's tree needs its own reading (see phpChains.ts).
 */
import type { Node } from './syntaxTree';
import type { Assignment, Literal } from '../facts';
import { calleePath, CALL_TYPES, chainPath, collectReferences, constructedPath, lastSegment, stringContent } from './phpChains';
import { nodeRange } from './syntax';

/** Closures are scopes of their own, as arrow functions are in TypeScript: what they capture is not followed. */
export const FUNCTION_TYPES = new Set(['function_definition', 'method_declaration', 'anonymous_function', 'arrow_function']);
const ASSIGNMENT_TYPES = new Set(['assignment_expression', 'reference_assignment_expression']);
/** `$line .= $user->email` adds to what `$line` held rather than replacing it. */
const COMPOUND_ASSIGNMENT = 'augmented_assignment_expression';
const LITERAL_KINDS: ReadonlyMap<string, Literal['kind']> = new Map([
  ['string', 'string'],
  ['encapsed_string', 'string'],
  ['heredoc', 'string'],
  ['nowdoc', 'string'],
  ['boolean', 'boolean'],
  ['integer', 'number'],
  ['float', 'number'],
]);

/** `$e = $user->email;`: e holds what user.email holds. Member targets go under their text (`this->email`). `scope`: see ownWalk.ts. */
export function assignmentsOf(node: Node, scope: string): Assignment[] {
  const isCompound = node.type === COMPOUND_ASSIGNMENT;
  const left = isCompound || ASSIGNMENT_TYPES.has(node.type) ? node.childForFieldName('left') : null;
  const right = left ? node.childForFieldName('right') : null;
  if (!left || !right) {
    return [];
  }
  if (left.type === 'list_literal') {
    return listAssignments(left, right, scope);
  }
  const name = targetName(left);
  // The variable keeps its earlier value too, so that is read from where it was assigned before.
  const earlier = isCompound && left.type === 'variable_name' && name ? [{ path: [name], range: nodeRange(left) }] : [];
  return name ? [{ name, value: [...earlier, ...collectReferences(right)], range: nodeRange(left), scope }] : [];
}

function targetName(left: Node): string | undefined {
  if (left.type === 'variable_name' || left.type === 'member_access_expression' || left.type === 'nullsafe_member_access_expression') {
    return left.text.replace(/^\$/, '');
  }
  return undefined;
}

/**
 * `[$a, $b] = [$u->phone, $u->email]` pairs targets and values; `['email' => $e] = $user` takes
 * user.email into e. Anything else (`[$a, $b] = f()`, skipped slots, spreads) leaves which value
 * lands where unknown, so nothing is assumed.
 */
function listAssignments(list: Node, right: Node, scope: string): Assignment[] {
  const targets = list.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
  const commas = list.children.filter((c) => c?.type === ',').length;
  if (targets.length > 0 && targets.every((t) => t.type === 'variable_name') && commas === targets.length - 1) {
    const values = right.type === 'array_creation_expression' ? right.namedChildren : [];
    const plain = values.every((v) => v?.type === 'array_element_initializer' && v.namedChildCount === 1 && v.namedChild(0)?.type !== 'variadic_unpacking');
    return plain && values.length === targets.length ? targets.map((t, i) => assignment(t, collectReferences(values[i]!), scope)) : [];
  }
  const source = chainPath(right);
  const pairs: Assignment[] = [];
  for (let i = 0; source && i + 1 < targets.length; i += 2) {
    const key = stringContent(targets[i]!);
    const target = targets[i + 1]!;
    if (!key || target.type !== 'variable_name') {
      return [];
    }
    pairs.push(assignment(target, [{ path: [...source, key.text], range: nodeRange(targets[i]!) }], scope));
  }
  return targets.length % 2 === 0 ? pairs : [];
}

function assignment(target: Node, value: Assignment['value'], scope: string): Assignment {
  return { name: target.text.replace(/^\$/, ''), value, range: nodeRange(target), scope };
}

/** A literal with the key it is given to and the call it is a direct argument of, when it has them. */
export function literalOf(node: Node): Literal | undefined {
  const kind = LITERAL_KINDS.get(node.type);
  if (!kind) {
    return undefined;
  }
  const value = kind === 'string' ? stringValue(node) : node.text;
  const key = keyOf(node);
  const callee = calleeOf(node);
  return { kind, value, range: nodeRange(node), ...(key ? { key } : {}), ...(callee ? { calleePath: callee } : {}) };
}

/** `'http://x'` and `"http://{$host}"` without their quotes; a heredoc or nowdoc is its body. */
function stringValue(node: Node): string {
  if (node.type === 'heredoc' || node.type === 'nowdoc') {
    return (node.childForFieldName('value')?.text ?? '').replace(/^\r?\n/, '');
  }
  return /^[bB]?(['"])([\s\S]*)\1$/.exec(node.text)?.[2] ?? node.text;
}

/**
 * The name a literal is given to: an array key (`'verify' => false`, `CURLOPT_SSL_VERIFYPEER => false`),
 * a named argument (`verify: false`), an assigned variable, property, subscript or constant.
 */
function keyOf(node: Node): string | undefined {
  const parent = node.parent;
  switch (parent?.type) {
    case 'array_element_initializer': {
      const [key, value] = parent.namedChildren;
      return parent.namedChildCount === 2 && key && value?.equals(node) ? keyName(key) : undefined;
    }
    case 'argument':
      return parent.childForFieldName('name')?.text;
    case 'assignment_expression':
    case 'augmented_assignment_expression':
    case 'reference_assignment_expression': {
      const left = parent.childForFieldName('left');
      return parent.childForFieldName('right')?.equals(node) && left ? targetKey(left) : undefined;
    }
    case 'property_element':
      return parent.childForFieldName('name')?.text.replace(/^\$/, '');
    case 'const_element':
      return parent.namedChildren.find((c) => c?.type === 'name')?.text;
    default:
      return undefined;
  }
}

/** `'verify'`, `CURLOPT_SSL_VERIFYPEER` and `RequestOptions::VERIFY` (Guzzle's constant for 'verify') as key names. */
function keyName(key: Node): string | undefined {
  if (key.type === 'name' || key.type === 'qualified_name') {
    return lastSegment(key.text);
  }
  if (key.type === 'class_constant_access_expression') {
    return key.namedChildren[key.namedChildCount - 1]?.text;
  }
  return stringContent(key)?.text;
}

/** `$url`, `$this->url`, `$options['verify']`, `self::$verify`: the name the value goes to. */
function targetKey(left: Node): string | undefined {
  switch (left.type) {
    case 'variable_name':
      return left.text.replace(/^\$/, '');
    case 'member_access_expression':
    case 'nullsafe_member_access_expression':
      return left.childForFieldName('name')?.text;
    case 'subscript_expression': {
      const index = left.namedChildren[1];
      return index ? (stringContent(index)?.text ?? keyName(index)) : undefined;
    }
    case 'scoped_property_access_expression':
      return left.childForFieldName('name')?.text.replace(/^\$/, '');
    default:
      return undefined;
  }
}

/** The call or constructor a literal is a positional argument of: `hash('md5', $x)`, `new SoapClient('http://...')`. */
function calleeOf(node: Node): string[] | undefined {
  const argument = node.parent;
  const call = argument?.type === 'argument' && !argument.childForFieldName('name') && argument.parent?.type === 'arguments' ? argument.parent.parent : null;
  if (call && CALL_TYPES.has(call.type)) {
    return calleePath(call);
  }
  return call?.type === 'object_creation_expression' ? constructedPath(call) : undefined;
}
