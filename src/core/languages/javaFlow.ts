/**
 * How values move in Java: the chains an expression reads and the calls they pass through,
 * method invocations, and local assignments (for local data flow). The shared walk in syntax.ts
 * cannot read these (see JAVA_SYNTAX), so the Java adapter calls these for every node it visits.
 */
import type { Node } from './syntaxTree';
import type { Assignment, Call, Expression, Reference } from '../facts';
import { referencesThrough } from './readWalk';
import { nodeRange, sortByPosition } from './syntax';

const CHAIN_HEADS = new Set(['identifier', 'this', 'super']);
/** JAVA_SYNTAX.commentTypes, spelled again: the adapter imports this module, not the other way round. */
const COMMENT_TYPES = new Set(['line_comment', 'block_comment']);
/**
 * Every call in a chain is read again as the receiver of the next, so an unbounded chain would cost
 * quadratic time on generated code; real property chains are a handful of links long.
 */
const MAX_CHAIN_LINKS = 32;
/** Child fields that name or type something rather than read a value (`x.field`, `(String s) ->`, `o instanceof P p`). */
const NAMING_FIELDS = new Set(['name', 'field', 'type', 'parameters', 'key']);

/** `log.info(...)` is ['log','info']; a receiver that is not a plain chain leaves the method name only. `scope`: the enclosing function's key. */
export function invocationCall(node: Node, scope: string): Call {
  return { calleePath: invocationCallee(node), arguments: argumentsOf(node).map(expressionOf), range: nodeRange(node), scope };
}

export function invocationCallee(node: Node): string[] {
  const name = node.childForFieldName('name');
  const object = node.childForFieldName('object');
  const receiver = object ? chainOf(object) : [];
  return name ? [...(receiver ?? []), name.text] : [];
}

/** `new Cookie("sid", v)` calls Cookie's constructor: a call of ['Cookie'], `new java.util.Random()` of ['java','util','Random']. */
export function creationCall(node: Node, scope: string): Call {
  return { calleePath: constructedType(node), arguments: argumentsOf(node).map(expressionOf), range: nodeRange(node), scope };
}

/** `new java.net.URL(...)` constructs ['java','net','URL']; type arguments say nothing about the call. */
export function constructedType(creation: Node): string[] {
  const type = creation.childForFieldName('type');
  return type ? typeName(type) : [];
}

function typeName(type: Node): string[] {
  return type.text.replace(/<[\s\S]*$/, '').split('.').map((part) => part.trim());
}

function argumentsOf(invocation: Node): Node[] {
  const list = invocation.childForFieldName('arguments');
  return (list?.namedChildren ?? []).filter((c): c is Node => c !== null && !COMMENT_TYPES.has(c.type));
}

export function expressionOf(node: Node): Expression {
  return { text: node.text, range: nodeRange(node), references: referencesIn(node) };
}

/**
 * The names a chain reads, head first: `this.patient.email`, and getters as links
 * (`patient.getAddress().getCity()` reads patient.address.city, `payload.get("phone")` reads
 * payload.phone); undefined when a link is anything else (a call with arguments, an index).
 * Walks down the receivers with a loop: fluent chains can be long.
 */
function chainOf(node: Node): string[] | undefined {
  const links: string[] = [];
  for (let current: Node | null = node; current; current = current.childForFieldName('object')) {
    if (CHAIN_HEADS.has(current.type)) {
      return [current.text, ...links.reverse()];
    }
    const link = current.type === 'field_access' ? current.childForFieldName('field')?.text : accessorName(current);
    if (!link || links.length === MAX_CHAIN_LINKS) {
      return undefined;
    }
    links.push(link);
  }
  return undefined;
}

/** The property an invocation reads: `getEmail()` reads `email`, `getSSN()` reads `SSN` (JavaBeans naming), `get("phone")` reads `phone`. */
function accessorName(node: Node): string | undefined {
  if (node.type !== 'method_invocation' || !node.childForFieldName('object')) {
    return undefined;
  }
  const method = node.childForFieldName('name')?.text ?? '';
  const args = argumentsOf(node);
  const getter = /^get([A-Z]\w*)$/.exec(method)?.[1];
  if (getter && args.length === 0) {
    return /^[A-Z]{2}/.test(getter) ? getter : getter.charAt(0).toLowerCase() + getter.slice(1);
  }
  const key = method === 'get' && args.length === 1 && args[0]?.type === 'string_literal' ? args[0].namedChildren[0] : undefined;
  return key?.type === 'string_fragment' ? key.text : undefined;
}

/**
 * Every outermost chain an expression reads, with the calls it passes through on the way
 * (`maskEmail(user.getEmail())` reads user.email through maskEmail, `email.hashCode()` reads email
 * through hashCode); callees, names and types are not reads.
 */
function referencesIn(expression: Node): Reference[] {
  return referencesThrough(expression, chainOf, readsOf);
}

/**
 * The children of `node` that it reads and, when it is a call, the name its arguments and receiver
 * pass through: the method, or the class constructed. Both come from one pass over the children:
 * deeply nested calls are read once per enclosing call, so this runs often.
 */
function readsOf(node: Node): { readonly children: Node[]; readonly call?: string } {
  const children: Node[] = [];
  const type = node.type;
  let call: string | undefined;
  for (let i = 0; i < node.namedChildCount; i++) {
    const child = node.namedChild(i);
    const field = node.fieldNameForNamedChild(i);
    if (child && ((type === 'method_invocation' && field === 'name') || (type === 'object_creation_expression' && field === 'type'))) {
      call = field === 'name' ? child.text : typeName(child).pop();
    }
    if (child && !(field && NAMING_FIELDS.has(field)) && !COMMENT_TYPES.has(child.type) && !isStaticReceiver(type, field, child)) {
      children.push(child);
    }
  }
  return call ? { children, call } : { children };
}

/**
 * `String.format(...)`, `Patient.builder()`: by Java convention an UpperCamel receiver is a class,
 * and calling a static method reads no record.
 */
function isStaticReceiver(parentType: string, field: string | null, child: Node): boolean {
  return parentType === 'method_invocation' && field === 'object' && child.type === 'identifier' && /^[A-Z]\w*[a-z]\w*$/.test(child.text);
}

/**
 * What a local now holds: `String e = user.getEmail();`, `e = ...`, a try resource, and a member
 * (`this.url = ...`) under its full text, which no local read matches but rules can see.
 */
export function assignmentsOf(node: Node, scope: string): Assignment[] {
  switch (node.type) {
    case 'local_variable_declaration':
      return node.childrenForFieldName('declarator').flatMap((d) => (d ? assignment(d.childForFieldName('name'), d.childForFieldName('value'), scope) : []));
    case 'resource':
      return assignment(node.childForFieldName('name'), node.childForFieldName('value'), scope);
    case 'assignment_expression':
      return reassignment(node, scope);
    default:
      return [];
  }
}

function assignment(target: Node | null, value: Node | null, scope: string, extra: readonly Reference[] = []): Assignment[] {
  if (!target || !value || (target.type !== 'identifier' && target.type !== 'field_access')) {
    return [];
  }
  const references = sortByPosition([...extra, ...referencesIn(value)]);
  return [{ name: target.text, value: references, range: nodeRange(target), scope }];
}

/**
 * `a = b = user.getEmail()` gives both what the innermost right side holds. A compound assignment
 * (`msg += user.getEmail()`) keeps what the variable held before, so it reads the variable too.
 */
function reassignment(node: Node, scope: string): Assignment[] {
  const target = node.childForFieldName('left');
  const value = assignedValue(node);
  const compound = node.childForFieldName('operator')?.type !== '=';
  const held = compound && target ? chainOf(target) : undefined;
  return assignment(target, value, scope, held && target ? [{ path: held, range: nodeRange(target) }] : []);
}

/** `a = b = c` gives c; a longer chain than MAX_CHAIN_LINKS (generated code) is not followed, so each assignment costs constant time. */
function assignedValue(node: Node): Node | null {
  let value = node.childForFieldName('right');
  for (let links = 0; value?.type === 'assignment_expression' && value.childForFieldName('operator')?.type === '='; links++) {
    value = links < MAX_CHAIN_LINKS ? value.childForFieldName('right') : null;
  }
  return value;
}
