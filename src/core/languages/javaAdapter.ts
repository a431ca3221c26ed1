/**
 * Facts from Java: fields of classes, records, enums and interfaces (JPA/Hibernate entities are
 * plain classes; their annotations travel with each field), parameters, locals, method
 * invocations, local assignments, literals and comments.
 */
import type { Node } from './syntaxTree';
import type { Assignment, Call, Declaration, Literal, SourceFacts } from '../facts';
import { assignmentsOf, constructedType, creationCall, expressionOf, invocationCall, invocationCallee } from './javaFlow';
import { annotationsOf, FUNCTION_TYPES, JAVA_STRUCTURE } from './javaStructure';
import { Lineage, Scopes } from './ownWalk';
import { StructureCollector } from './structure';
import { ancestorOfType, type ChainSyntax, collectFacts, declarationAt, nodeRange } from './syntax';

/**
 * The shared walk finds comments and declarations; calls and assignments are read in javaFlow.ts
 * and literals here (callTypes is empty, and there are no flow or literal settings) because a
 * `method_invocation` spells its callee as two fields, `object` and `name`, where ChainSyntax
 * expects one callee node, and because getters link chains (`p.getAddress().getCity()`).
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
const LITERAL_KINDS: ReadonlyMap<string, Literal['kind']> = new Map([
  ['string_literal', 'string'],
  ['true', 'boolean'],
  ['false', 'boolean'],
  ['decimal_integer_literal', 'number'],
  ['hex_integer_literal', 'number'],
  ['octal_integer_literal', 'number'],
  ['binary_integer_literal', 'number'],
  ['decimal_floating_point_literal', 'number'],
  ['hex_floating_point_literal', 'number'],
]);

export function javaFacts(root: Node, languageId: string): SourceFacts {
  const calls: Call[] = [];
  const assignments: Assignment[] = [];
  const literals: Literal[] = [];
  const scopes = new Scopes(FUNCTION_TYPES);
  const lineage = new Lineage();
  const structure = new StructureCollector(JAVA_STRUCTURE, FUNCTION_TYPES, expressionOf);
  const walk = structure.declaring((node, declarations) => {
    const scope = scopes.enter(node);
    const [parent, grandparent] = lineage.enter(node, 2);
    if (node.type === 'method_invocation') {
      calls.push(invocationCall(node, scope));
    } else {
      if (node.type === 'object_creation_expression') {
        calls.push(creationCall(node, scope));
      }
      declareJava(node, declarations);
    }
    assignments.push(...assignmentsOf(node, scope));
    const literal = literalOf(node, parent, grandparent);
    if (literal) {
      literals.push(literal);
    }
  });
  const facts = collectFacts(root, languageId, JAVA_SYNTAX, walk);
  return { ...facts, calls, assignments, literals, ...structure.facts() };
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
    case 'lambda_expression':
      pushLambdaParameters(declarations, node.childForFieldName('parameters'));
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

/** `s -> ...` and `(a, b) -> ...` name their parameters without types; `(String s) -> ...` is read as a formal parameter. */
function pushLambdaParameters(declarations: Declaration[], parameters: Node | null): void {
  const names = parameters?.type === 'inferred_parameters' ? parameters.namedChildren : [parameters];
  for (const name of names) {
    if (name?.type === 'identifier') {
      declarations.push(declarationAt(name, 'parameter'));
    }
  }
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

/** Interface fields are implicitly `static final`. */
function isConstant(declaration: Node): boolean {
  const modifiers = declaration.namedChildren.find((c) => c?.type === 'modifiers');
  const keywords = new Set(modifiers?.children.map((c) => c?.type));
  return declaration.type === 'constant_declaration' || (keywords.has('static') && keywords.has('final'));
}

function ownerName(node: Node): string | undefined {
  return ancestorOfType(node, OWNER_TYPES)?.childForFieldName('name')?.text;
}

/**
 * A string, boolean or number literal with the name it is given to (`String url = "..."`,
 * `x.insecure = true`, `@Foo(url = "...")`) and the call it is a direct argument of
 * (`MessageDigest.getInstance("MD5")`, `new URL("http://...")`).
 */
function literalOf(node: Node, parent: Node | undefined, grandparent: Node | undefined): Literal | undefined {
  const kind = LITERAL_KINDS.get(node.type);
  if (!kind) {
    return undefined;
  }
  const value = kind === 'string' ? unquote(node.text) : node.text;
  const key = parent ? keyOf(node, parent) : undefined;
  const callee = parent?.type === 'argument_list' ? calleeOf(grandparent) : undefined;
  return { kind, value, range: nodeRange(node), ...(key ? { key } : {}), ...(callee ? { calleePath: callee } : {}) };
}

/** Text blocks keep their lines as written, between the triple quotes. */
function unquote(text: string): string {
  const match = /^"""([\s\S]*)"""$/.exec(text) ?? /^"([\s\S]*)"$/.exec(text);
  return match?.[1] ?? text;
}

function keyOf(node: Node, parent: Node): string | undefined {
  const isField = (field: string): boolean => parent.childForFieldName(field)?.equals(node) === true;
  switch (parent.type) {
    case 'variable_declarator':
    case 'resource':
      return isField('value') ? parent.childForFieldName('name')?.text : undefined;
    case 'element_value_pair':
      return isField('value') ? parent.childForFieldName('key')?.text : undefined;
    case 'assignment_expression': {
      const target = isField('right') ? parent.childForFieldName('left') : null;
      return target ? lastName(target) : undefined;
    }
    default:
      return undefined;
  }
}

/** `this.config.insecure` is given as `insecure`. */
function lastName(target: Node): string {
  return target.type === 'field_access' ? (target.childForFieldName('field')?.text ?? target.text) : (target.text.split('.').pop() ?? target.text);
}

/** The call whose argument list holds the literal. */
function calleeOf(call: Node | undefined): string[] | undefined {
  if (call?.type === 'method_invocation') {
    return invocationCallee(call);
  }
  return call?.type === 'object_creation_expression' ? constructedType(call) : undefined;
}
