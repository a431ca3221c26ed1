/**
 * Facts from C#: properties and fields of classes, records and structs (EF Core entities are
 * plain classes; their attributes travel with each property), positional record parameters,
 * parameters, locals, invocations, local assignments, literals and comments.
 */
import type { Node } from './syntaxTree';
import type { Assignment, Call, Declaration, Literal, SourceFacts } from '../facts';
import { assignmentsOf, constructedType, expressionOf, invocationCall, invocationCallee, simpleName, typePath } from './csharpFlow';
import { attributesOf, CSHARP_STRUCTURE, FUNCTION_TYPES } from './csharpStructure';
import { Lineage, Scopes } from './ownWalk';
import { StructureCollector } from './structure';
import { ancestorOfType, type ChainSyntax, collectFacts, declarationAt, nodeRange } from './syntax';

/**
 * The shared walk finds comments and declarations; calls and assignments are read in csharpFlow.ts
 * and literals here (callTypes is empty, and there are no flow or literal settings) because C#
 * chains have links ChainSyntax cannot spell: conditional access (`user?.Email`, the name sits in
 * a child `member_binding_expression`) and the null-forgiving `user!.Email`.
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
const LITERAL_KINDS: ReadonlyMap<string, Literal['kind']> = new Map([
  ['string_literal', 'string'],
  ['verbatim_string_literal', 'string'],
  ['raw_string_literal', 'string'],
  ['interpolated_string_expression', 'string'],
  ['boolean_literal', 'boolean'],
  ['integer_literal', 'number'],
  ['real_literal', 'number'],
]);
/** The quotes around each kind of string (`"…"u8`, `@"…"`, `"""…"""`, `$"…"`, `$@"…"`, `$"""…"""`); the last group is what they enclose. */
const STRING_QUOTES: ReadonlyMap<string, RegExp> = new Map([
  ['string_literal', /^"([\s\S]*)"(?:u8)?$/i],
  ['verbatim_string_literal', /^@"([\s\S]*)"(?:u8)?$/i],
  ['raw_string_literal', /^("{3,})([\s\S]*?)\1(?:u8)?$/i],
  ['interpolated_string_expression', /^(?:\$+@?|@\$+)("{3,}|")([\s\S]*?)\1$/],
]);

export function csharpFacts(root: Node, languageId: string): SourceFacts {
  const calls: Call[] = [];
  const assignments: Assignment[] = [];
  const literals: Literal[] = [];
  const scopes = new Scopes(FUNCTION_TYPES);
  const lineage = new Lineage();
  const structure = new StructureCollector(CSHARP_STRUCTURE, FUNCTION_TYPES, expressionOf);
  const walk = structure.declaring((node, declarations) => {
    const scope = scopes.enter(node);
    // Up to the call around an argument: literal → argument → argument_list → invocation.
    const around = lineage.enter(node, 3);
    const creation = creationCall(node, scope, around);
    if (node.type === 'invocation_expression') {
      calls.push(invocationCall(node, scope));
    } else if (creation) {
      calls.push(creation);
    } else {
      declareCsharp(node, declarations);
    }
    assignments.push(...assignmentsOf(node, scope, around));
    const literal = literalOf(node, around);
    if (literal) {
      literals.push(literal);
    }
  });
  const facts = collectFacts(root, languageId, CSHARP_SYNTAX, walk);
  return { ...facts, calls, assignments, literals, ...structure.facts() };
}

/**
 * `new Random()`, `new CookieOptions { Secure = true }`: a call of the constructed type, with its
 * arguments and, last, its object initializer, which sets what an options object would in other
 * languages. `new()` constructs the declared type of the variable or field it initialises; where
 * that is not written (`var`, an argument), it is no call we can name. `around`: the nodes
 * enclosing `node`, nearest first. Undefined for anything but a construction.
 */
function creationCall(node: Node, scope: string, around: readonly Node[]): Call | undefined {
  const isImplicit = node.type === 'implicit_object_creation_expression';
  if (node.type !== 'object_creation_expression' && !isImplicit) {
    return undefined;
  }
  const [declarator, declaration] = around;
  const declared = isImplicit && declarator?.type === 'variable_declarator' ? declaration?.childForFieldName('type') : null;
  const calleePath = isImplicit ? (declared && declared.type !== 'implicit_type' ? typePath(declared) : []) : constructedType(node);
  const list = node.namedChildren.find((c) => c?.type === 'argument_list');
  const initializer = node.namedChildren.find((c) => c?.type === 'initializer_expression');
  const args = (list?.namedChildren ?? []).filter((c): c is Node => c?.type === 'argument');
  return calleePath.length === 0 ? undefined : { calleePath, arguments: [...args, ...(initializer ? [initializer] : [])].map(expressionOf), range: nodeRange(node), scope };
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
    case 'implicit_parameter':
      // A lambda's lone untyped parameter: `x => x.Email`.
      declarations.push(declarationAt(node, 'parameter'));
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

function ownerName(node: Node): string | undefined {
  return ancestorOfType(node, OWNER_TYPES)?.childForFieldName('name')?.text;
}

/**
 * A string, boolean or number literal with the name it is given to (`var url = "..."`,
 * `x.Insecure = true`, `new X { Url = "..." }`, `Get(url: "...")`) and the call it is a direct
 * argument of (`HashAlgorithm.Create("MD5")`, `new Uri("http://...")`).
 */
function literalOf(node: Node, around: readonly Node[]): Literal | undefined {
  const kind = LITERAL_KINDS.get(node.type);
  if (!kind) {
    return undefined;
  }
  const match = STRING_QUOTES.get(node.type)?.exec(node.text);
  const value = kind === 'string' ? (match?.[match.length - 1] ?? node.text) : node.text;
  const { key, calleePath } = placeOf(node, around);
  return { kind, value, range: nodeRange(node), ...(key ? { key } : {}), ...(calleePath ? { calleePath } : {}) };
}

/** The key and call a literal is given to, from the nodes `around` it (nearest first). */
function placeOf(node: Node, around: readonly Node[]): { readonly key?: string; readonly calleePath?: string[] } {
  const [parent, grandparent, greatGrandparent] = around;
  switch (parent?.type) {
    case 'argument':
    case 'attribute_argument':
      return { key: argumentName(parent), calleePath: grandparent?.type === 'argument_list' ? calleeOf(greatGrandparent) : undefined };
    case 'variable_declarator':
      return { key: parent.childForFieldName('name')?.text };
    case 'assignment_expression': {
      const target = parent.childForFieldName('right')?.equals(node) ? parent.childForFieldName('left') : null;
      return { key: target ? lastName(target) : undefined };
    }
    case 'property_declaration':
      return { key: parent.childForFieldName('value')?.equals(node) ? parent.childForFieldName('name')?.text : undefined };
    case 'arrow_expression_clause':
      // `string BaseUrl => "http://..."` gives the property its value.
      return { key: grandparent?.type === 'property_declaration' ? grandparent.childForFieldName('name')?.text : undefined };
    case 'anonymous_object_creation_expression':
      return { key: node.previousSibling?.type === '=' && node.previousNamedSibling?.type === 'identifier' ? node.previousNamedSibling.text : undefined };
    default:
      return {};
  }
}

/** `url: "..."` in a call; `Url = "..."` or `url: "..."` in an attribute, where the grammar gives the name no field. */
function argumentName(argument: Node): string | undefined {
  const named = argument.childForFieldName('name');
  if (named) {
    return named.text;
  }
  const first = argument.namedChild(0);
  const separator = first?.nextSibling?.type;
  return first?.type === 'identifier' && (separator === ':' || separator === '=') ? first.text : undefined;
}

/** `this.Handler.Insecure` is given as `Insecure`. */
function lastName(target: Node): string {
  const name = target.type === 'member_access_expression' ? target.childForFieldName('name') : null;
  return name ? simpleName(name) : (target.text.split('.').pop() ?? target.text);
}

/** The call whose argument list holds the literal. */
function calleeOf(call: Node | undefined): string[] | undefined {
  if (call?.type === 'invocation_expression') {
    return invocationCallee(call);
  }
  return call?.type === 'object_creation_expression' ? constructedType(call) : undefined;
}
