/**
 * Facts from PHP: class and trait properties (typed, and promoted constructor parameters),
 * Laravel Eloquent attribute lists (`$fillable`, `$casts`, `$hidden`...), Laravel migration
 * columns (`$table->string('email')` in `Schema::create`), parameters, locals, calls, local
 * assignments and literals (phpChains.ts, phpFlow.ts).
 * Names lose their `$`: `$email` declares and reads `email`.
 */
import type { Node } from './syntaxTree';
import type { Assignment, Call, Declaration, Literal, SourceFacts } from '../facts';
import { Scopes } from './ownWalk';
import { callArguments, calleePath, CALL_TYPES, constructedPath, expressionOf, lastSegment, MEMBER_CALL_TYPES, stringContent } from './phpChains';
import { assignmentsOf, FUNCTION_TYPES, literalOf } from './phpFlow';
import { attributesOf, PHP_STRUCTURE } from './phpStructure';
import { StructureCollector } from './structure';
import { ancestorOfType, type ChainSyntax, collectFacts, commentsOnlySyntax, declarationAt, nodeRange } from './syntax';

/**
 * PHP does not fit the shared chain reading (see phpChains.ts): the shared walk brings comments
 * and declarations; this adapter reads calls, chains, assignments and literals itself.
 */
const PHP_WALK: ChainSyntax = commentsOnlySyntax(['comment']);

/** An anonymous class owns its members too, under no name (else they would go to the class around it). */
const TYPE_DECLARATIONS = new Set(['class_declaration', 'trait_declaration', 'interface_declaration', 'enum_declaration', 'anonymous_class']);
const CLOSURE_TYPES = new Set(['anonymous_function', 'arrow_function']);
/** Eloquent properties that list the model's attributes by name rather than hold data themselves. */
/**
 * `$fillable` declares a model's attributes. `$casts`, `$hidden`, `$visible`, `$appends`, `$dates`
 * and `$guarded` only refer to attributes declared there or in a migration: reporting them again
 * would repeat the same finding (test/corpus/README.md states the convention).
 */
const MODEL_ATTRIBUTE_LISTS = new Set(['fillable']);

/** Eloquent's own configuration properties: settings of the model, not data it holds. */
const ELOQUENT_SETTINGS = new Set(['fillable', 'guarded', 'hidden', 'visible', 'casts', 'dates', 'appends', 'table', 'with', 'withCount', 'primaryKey', 'keyType', 'incrementing', 'timestamps', 'connection', 'perPage', 'touches', 'dateFormat']);
/** Blueprint methods that take a column name but do not add a column. */
const NON_COLUMN_METHODS = new Set(['index', 'unique', 'primary', 'foreign', 'fullText', 'spatialIndex', 'rawIndex', 'comment', 'engine', 'charset', 'collation', 'after']);

export function phpFacts(root: Node, languageId: string): SourceFacts {
  const calls: Call[] = [];
  const assignments: Assignment[] = [];
  const literals: Literal[] = [];
  // An attribute listed twice on one line (`$fillable = ['email']; $hidden = ['email'];`) is declared once there.
  const modelAttributes = new Set<string>();
  const scopes = new Scopes(FUNCTION_TYPES);
  const structure = new StructureCollector(PHP_STRUCTURE, FUNCTION_TYPES, expressionOf);
  const walk = structure.declaring((node, declarations) => {
    const scope = scopes.enter(node);
    // `new Exception("..." . $email)` calls Exception's constructor; `new class {...}` names none.
    const callee = CALL_TYPES.has(node.type) ? calleePath(node) : node.type === 'object_creation_expression' ? constructedPath(node) : undefined;
    if (callee) {
      calls.push({ calleePath: callee, arguments: callArguments(node), range: nodeRange(node), scope });
    }
    assignments.push(...assignmentsOf(node, scope));
    const literal = literalOf(node);
    if (literal) {
      literals.push(literal);
    }
    declarePhp(node, declarations, modelAttributes);
  });
  const facts = collectFacts(root, languageId, PHP_WALK, walk);
  return { ...facts, calls, assignments, literals, ...structure.facts() };
}

function declarePhp(node: Node, declarations: Declaration[], modelAttributes: Set<string>): void {
  switch (node.type) {
    case 'property_element':
      pushProperty(declarations, node);
      break;
    case 'property_promotion_parameter':
      pushVariable(declarations, node.childForFieldName('name'), 'field', typeOwner(node), node.childForFieldName('type')?.text, attributesOf(node));
      break;
    case 'simple_parameter':
    case 'variadic_parameter':
      pushVariable(declarations, node.childForFieldName('name'), 'parameter', undefined, node.childForFieldName('type')?.text, attributesOf(node));
      break;
    case 'assignment_expression':
      pushVariable(declarations, node.childForFieldName('left'), 'variable');
      break;
    case 'array_creation_expression':
      pushModelAttributes(declarations, node, modelAttributes);
      break;
    case 'member_call_expression':
      pushMigrationColumn(declarations, node);
      break;
  }
}

/** `public ?string $email = null;`: a field of the class; `$fillable`, `$casts` and the like configure the model instead. */
function pushProperty(declarations: Declaration[], element: Node): void {
  const variable = element.childForFieldName('name');
  if (variable && !ELOQUENT_SETTINGS.has(variable.text.replace(/^\$/, ''))) {
    // Attributes sit on the whole `property_declaration` (`#[ORM\Column] private string $iban;`).
    const attributes = element.parent ? attributesOf(element.parent) : [];
    pushVariable(declarations, variable, 'field', typeOwner(element), element.parent?.childForFieldName('type')?.text, attributes.length > 0 ? attributes : undefined);
  }
}

/** `$email` declares `email`, ranged on the name without its `$`; `$this->email = ...` declares nothing. `#[CurrentUser] User $user` keeps its attributes. */
function pushVariable(declarations: Declaration[], variable: Node | null, kind: Declaration['kind'], owner?: string, typeText?: string, annotations?: readonly string[]): void {
  const name = variable?.type === 'variable_name' ? variable.namedChildren.find((c) => c?.type === 'name') : undefined;
  if (name && name.text !== 'this') {
    declarations.push(declarationAt(name, kind, { owner, typeText, annotations }));
  }
}

/**
 * Eloquent's `$fillable = ['email']`: each string is a model field.
 */
function pushModelAttributes(declarations: Declaration[], array: Node, modelAttributes: Set<string>): void {
  if (!isModelAttributeList(array)) {
    return;
  }
  const owner = typeOwner(array);
  for (const element of array.namedChildren) {
    const [key, value] = element?.type === 'array_element_initializer' ? element.namedChildren : [];
    const name = key ? stringContent(key) : undefined;
    const attributeOnLine = `${owner ?? ''}.${name?.text ?? ''}@${name?.startPosition.row ?? ''}`;
    if (name && /^\w+$/.test(name.text) && !modelAttributes.has(attributeOnLine)) {
      modelAttributes.add(attributeOnLine);
      // A cast names the attribute's type (`date`, `encrypted`); a list entry has none.
      declarations.push(declaration(name, 'field', owner, value ? stringContent(value)?.text : undefined));
    }
  }
}

function isModelAttributeList(array: Node): boolean {
  const parent = array.parent;
  return parent?.type === 'property_element' && MODEL_ATTRIBUTE_LISTS.has(parent.childForFieldName('name')?.text.replace(/^\$/, '') ?? '');
}

/** `$table->string('email')` in `Schema::create('patients', function (Blueprint $table) {...})`: column `email` of `patients`. */
function pushMigrationColumn(declarations: Declaration[], call: Node): void {
  const object = call.childForFieldName('object');
  const method = call.childForFieldName('name')?.text;
  if (object?.type !== 'variable_name' || !method || NON_COLUMN_METHODS.has(method) || /^(drop|rename)/.test(method)) {
    return;
  }
  const table = migrationTable(call, object.text);
  const column = firstArgument(call);
  const name = column ? stringContent(column) : undefined;
  if (table && name) {
    declarations.push(declaration(name, 'field', table, method));
  }
}

/** The table a Blueprint variable describes, when `call` sits directly in the closure of a `Schema::create` or `Schema::table` call. */
function migrationTable(call: Node, tableVariable: string): string | undefined {
  const closure = ancestorOfType(call, CLOSURE_TYPES);
  const parameter = closure?.childForFieldName('parameters')?.namedChildren[0];
  if (!closure || parameter?.childForFieldName('name')?.text !== tableVariable) {
    return undefined;
  }
  const schemaCall = closure.parent?.parent?.parent; // argument, arguments, call
  const tableName = schemaCall && isSchemaCall(schemaCall) ? firstArgument(schemaCall) : undefined;
  return tableName ? stringContent(tableName)?.text : undefined;
}

/** `Schema::create(...)`, `Schema::table(...)`, `Schema::connection('pg')->create(...)`. */
function isSchemaCall(call: Node): boolean {
  if (!['create', 'table'].includes(call.childForFieldName('name')?.text ?? '')) {
    return false;
  }
  let head: Node | null = call;
  while (head && MEMBER_CALL_TYPES.has(head.type)) {
    head = head.childForFieldName('object');
  }
  return head?.type === 'scoped_call_expression' && lastSegment(head.childForFieldName('scope')?.text ?? '') === 'Schema';
}

/** The value of a call's first argument (the value of a named argument too). */
function firstArgument(call: Node): Node | undefined {
  const argument = call.childForFieldName('arguments')?.namedChildren.find((c) => c?.type === 'argument');
  return argument?.namedChildren[argument.namedChildCount - 1] ?? undefined;
}

function typeOwner(node: Node): string | undefined {
  return ancestorOfType(node, TYPE_DECLARATIONS)?.childForFieldName('name')?.text;
}

function declaration(nameNode: Node, kind: Declaration['kind'], owner?: string, typeText?: string): Declaration {
  return declarationAt(nameNode, kind, { owner, typeText });
}
