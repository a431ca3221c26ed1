/**
 * Facts from Java: fields of classes, records, enums and interfaces (JPA/Hibernate entities are
 * plain classes; their annotations travel with each field), parameters, locals, method
 * invocations and comments.
 */
import type { Node, Tree } from '@vscode/tree-sitter-wasm';
import type { Call, Declaration, Expression, Reference, SourceFacts } from '../facts';
import { ancestorOfType, type ChainSyntax, collectFacts, declarationAt, nodeRange, sortByPosition } from './syntax';

/**
 * The shared walk finds comments and declarations; calls are read here (callTypes is empty)
 * because a `method_invocation` spells its callee as two fields, `object` and `name`, where
 * ChainSyntax expects one callee node, and because getters link chains (`p.getAddress().getCity()`).
 */
export const JAVA_SYNTAX: ChainSyntax = {
  commentTypes: new Set(['line_comment', 'block_comment']),
  identifierTypes: new Set(['identifier', 'this', 'super']),
  memberTypes: new Set(['field_access']),
  memberObjectField: 'object',
  memberPropertyField: 'field',
  subscriptTypes: new Set(['array_access']),
  subscriptObjectField: 'array',
  subscriptIndexField: 'index',
  stringTypes: new Set(['string_literal']),
  callTypes: new Set(),
  callFunctionField: 'name',
  callArgumentsField: 'arguments',
  keyFields: new Map(),
};

const OWNER_TYPES = new Set(['class_declaration', 'record_declaration', 'interface_declaration', 'enum_declaration']);
const CHAIN_HEADS = new Set(['identifier', 'this', 'super']);
const COMMENT_TYPES = JAVA_SYNTAX.commentTypes;
/**
 * Every call in a chain is read again as the receiver of the next, so an unbounded chain would cost
 * quadratic time on generated code; real property chains are a handful of links long.
 */
const MAX_CHAIN_LINKS = 32;
/** Child fields that name or type something rather than read a value (`x.field`, `(String s) ->`, `o instanceof P p`). */
const NAMING_FIELDS = new Set(['name', 'field', 'type', 'parameters', 'key']);
const ANNOTATION_TYPES = new Set(['annotation', 'marker_annotation']);

export function javaFacts(tree: Tree, languageId: string): SourceFacts {
  const calls: Call[] = [];
  const facts = collectFacts(tree, languageId, JAVA_SYNTAX, (node, declarations) => {
    if (node.type === 'method_invocation') {
      calls.push(invocationCall(node));
    } else {
      declareJava(node, declarations);
    }
  });
  return { ...facts, calls };
}

function declareJava(node: Node, declarations: Declaration[]): void {
  switch (node.type) {
    case 'field_declaration':
    case 'constant_declaration':
      // A constant (`static final String EMAIL = "email"`) names a value, not data a record holds.
      if (isConstant(node)) {
        pushDeclarators(declarations, node, 'variable');
      } else {
        pushDeclarators(declarations, node, 'field', ownerName(node));
      }
      break;
    case 'local_variable_declaration':
      pushDeclarators(declarations, node, 'variable');
      break;
    case 'formal_parameter':
      pushFormalParameter(declarations, node);
      break;
    case 'spread_parameter':
      pushSpreadParameter(declarations, node);
      break;
    case 'enhanced_for_statement':
    case 'resource':
      pushNamed(declarations, node.childForFieldName('name'), 'variable', node);
      break;
  }
}

/** Every declarator of `private String email, phone;` shares the declaration's type and annotations. */
function pushDeclarators(declarations: Declaration[], node: Node, kind: Declaration['kind'], owner?: string): void {
  for (const declarator of node.childrenForFieldName('declarator')) {
    pushNamed(declarations, declarator?.childForFieldName('name') ?? null, kind, node, owner);
  }
}

/** A record's header declares its fields: `record Patient(String email)`. */
function pushFormalParameter(declarations: Declaration[], node: Node): void {
  const record = node.parent?.parent?.type === 'record_declaration' ? node.parent.parent : undefined;
  const owner = record?.childForFieldName('name')?.text;
  pushNamed(declarations, node.childForFieldName('name'), record ? 'field' : 'parameter', node, owner);
}

/** `String... others`: the grammar puts the name in a declarator and gives the type no field. */
function pushSpreadParameter(declarations: Declaration[], node: Node): void {
  const declarator = node.namedChildren.find((c) => c?.type === 'variable_declarator');
  const type = node.namedChildren.find((c) => c && c.type !== 'variable_declarator' && c.type !== 'modifiers');
  pushNamed(declarations, declarator?.childForFieldName('name') ?? null, 'parameter', node, undefined, type);
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
  const typeText = typeNode && typeNode.text !== 'var' ? typeNode.text : undefined;
  declarations.push(declarationAt(nameNode, kind, { owner, typeText, annotations: annotationsOf(declaration) }));
}

/** `@Email`, `@Column(name = "email_address")`: annotations sit among the modifiers. */
function annotationsOf(declaration: Node): string[] {
  const modifiers = declaration.namedChildren.find((c) => c?.type === 'modifiers');
  return (modifiers?.namedChildren ?? []).filter((c): c is Node => c !== null && ANNOTATION_TYPES.has(c.type)).map((c) => c.text);
}

/** Interface fields are implicitly `static final`. */
function isConstant(declaration: Node): boolean {
  const modifiers = declaration.namedChildren.find((c) => c?.type === 'modifiers');
  const keywords = new Set(modifiers?.children.map((c) => c?.type));
  return declaration.type === 'constant_declaration' || (keywords.has('static') && keywords.has('final'));
}

function ownerName(node: Node): string | undefined {
  return ancestorOfType(node, OWNER_TYPES)?.childForFieldName('name')?.text;
}

/** `log.info(...)` is ['log','info']; a receiver that is not a plain chain leaves the method name only. */
function invocationCall(node: Node): Call {
  const name = node.childForFieldName('name');
  const object = node.childForFieldName('object');
  const receiver = object ? chainOf(object) : [];
  const calleePath = name ? [...(receiver ?? []), name.text] : [];
  return { calleePath, arguments: argumentsOf(node).map(expressionOf), range: nodeRange(node) };
}

function argumentsOf(invocation: Node): Node[] {
  const list = invocation.childForFieldName('arguments');
  return (list?.namedChildren ?? []).filter((c): c is Node => c !== null && !COMMENT_TYPES.has(c.type));
}

function expressionOf(node: Node): Expression {
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

/** Every outermost chain an expression reads; callees, names and types are not reads. */
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
  const children: Node[] = [];
  for (let i = 0; i < node.namedChildCount; i++) {
    const child = node.namedChild(i);
    const field = node.fieldNameForNamedChild(i);
    if (child && !(field && NAMING_FIELDS.has(field)) && !COMMENT_TYPES.has(child.type) && !isStaticReceiver(node, field, child)) {
      children.push(child);
    }
  }
  return children;
}

/**
 * `String.format(...)`, `Patient.builder()`: by Java convention an UpperCamel receiver is a class,
 * and calling a static method reads no record.
 */
function isStaticReceiver(parent: Node, field: string | null, child: Node): boolean {
  return parent.type === 'method_invocation' && field === 'object' && child.type === 'identifier' && /^[A-Z]\w*[a-z]\w*$/.test(child.text);
}
