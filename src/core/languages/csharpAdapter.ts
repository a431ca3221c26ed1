/**
 * Facts from C#: properties and fields of classes, records and structs (EF Core entities are
 * plain classes; their attributes travel with each property), positional record parameters,
 * parameters, locals, invocations and comments.
 */
import type { Node, Tree } from '@vscode/tree-sitter-wasm';
import type { Call, Declaration, Expression, Reference, SourceFacts } from '../facts';
import { ancestorOfType, type ChainSyntax, collectFacts, declarationAt, nodeRange, sortByPosition } from './syntax';

/**
 * The shared walk finds comments and declarations; calls are read here (callTypes is empty)
 * because C# chains have links ChainSyntax cannot spell: conditional access (`user?.Email`,
 * the name sits in a child `member_binding_expression`) and the null-forgiving `user!.Email`.
 */
export const CSHARP_SYNTAX: ChainSyntax = {
  commentTypes: new Set(['comment']),
  identifierTypes: new Set(['identifier', 'this', 'base']),
  memberTypes: new Set(['member_access_expression']),
  memberObjectField: 'expression',
  memberPropertyField: 'name',
  subscriptTypes: new Set(['element_access_expression']),
  subscriptObjectField: 'expression',
  subscriptIndexField: 'subscript',
  stringTypes: new Set(['string_literal', 'verbatim_string_literal']),
  callTypes: new Set(),
  callFunctionField: 'function',
  callArgumentsField: 'arguments',
  keyFields: new Map([['argument', 'name']]),
};

const OWNER_TYPES = new Set(['class_declaration', 'record_declaration', 'record_struct_declaration', 'struct_declaration', 'interface_declaration']);
/** `this` and `base` are anonymous tokens in this grammar, still reachable through the `expression` field; `string.Format` starts at a keyword type. */
const CHAIN_HEADS = new Set(['identifier', 'this', 'base', 'this_expression', 'base_expression', 'predefined_type']);
/**
 * Every call in a chain is read again as the receiver of the next, so an unbounded chain would cost
 * quadratic time on generated code; real property chains are a handful of links long.
 */
const MAX_CHAIN_LINKS = 32;
/** Child fields that name or type something rather than read a value (`x.Name`, `(Patient)x`, `name: value`). */
const NAMING_FIELDS = new Set(['name', 'type', 'parameters', 'returns']);

export function csharpFacts(tree: Tree, languageId: string): SourceFacts {
  const calls: Call[] = [];
  const facts = collectFacts(tree, languageId, CSHARP_SYNTAX, (node, declarations) => {
    if (node.type === 'invocation_expression') {
      calls.push(invocationCall(node));
    } else {
      declareCsharp(node, declarations);
    }
  });
  return { ...facts, calls };
}

function declareCsharp(node: Node, declarations: Declaration[]): void {
  switch (node.type) {
    case 'property_declaration':
      pushNamed(declarations, node.childForFieldName('name'), 'field', node, ownerName(node));
      break;
    case 'variable_declaration':
      pushVariables(declarations, node);
      break;
    case 'parameter':
      pushParameter(declarations, node);
      break;
    case 'parameter_list':
      // `params string[] rest`: this grammar puts its type and name straight on the list.
      pushNamed(declarations, node.childForFieldName('name'), 'parameter', node);
      break;
    case 'foreach_statement':
      pushNamed(declarations, node.childForFieldName('left'), 'variable', node);
      break;
    case 'declaration_expression':
      pushNamed(declarations, node.childForFieldName('name'), 'variable', node);
      break;
  }
}

/**
 * Every declarator of `private string _email, _phone;` shares the type and attributes of its
 * field declaration. A constant (`const string Email = "email"`) names a value, not data a record holds.
 */
function pushVariables(declarations: Declaration[], node: Node): void {
  if (node.parent?.type === 'event_field_declaration') {
    return;
  }
  const field = node.parent?.type === 'field_declaration' ? node.parent : undefined;
  const isData = field !== undefined && !isConstant(field);
  const owner = isData ? ownerName(field) : undefined;
  const type = node.childForFieldName('type');
  for (const declarator of node.namedChildren) {
    if (declarator?.type === 'variable_declarator') {
      pushNamed(declarations, declarator.childForFieldName('name'), isData ? 'field' : 'variable', field ?? node, owner, type);
    }
  }
}

function isConstant(field: Node): boolean {
  const modifiers = new Set(field.namedChildren.filter((c) => c?.type === 'modifier').map((c) => c?.text));
  return modifiers.has('const') || (modifiers.has('static') && modifiers.has('readonly'));
}

/** A positional record's parameters are its properties: `record Patient(string Email)`. */
function pushParameter(declarations: Declaration[], node: Node): void {
  const container = node.parent?.parent;
  const record = container?.type === 'record_declaration' || container?.type === 'record_struct_declaration' ? container : undefined;
  const owner = record?.childForFieldName('name')?.text;
  pushNamed(declarations, node.childForFieldName('name'), record ? 'field' : 'parameter', node, owner);
}

function pushNamed(
  declarations: Declaration[],
  nameNode: Node | null,
  kind: Declaration['kind'],
  declaration: Node,
  owner?: string,
  typeNode = declaration.childForFieldName('type'),
): void {
  if (nameNode?.type !== 'identifier') {
    return;
  }
  // `var` says nothing about the value, so it is not a declared type.
  const typeText = typeNode && typeNode.type !== 'implicit_type' ? typeNode.text : undefined;
  declarations.push(declarationAt(nameNode, kind, { owner, typeText, annotations: attributesOf(declaration) }));
}

/**
 * One entry per attribute, bracketed as a reader writes it alone: `[EmailAddress, Required]` gives
 * `[EmailAddress]` and `[Required]`. A target (`[property: Required]`) says where, not what, so it is dropped.
 */
function attributesOf(declaration: Node): string[] {
  const lists = declaration.namedChildren.filter((c): c is Node => c?.type === 'attribute_list');
  return lists.flatMap((list) => list.namedChildren.filter((c): c is Node => c?.type === 'attribute').map((c) => `[${c.text}]`));
}

function ownerName(node: Node): string | undefined {
  return ancestorOfType(node, OWNER_TYPES)?.childForFieldName('name')?.text;
}

/** `_logger.LogInformation(...)` is ['_logger','LogInformation']; a callee that is not a plain chain leaves its final name only. */
function invocationCall(node: Node): Call {
  const callee = node.childForFieldName('function');
  const path = callee ? chainOf(callee) : undefined;
  const finalName = callee ? linkOf(callee)?.link ?? simpleName(callee) : undefined;
  const calleePath = path ?? (finalName ? [finalName] : []);
  return { calleePath, arguments: argumentsOf(node).map(expressionOf), range: nodeRange(node) };
}

function argumentsOf(invocation: Node): Node[] {
  const list = invocation.childForFieldName('arguments');
  return (list?.namedChildren ?? []).filter((c): c is Node => c?.type === 'argument');
}

function expressionOf(node: Node): Expression {
  return { text: node.text, range: nodeRange(node), references: referencesIn(node) };
}

/** `Log<T>` names `Log`. */
function simpleName(node: Node): string {
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

/** `patient.GetEmail()` and `patient?.GetEmail()` read `patient.Email`. */
function getterLink(node: Node): Link | undefined {
  const callee = node.childForFieldName('function');
  const isMember = callee?.type === 'member_access_expression' || callee?.type === 'conditional_access_expression';
  const method = callee && isMember ? linkOf(callee) : undefined;
  const property = method?.link ? /^Get([A-Z]\w*)$/.exec(method.link)?.[1] : undefined;
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

/** Every outermost chain an expression reads; callees, names, types and `nameof(...)` are not reads. */
function referencesIn(expression: Node): Reference[] {
  const references: Reference[] = [];
  const stack: Node[] = [expression];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const path = chainOf(node);
    if (path) {
      references.push({ path, range: nodeRange(node) });
    } else {
      stack.push(...readChildren(node));
    }
  }
  return sortByPosition(references);
}

function readChildren(node: Node): Node[] {
  if (node.type === 'invocation_expression') {
    return invocationReads(node);
  }
  const children: Node[] = [];
  for (let i = 0; i < node.namedChildCount; i++) {
    const child = node.namedChild(i);
    const field = node.fieldNameForNamedChild(i);
    if (child && !(field && NAMING_FIELDS.has(field)) && !namesRatherThanReads(node, field, child)) {
      children.push(child);
    }
  }
  return children;
}

/**
 * A call reads its arguments and the object it is called on, but not its method name, and
 * `nameof(user.Email)` reads nothing. An UpperCamel receiver that is a bare name is taken for a
 * type (`String.Format`, `Patient.Create(...)`): a static call reads no record.
 */
function invocationReads(node: Node): Node[] {
  const callee = node.childForFieldName('function');
  if (callee?.type === 'identifier' && callee.text === 'nameof') {
    return [];
  }
  const receiver = callee ? linkOf(callee)?.receiver : undefined;
  const isTypeName = receiver?.type === 'predefined_type' || (receiver?.type === 'identifier' && /^[A-Z]\w*[a-z]\w*$/.test(receiver.text));
  return [...(receiver && !isTypeName ? [receiver] : []), ...argumentsOf(node)];
}

/** Member names in `new { Name = p.Name }` and `new Dto { Email = x }`, and the type after `as`/`is`. */
function namesRatherThanReads(parent: Node, field: string | null, child: Node): boolean {
  if (parent.type === 'anonymous_object_creation_expression') {
    return child.type === 'identifier' && child.nextSibling?.type === '=';
  }
  if (parent.type === 'assignment_expression' && parent.parent?.type === 'initializer_expression') {
    return field === 'left';
  }
  return (parent.type === 'as_expression' || parent.type === 'is_expression') && field === 'right';
}
