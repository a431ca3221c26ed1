/**
 * Facts from Ruby: Rails migration and db/schema.rb columns (`t.string :email` in `create_table`,
 * `add_column`), model attributes (`attr_accessor :email`, `attribute :email, :string`), instance
 * variables set in `initialize`, parameters, locals, calls with or without parentheses, local
 * assignments and literals (rubyChains.ts, rubyFlow.ts).
 */
import type { Node } from './syntaxTree';
import type { Assignment, Call, Declaration, Literal, SourceFacts } from '../facts';
import { Scopes } from './ownWalk';
import { callArguments, calleePath, expressionOf, isInvocation, literalName, type NameAt, PARAMETER_LISTS, withoutSigil } from './rubyChains';
import { assignmentsOf, FUNCTION_TYPES, literalOf } from './rubyFlow';
import { RUBY_STRUCTURE } from './rubyStructure';
import { StructureCollector } from './structure';
import { ancestorOfType, type ChainSyntax, collectFacts, commentsOnlySyntax, nodeRange } from './syntax';

/**
 * Ruby does not fit the shared chain reading (see rubyChains.ts): the shared walk brings comments
 * and declarations; this adapter reads calls, chains, assignments and literals itself.
 */
const RUBY_WALK: ChainSyntax = commentsOnlySyntax(['comment']);

const TYPE_DEFINITIONS = new Set(['class', 'module']);
const BLOCK_TYPES = new Set(['do_block', 'block']);
/** Calls whose block describes one table's columns through its parameter (`|t|`). */
const TABLE_BLOCK_METHODS = new Set(['create_table', 'change_table']);
/** Table-definition methods that do not add a column named by their arguments (`t.index :email` indexes one). */
const NON_COLUMN_METHODS = new Set([
  'index', 'timestamps', 'references', 'belongs_to', 'remove', 'rename', 'remove_index', 'remove_references', 'remove_belongs_to',
  'remove_timestamps', 'change', 'change_default', 'change_null', 'foreign_key', 'check_constraint', 'rename_index',
]);
/**
 * Class-level calls that declare attributes. `encrypts :ssn` and `validates :email` only refer to
 * a column declared in a migration, so they declare nothing (test/corpus/README.md).
 */
const ATTRIBUTE_METHODS = new Set(['attr_accessor', 'attr_reader', 'attr_writer', 'attribute']);

export function rubyFacts(root: Node, languageId: string): SourceFacts {
  const calls: Call[] = [];
  const assignments: Assignment[] = [];
  const literals: Literal[] = [];
  const scopes = new Scopes(FUNCTION_TYPES);
  const structure = new StructureCollector(RUBY_STRUCTURE, FUNCTION_TYPES, expressionOf);
  const walk = structure.declaring((node, declarations) => {
    const scope = scopes.enter(node);
    if (isInvocation(node)) {
      calls.push({ calleePath: calleePath(node), arguments: callArguments(node), range: nodeRange(node), scope });
    }
    assignments.push(...assignmentsOf(node, scope));
    const literal = literalOf(node);
    if (literal) {
      literals.push(literal);
    }
    declareRuby(node, declarations);
  });
  const facts = collectFacts(root, languageId, RUBY_WALK, walk);
  return { ...facts, calls, assignments, literals, ...structure.facts() };
}

function declareRuby(node: Node, declarations: Declaration[]): void {
  if (node.type === 'call') {
    pushCallDeclarations(declarations, node);
  } else if (PARAMETER_LISTS.has(node.type)) {
    pushParameters(declarations, node);
  } else if (node.type === 'assignment') {
    pushAssignment(declarations, node);
  }
}

/** Declarations written as calls: `t.string :email`, `add_column :patients, :email, :string`, `attr_accessor :email`. */
function pushCallDeclarations(declarations: Declaration[], call: Node): void {
  const method = call.childForFieldName('method')?.text ?? '';
  const receiver = call.childForFieldName('receiver');
  const names = positionalNames(call);
  if (!receiver && method === 'add_column') {
    const [table, column, type] = names;
    pushName(declarations, column, 'field', table?.name, type?.name);
  } else if (!receiver && ATTRIBUTE_METHODS.has(method)) {
    const owner = typeOwner(call);
    // `attribute :email, :string` names one attribute and its type; `attr_accessor :email, :phone` names several.
    const attributes = method === 'attribute' ? names.slice(0, 1) : names;
    const type = method === 'attribute' ? names[1]?.name : undefined;
    attributes.forEach((attribute) => pushName(declarations, attribute, 'field', owner, type));
  } else if (isStructDefinition(receiver, method)) {
    names.forEach((member) => pushName(declarations, member, 'field', structOwner(call)));
  } else if (receiver?.type === 'identifier' && !NON_COLUMN_METHODS.has(method)) {
    pushTableColumns(declarations, call, method, receiver.text);
  }
}

/** `Struct.new(:name, :email)` and `Data.define(:name, :email)` declare a value class's members. */
function isStructDefinition(receiver: Node | null, method: string): boolean {
  return (receiver?.text === 'Struct' && method === 'new') || (receiver?.text === 'Data' && method === 'define');
}

/** `Person = Struct.new(...)` and `class Person < Struct.new(...)` both name the struct `Person`. */
function structOwner(call: Node): string | undefined {
  if (call.parent?.type === 'assignment') {
    return call.parent.childForFieldName('left')?.text;
  }
  return call.parent?.type === 'superclass' ? typeOwner(call) : undefined;
}

/** `t.string :first_name, :last_name` in `create_table :patients do |t|` adds two columns to `patients`; `t.column :email, :string` one. */
function pushTableColumns(declarations: Declaration[], call: Node, method: string, tableVariable: string): void {
  const table = tableOfBlock(call, tableVariable);
  if (!table) {
    return;
  }
  const names = positionalNames(call);
  const columns = method === 'column' ? names.slice(0, 1) : names;
  const type = method === 'column' ? names[1]?.name : method;
  columns.forEach((column) => pushName(declarations, column, 'field', table, type));
}

/** The table named by the `create_table`/`change_table` call whose block parameter is `tableVariable`. */
function tableOfBlock(call: Node, tableVariable: string): string | undefined {
  const block = ancestorOfType(call, BLOCK_TYPES);
  const tableCall = block?.parent;
  const parameter = block?.childForFieldName('parameters')?.namedChildren[0];
  if (tableCall?.type !== 'call' || parameter?.text !== tableVariable || !TABLE_BLOCK_METHODS.has(tableCall.childForFieldName('method')?.text ?? '')) {
    return undefined;
  }
  return positionalNames(tableCall)[0]?.name;
}

function pushParameters(declarations: Declaration[], list: Node): void {
  for (const parameter of list.namedChildren) {
    const name = parameter?.type === 'identifier' ? parameter : parameter?.childForFieldName('name');
    if (name?.type === 'identifier') {
      pushName(declarations, { name: name.text, range: nodeRange(name) }, 'parameter');
    }
  }
}

/** `email = ...` declares a local; `@email = email` in `initialize` declares a field of the class. */
function pushAssignment(declarations: Declaration[], assignment: Node): void {
  const left = assignment.childForFieldName('left');
  if (left?.type === 'identifier') {
    pushName(declarations, { name: left.text, range: nodeRange(left) }, 'variable');
  } else if (left?.type === 'instance_variable' && ancestorOfType(assignment, new Set(['method']))?.childForFieldName('name')?.text === 'initialize') {
    pushName(declarations, withoutSigil(left), 'field', typeOwner(assignment));
  }
}


function pushName(declarations: Declaration[], at: NameAt | undefined, kind: Declaration['kind'], owner?: string, typeText?: string): void {
  if (at && /^\w+$/.test(at.name)) {
    declarations.push({ name: at.name, kind, range: at.range, ...(owner ? { owner } : {}), ...(typeText ? { typeText } : {}) });
  }
}

/** The symbols and plain strings a call lists before its options hash: `:patients, "email"` in `add_column :patients, "email", null: false`. */
function positionalNames(call: Node): NameAt[] {
  const names: NameAt[] = [];
  for (const argument of call.childForFieldName('arguments')?.namedChildren ?? []) {
    const name = argument ? literalName(argument) : undefined;
    if (!name) {
      break;
    }
    names.push(name);
  }
  return names;
}



/** `class Admin::Patient` owns as `Patient`. */
function typeOwner(node: Node): string | undefined {
  const name = ancestorOfType(node, TYPE_DEFINITIONS)?.childForFieldName('name');
  return name?.type === 'scope_resolution' ? name.childForFieldName('name')?.text : name?.text;
}
