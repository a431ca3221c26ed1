/**
 * How values move in C#: the chains an expression reads and the calls they pass through,
 * invocations, and local assignments (for local data flow). The shared walk in syntax.ts cannot
 * read these (see CSHARP_SYNTAX), so the C# adapter calls these for every node it visits.
 */
import type { Node } from './syntaxTree';
import type { Assignment, Call, Expression, Reference } from '../facts';
import { referencesThrough } from './readWalk';
import { nodeRange, sortByPosition } from './syntax';

/** `this` and `base` are anonymous tokens in this grammar, still reachable through the `expression` field; `string.Format` starts at a keyword type. */
const CHAIN_HEADS = new Set(['identifier', 'this', 'base', 'this_expression', 'base_expression', 'predefined_type']);
/**
 * Every call in a chain is read again as the receiver of the next, so an unbounded chain would cost
 * quadratic time on generated code; real property chains are a handful of links long.
 */
const MAX_CHAIN_LINKS = 32;
/** Child fields that name or type something rather than read a value (`x.Name`, `(Patient)x`, `name: value`). */
const NAMING_FIELDS = new Set(['name', 'type', 'parameters', 'returns']);
/** Assignments that set a member of a copy (`p with { Email = x }`) or an attribute's property, not a local. */
const MEMBER_SETTING_PARENTS = new Set(['with_initializer', 'attribute_argument']);

/** `_logger.LogInformation(...)` is ['_logger','LogInformation'] (see invocationCallee); `scope`: the enclosing function's key. */
export function invocationCall(node: Node, scope: string): Call {
  return { calleePath: invocationCallee(node), arguments: argumentsOf(node).map(expressionOf), range: nodeRange(node), scope };
}

/** A callee that is not a plain chain leaves its final name only. */
export function invocationCallee(node: Node): string[] {
  const callee = node.childForFieldName('function');
  const path = callee ? chainOf(callee) : undefined;
  const finalName = callee ? (linkOf(callee)?.link ?? simpleName(callee)) : undefined;
  return path ?? (finalName ? [finalName] : []);
}

function argumentsOf(invocation: Node): Node[] {
  const list = invocation.childForFieldName('arguments');
  return (list?.namedChildren ?? []).filter((c): c is Node => c?.type === 'argument');
}

export function expressionOf(node: Node): Expression {
  return { text: node.text, range: nodeRange(node), references: referencesIn(node) };
}

/**
 * Every outermost chain an expression reads, with the calls it passes through on the way
 * (`Mask(user.Email)` reads user.Email through Mask, `email.GetHashCode()` reads email through
 * GetHashCode); callees, names, types and `nameof(...)` are not reads.
 */
function referencesIn(expression: Node): Reference[] {
  return referencesThrough(expression, chainOf, readsOf);
}

/**
 * What a local now holds: `var e = user.Email;`, `e = ...`, `(a, b) = (x, y)`; and a member
 * (`this.Url = ...`, `new X { Url = ... }`) under a dotted name, which no local read matches but
 * rules can see. `around`: the nodes enclosing `node`, nearest first.
 */
export function assignmentsOf(node: Node, scope: string, around: readonly Node[]): Assignment[] {
  const [parent, grandparent] = around;
  switch (node.type) {
    case 'variable_declaration': {
      // Fields are not locals: a method reads them through `this`, which local flow does not follow.
      const isField = parent?.type === 'field_declaration' || parent?.type === 'event_field_declaration';
      return isField ? [] : node.namedChildren.flatMap((d) => (d?.type === 'variable_declarator' ? declared(d, scope) : []));
    }
    case 'assignment_expression': {
      const parentType = parent?.type ?? '';
      if (parentType === 'initializer_expression') {
        return initialisedMember(node, grandparent, scope);
      }
      return MEMBER_SETTING_PARENTS.has(parentType) ? [] : reassignment(node, scope);
    }
    default:
      return [];
  }
}

/**
 * `new HttpClientHandler { ServerCertificateCustomValidationCallback = ... }` sets a member of the
 * object being built. It is recorded as `HttpClientHandler.ServerCertificateCustomValidationCallback`,
 * a name no local read matches (the member is not a local), so rules can see what was put there.
 */
function initialisedMember(node: Node, creation: Node | undefined, scope: string): Assignment[] {
  const member = node.childForFieldName('left');
  const type = creation?.type === 'object_creation_expression' ? constructedType(creation).join('.') : '';
  return member?.type === 'identifier' && type ? assignment(member, assignedValue(node), scope, [], `${type}.${member.text}`) : [];
}

/** `string e = x`, and `var (a, b) = (x, y)` element by element. */
function declared(declarator: Node, scope: string): Assignment[] {
  const value = declaratorValue(declarator);
  const pattern = declarator.namedChildren.find((c) => c?.type === 'tuple_pattern');
  if (pattern) {
    return pairwise(pattern.childrenForFieldName('name'), value, scope);
  }
  return assignment(declarator.childForFieldName('name'), value, scope);
}

/** The grammar gives a declarator's value no field: it is what follows `=`. */
function declaratorValue(declarator: Node): Node | null {
  const children = declarator.children;
  const equals = children.findIndex((c) => c?.type === '=');
  return equals < 0 ? null : (children.slice(equals + 1).find((c) => c?.isNamed) ?? null);
}

/**
 * `a = b = user.Email` gives both what the innermost right side holds. A compound assignment
 * (`msg += user.Email`, `e ??= user.Email`) keeps what the variable held before, so it reads the variable too.
 */
function reassignment(node: Node, scope: string): Assignment[] {
  const target = node.childForFieldName('left');
  const value = assignedValue(node);
  if (target?.type === 'tuple_expression') {
    return pairwise(target.namedChildren.map((a) => (a ? argumentValue(a) : null)), value, scope);
  }
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

/**
 * `(a, b) = (x, y)`: each target holds the value in its place. From anything but a tuple of the
 * same length (`(a, b) = Split(s)`) which target gets what is not known, so none is assumed.
 */
function pairwise(targets: readonly (Node | null)[], value: Node | null, scope: string): Assignment[] {
  const values = value?.type === 'tuple_expression' ? value.namedChildren.map((a) => (a ? argumentValue(a) : null)) : [];
  if (values.length !== targets.length) {
    return [];
  }
  return targets.flatMap((target, i) => assignment(target?.type === 'declaration_expression' ? target.childForFieldName('name') : target, values[i] ?? null, scope));
}

/** A tuple element's expression, past its name in `(Email: x, Phone: y)`. */
function argumentValue(argument: Node): Node | null {
  const name = argument.childForFieldName('name');
  return argument.namedChildren.filter((c): c is Node => c !== null && !(name && c.equals(name))).pop() ?? null;
}

function assignment(target: Node | null, value: Node | null, scope: string, extra: readonly Reference[] = [], name = target?.text): Assignment[] {
  if (!target || !value || !name || (target.type !== 'identifier' && target.type !== 'member_access_expression')) {
    return [];
  }
  const references = sortByPosition([...extra, ...referencesIn(value)]);
  return [{ name, value: references, range: nodeRange(target), scope }];
}

/** `new System.Uri(...)` constructs ['System','Uri']; type arguments say nothing about the call. */
export function constructedType(creation: Node): string[] {
  const type = creation.childForFieldName('type');
  return type ? typePath(type) : [];
}

/** `System.Random` is ['System','Random'], `List<int>` ['List']. */
export function typePath(type: Node): string[] {
  return type.text.replace(/<[\s\S]*$/, '').split(/\.|::/).map((part) => part.trim());
}

/** `Log<T>` names `Log`. */
export function simpleName(node: Node): string {
  return node.type === 'generic_name' ? node.namedChildren[0]?.text ?? node.text : node.text;
}

interface Link {
  /** The name the link adds; none for `user!`, which reads what `user` reads. */
  readonly link?: string;
  readonly receiver: Node | null;
}

/** One link of a chain and the node it hangs from: `user.Email`, `user?.Email`, `user!`, `user.GetEmail()`, `dict["email"]`. */
function linkOf(node: Node): Link | undefined {
  switch (node.type) {
    case 'member_access_expression': {
      const name = node.childForFieldName('name');
      return name ? { link: simpleName(name), receiver: node.childForFieldName('expression') } : undefined;
    }
    case 'conditional_access_expression': {
      const name = node.namedChildren.find((c) => c?.type === 'member_binding_expression')?.childForFieldName('name');
      return name ? { link: simpleName(name), receiver: node.childForFieldName('condition') } : undefined;
    }
    case 'postfix_unary_expression':
      return node.text.endsWith('!') ? { receiver: node.namedChild(0) } : undefined;
    case 'invocation_expression':
      return getterLink(node);
    case 'element_access_expression':
      return stringKeyLink(node);
    default:
      return undefined;
  }
}

/**
 * `patient.GetEmail()` and `patient?.GetEmail()` read `patient.Email`. `GetHashCode()` and
 * `GetType()` read no property: the value goes through them (`email.GetHashCode()` is a hash of it).
 */
function getterLink(node: Node): Link | undefined {
  const callee = node.childForFieldName('function');
  const isMember = callee?.type === 'member_access_expression' || callee?.type === 'conditional_access_expression';
  const method = callee && isMember ? linkOf(callee) : undefined;
  const property = method?.link && !/^Get(HashCode|Type)$/.test(method.link) ? /^Get([A-Z]\w*)$/.exec(method.link)?.[1] : undefined;
  return method && property && argumentsOf(node).length === 0 ? { link: property, receiver: method.receiver } : undefined;
}

/** `row["email"]` reads `row.email`. */
function stringKeyLink(node: Node): Link | undefined {
  const keys = node.childForFieldName('subscript')?.namedChildren ?? [];
  const literal = keys.length === 1 ? keys[0]?.namedChild(0) : undefined;
  const content = literal?.type === 'string_literal' ? literal.namedChildren.find((c) => c?.type === 'string_literal_content') : undefined;
  return content ? { link: content.text, receiver: node.childForFieldName('expression') } : undefined;
}

/** The names a chain reads, head first; undefined when a link is anything else. Loops down the receivers: fluent chains can be long. */
function chainOf(node: Node): string[] | undefined {
  const links: string[] = [];
  for (let current: Node | null = node; current; ) {
    if (CHAIN_HEADS.has(current.type)) {
      return [current.text, ...links.reverse()];
    }
    const step = linkOf(current);
    if (!step || links.length === MAX_CHAIN_LINKS) {
      return undefined;
    }
    if (step.link) {
      links.push(step.link);
    }
    current = step.receiver;
  }
  return undefined;
}

/**
 * The children of `node` that it reads and, when it is a call, the name its arguments and receiver
 * pass through: the method, or the type constructed.
 */
function readsOf(node: Node): { readonly children: Node[]; readonly call?: string } {
  const type = node.type;
  if (type === 'invocation_expression') {
    return invocationReads(node);
  }
  const children: Node[] = [];
  for (let i = 0; i < node.namedChildCount; i++) {
    const child = node.namedChild(i);
    const field = node.fieldNameForNamedChild(i);
    if (child && !(field && NAMING_FIELDS.has(field)) && !namesRatherThanReads(node, type, field, child)) {
      children.push(child);
    }
  }
  const call = type === 'object_creation_expression' ? constructedType(node).pop() : undefined;
  return call ? { children, call } : { children };
}

/**
 * A call reads its arguments and the object it is called on, but not its method name, and
 * `nameof(user.Email)` reads nothing. An UpperCamel receiver that is a bare name is taken for a
 * type (`String.Format`, `Patient.Create(...)`): a static call reads no record.
 */
function invocationReads(node: Node): { readonly children: Node[]; readonly call?: string } {
  const callee = node.childForFieldName('function');
  if (!callee) {
    return { children: argumentsOf(node) };
  }
  if (callee.type === 'identifier' && callee.text === 'nameof') {
    return { children: [] };
  }
  const link = linkOf(callee);
  const receiver = link?.receiver;
  const isTypeName = receiver?.type === 'predefined_type' || (receiver?.type === 'identifier' && /^[A-Z]\w*[a-z]\w*$/.test(receiver.text));
  return { children: [...(receiver && !isTypeName ? [receiver] : []), ...argumentsOf(node)], call: link?.link ?? simpleName(callee) };
}

/** Member names in `new { Name = p.Name }` and `new Dto { Email = x }`, and the type after `as`/`is`. */
function namesRatherThanReads(parent: Node, parentType: string, field: string | null, child: Node): boolean {
  if (parentType === 'anonymous_object_creation_expression') {
    return child.type === 'identifier' && child.nextSibling?.type === '=';
  }
  if (parentType === 'assignment_expression' && field === 'left') {
    return parent.parent?.type === 'initializer_expression';
  }
  return (parentType === 'as_expression' || parentType === 'is_expression') && field === 'right';
}
