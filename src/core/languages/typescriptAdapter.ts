/**
 * Facts from TypeScript, TSX and JavaScript (the three grammars share node names for what we read).
 */
import type { Node } from './syntaxTree';
import type { Declaration, SourceFacts } from '../facts';
import { annotationsIn, StructureCollector } from './structure';
import { ancestorOfType, type ChainSyntax, collectFacts, declarationAt, expressionOf } from './syntax';
import { DECORATORS, TYPESCRIPT_STRUCTURE } from './typescriptStructure';

const FUNCTION_TYPES = new Set([
  ...['function_declaration', 'function_expression', 'arrow_function', 'method_definition'],
  ...['generator_function_declaration', 'generator_function', 'function'],
]);

export const TYPESCRIPT_SYNTAX: ChainSyntax = {
  commentTypes: new Set(['comment']),
  identifierTypes: new Set(['identifier', 'this', 'shorthand_property_identifier']),
  memberTypes: new Set(['member_expression']),
  memberObjectField: 'object',
  memberPropertyField: 'property',
  subscriptTypes: new Set(['subscript_expression']),
  subscriptObjectField: 'object',
  subscriptIndexField: 'index',
  stringTypes: new Set(['string']),
  callTypes: new Set(['call_expression']),
  callFunctionField: 'function',
  callArgumentsField: 'arguments',
  keyFields: new Map([['pair', 'key']]),
  flow: {
    functionTypes: FUNCTION_TYPES,
    assignmentTypes: new Map([
      ['variable_declarator', { left: 'name', right: 'value' }],
      ['assignment_expression', { left: 'left', right: 'right' }],
    ]),
    objectPatternTypes: new Set(['object_pattern']),
  },
  literals: {
    kinds: new Map([
      ['string', 'string'],
      ['template_string', 'string'],
      ['true', 'boolean'],
      ['false', 'boolean'],
      ['number', 'number'],
    ]),
    keyedParents: new Map([
      ['pair', 'key'],
      ['assignment_expression', 'left'],
      ['variable_declarator', 'name'],
    ]),
    argumentListTypes: new Set(['arguments']),
    constructorCalls: new Map([['new_expression', 'constructor']]),
  },
};

const CLASS_TYPES = new Set(['class_declaration', 'abstract_class_declaration', 'class']);
const TYPE_MEMBER_OWNERS = new Set(['interface_declaration', 'type_alias_declaration', 'property_signature']);
const OBJECT_OWNERS = new Set(['pair', 'variable_declarator', 'assignment_expression', 'public_field_definition']);

export function typescriptFacts(root: Node, languageId: string): SourceFacts {
  const structure = new StructureCollector(TYPESCRIPT_STRUCTURE, FUNCTION_TYPES, (node) => expressionOf(node, TYPESCRIPT_SYNTAX));
  const facts = collectFacts(root, languageId, TYPESCRIPT_SYNTAX, structure.declaring(declareTypescript));
  return { ...facts, ...structure.facts() };
}

function declareTypescript(node: Node, declarations: Declaration[]): void {
  switch (node.type) {
    case 'public_field_definition':
      pushDeclaration(declarations, node.childForFieldName('name'), 'field', ownerName(node, CLASS_TYPES), typeText(node), decorators(node));
      break;
    case 'property_signature':
      pushDeclaration(declarations, node.childForFieldName('name'), 'field', ownerName(node, TYPE_MEMBER_OWNERS), typeText(node));
      break;
    case 'pair':
      if (node.parent?.type === 'object') {
        const schema = schemaObject(node.parent);
        const owner = schema ? schema.owner : ownerName(node, OBJECT_OWNERS);
        pushDeclaration(declarations, node.childForFieldName('key'), schema ? 'field' : 'objectProperty', owner);
      }
      break;
    case 'required_parameter':
    case 'optional_parameter':
      pushParameter(declarations, node);
      break;
    case 'formal_parameters':
    case 'arrow_function':
      pushUntypedParameters(declarations, node);
      break;
    case 'variable_declarator':
      pushDeclaration(declarations, node.childForFieldName('name'), 'variable', undefined, typeText(node));
      break;
  }
}

/** Calls whose object argument declares a model's fields: Mongoose `new Schema({...})`, Sequelize `define('X', {...})` and `X.init({...})`, zod `z.object({...})`. */
const SCHEMA_CALLEES = new Set(['Schema', 'define', 'init', 'model', 'object', 'table']);
const MAX_SCHEMA_NESTING = 8;

/**
 * Whether an object literal is a model schema, and whose: the model name passed as a string
 * (`define('Customer', {...})`), the variable it is assigned to (`const customerSchema = new Schema(...)`),
 * or the object the method is called on (`Customer.init({...})`).
 */
function schemaObject(object: Node, depth = 0): { owner?: string } | undefined {
  // A field defined by an object of its own (`address: { street: String, city: String }`) holds fields too.
  const pair = object.parent?.type === 'pair' ? object.parent : null;
  if (pair?.parent?.type === 'object' && depth < MAX_SCHEMA_NESTING && schemaObject(pair.parent, depth + 1)) {
    const key = pair.childForFieldName('key');
    return key ? { owner: declaredName(key) ?? key.text } : {};
  }
  const args = object.parent?.type === 'arguments' ? object.parent : null;
  // Only the first object argument declares fields: `Customer.init({...fields}, {...options})`.
  if (args && args.namedChildren.find((a) => a?.type === 'object')?.equals(object) !== true) {
    return undefined;
  }
  const call = args?.parent ?? null;
  const callee = call?.childForFieldName(call.type === 'new_expression' ? 'constructor' : 'function');
  const calleeName = callee?.type === 'member_expression' ? callee.childForFieldName('property')?.text : callee?.text;
  if (!call || !calleeName || !SCHEMA_CALLEES.has(calleeName)) {
    return undefined;
  }
  const modelName = call.childForFieldName('arguments')?.namedChildren.find((a) => a?.type === 'string');
  const variable = ancestorOfType(call, new Set(['variable_declarator']))?.childForFieldName('name');
  const receiver = callee?.type === 'member_expression' ? callee.childForFieldName('object')?.text : undefined;
  const owner = modelName ? modelName.text.slice(1, -1) : (variable?.text ?? (receiver && receiver !== 'sequelize' && receiver !== 'z' ? lastName(receiver) : undefined));
  return owner ? { owner } : {};
}

/** A constructor parameter with an accessibility modifier is a field of the class. `@Body() dto: PatientDto` keeps its decorators. */
function pushParameter(declarations: Declaration[], node: Node): void {
  const isPropertyParameter = node.namedChildren.some((c) => c?.type === 'accessibility_modifier' || c?.type === 'override_modifier');
  const owner = isPropertyParameter ? ownerName(node, CLASS_TYPES) : undefined;
  pushDeclaration(declarations, restTarget(node.childForFieldName('pattern')), isPropertyParameter ? 'field' : 'parameter', owner, typeText(node), decorators(node));
}

/**
 * JavaScript's parameters (`function (req, res)`, `(a = 1, ...rest) =>`) and an arrow function's
 * lone `req => ...`: the grammar writes them as plain patterns, without TypeScript's `required_parameter`.
 */
function pushUntypedParameters(declarations: Declaration[], node: Node): void {
  const patterns = node.type === 'arrow_function' ? [node.childForFieldName('parameter')] : node.namedChildren;
  for (const pattern of patterns) {
    const target = pattern?.type === 'assignment_pattern' ? pattern.childForFieldName('left') : restTarget(pattern);
    if (target?.type === 'identifier') {
      pushDeclaration(declarations, target, 'parameter', undefined);
    }
  }
}

/** `...rest` declares `rest`. */
function restTarget(pattern: Node | null | undefined): Node | null {
  return pattern?.type === 'rest_pattern' ? pattern.namedChildren.find((c) => c?.type === 'identifier') ?? null : (pattern ?? null);
}

function pushDeclaration(
  declarations: Declaration[],
  nameNode: Node | null,
  kind: Declaration['kind'],
  owner: string | undefined,
  typeText?: string,
  annotations?: readonly string[],
): void {
  const name = nameNode ? declaredName(nameNode) : undefined;
  if (nameNode && name) {
    declarations.push(declarationAt(nameNode, kind, { name, owner, typeText, annotations }));
  }
}

/** `@IsEmail()`, `@Column({ type: 'text' })`, `@Param('id')`: the decorators of a class field or parameter, as written. */
function decorators(node: Node): string[] {
  return annotationsIn(node, DECORATORS);
}

/** The plain name a name node declares; destructuring patterns and computed keys declare none we can judge. */
function declaredName(node: Node): string | undefined {
  switch (node.type) {
    case 'identifier':
    case 'property_identifier':
    case 'shorthand_property_identifier':
      return node.text;
    case 'private_property_identifier':
      return node.text.replace(/^#/, '');
    case 'string':
      return node.text.slice(1, -1);
    default:
      return undefined;
  }
}

function ownerName(node: Node, ownerTypes: ReadonlySet<string>): string | undefined {
  const owner = ancestorOfType(node, ownerTypes);
  const nameNode = owner?.childForFieldName(owner.type === 'pair' ? 'key' : owner.type === 'assignment_expression' ? 'left' : 'name');
  // A destructuring pattern (`const [contact, setContact] = ...`) names no owner.
  return nameNode && !/^[[{]/.test(nameNode.text) ? lastName(nameNode.text) : undefined;
}

/** `this.patientSchema` owns as `patientSchema`. */
function lastName(text: string): string {
  return text.replace(/^["'`]|["'`]$/g, '').split('.').pop() ?? text;
}

function typeText(node: Node): string | undefined {
  const annotation = node.childForFieldName('type');
  return annotation ? annotation.text.replace(/^\??:\s*/, '') : undefined;
}
