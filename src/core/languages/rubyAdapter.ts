/**
 * Facts from Ruby: Rails migration and db/schema.rb columns (`t.string :email` in `create_table`,
 * `add_column`), model attributes (`attr_accessor :email`, `attribute :email, :string`), instance
 * variables set in `initialize`, parameters, locals, and calls with or without parentheses.
 */
import type { Node, Tree } from '@vscode/tree-sitter-wasm';
import type { Call, Declaration, Expression, Reference, SourceFacts } from '../facts';
import type { TextRange } from '../model';
import { ancestorOfType, type ChainSyntax, collectFacts, commentsOnlySyntax, nodeRange, sortByPosition } from './syntax';

/**
 * Ruby does not fit the shared chain reading: `user.email` and `logger.info "x"` are both `call`
 * nodes (an attribute read is a method call without arguments), and a call has no single callee
 * node. The shared walk brings comments and declarations; this adapter reads calls and chains itself.
 */
const RUBY_WALK: ChainSyntax = commentsOnlySyntax(['comment']);

const TYPE_DEFINITIONS = new Set(['class', 'module']);
const BLOCK_TYPES = new Set(['do_block', 'block']);
const PARAMETER_LISTS = new Set(['method_parameters', 'block_parameters', 'lambda_parameters']);
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
/** Methods that return their receiver's value in another form: `user.email.downcase` still writes `user.email`. */
const VALUE_METHODS = new Set(['to_s', 'to_str', 'to_json', 'as_json', 'to_h', 'attributes', 'inspect', 'downcase', 'upcase', 'capitalize', 'strip', 'squish', 'titleize', 'presence']);

export function rubyFacts(tree: Tree, languageId: string): SourceFacts {
  const calls: Call[] = [];
  const facts = collectFacts(tree, languageId, RUBY_WALK, (node, declarations) => {
    if (isInvocation(node)) {
      calls.push({ calleePath: calleePath(node), arguments: callArguments(node), range: nodeRange(node) });
    }
    declareRuby(node, declarations);
  });
  return { ...facts, calls };
}

/** A `call` with arguments or a block; one with neither (`user.email`) reads like an attribute. */
function isInvocation(node: Node): boolean {
  return node.type === 'call' && (node.childForFieldName('arguments') !== null || node.childForFieldName('block') !== null);
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

interface NameAt {
  readonly name: string;
  readonly range: TextRange;
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

/** `:email` names `email` (ranged without the colon), `"email"` names `email` (without the quotes). */
function literalName(node: Node): NameAt | undefined {
  if (node.type === 'simple_symbol') {
    return withoutSigil(node);
  }
  const content = node.type === 'string' && node.namedChildCount === 1 ? node.namedChild(0) : null;
  return content?.type === 'string_content' ? { name: content.text, range: nodeRange(content) } : undefined;
}

/** `:email`, `@email` and `@@email` name `email`; the range starts after the sigil (these never span lines). */
function withoutSigil(node: Node): NameAt {
  const name = node.text.replace(/^(:|@@?)/, '');
  const range = nodeRange(node);
  return { name, range: { start: { line: range.start.line, column: range.end.column - name.length }, end: range.end } };
}

/** `class Admin::Patient` owns as `Patient`. */
function typeOwner(node: Node): string | undefined {
  const name = ancestorOfType(node, TYPE_DEFINITIONS)?.childForFieldName('name');
  return name?.type === 'scope_resolution' ? name.childForFieldName('name')?.text : name?.text;
}

/** `Rails.logger.info` is ['Rails','logger','info']; a receiver that is not a plain chain leaves the method name only. */
function calleePath(call: Node): string[] {
  const method = call.childForFieldName('method');
  const receiver = call.childForFieldName('receiver');
  const head = receiver ? chainPath(receiver) : [];
  return method ? [...(head ?? []), method.text] : [];
}

/** The arguments, with or without parentheses; `logger.debug { "..." }` logs what its block returns, so the block counts as one. */
function callArguments(call: Node): Expression[] {
  const list = call.childForFieldName('arguments');
  const block = call.childForFieldName('block');
  const expressions = list ? list.namedChildren : block?.type === 'block' ? [block] : [];
  return expressions
    .filter((argument): argument is Node => argument !== null && argument.type !== 'comment')
    .map((argument) => ({ text: argument.text, range: nodeRange(argument), references: collectReferences(argument) }));
}

/**
 * `user.email` is ['user','email'], `user[:email]` ['user','email'], `@patient.email`
 * ['self','patient','email'], `Rails.logger` ['Rails','logger']; undefined when a link is a call with arguments.
 */
function chainPath(node: Node): string[] | undefined {
  const reversed: string[] = [];
  for (let link: Node | null = node; link; ) {
    const head = chainHead(link);
    if (head) {
      return [...head, ...reversed.reverse()];
    }
    const step: ChainLink | undefined = chainLink(link);
    if (!step) {
      return undefined;
    }
    if (step.name) {
      reversed.push(step.name);
    }
    link = step.object;
  }
  return undefined;
}

function chainHead(node: Node): string[] | undefined {
  switch (node.type) {
    case 'identifier':
    case 'constant':
      return [node.text];
    case 'self':
      return ['self'];
    case 'instance_variable':
    case 'class_variable':
      return ['self', withoutSigil(node).name];
    default:
      return undefined;
  }
}

/** One link of a chain: its name (none for a value method like `downcase`) and the object it is read from. */
interface ChainLink {
  readonly name: string | undefined;
  readonly object: Node;
}

function chainLink(link: Node): ChainLink | undefined {
  if (link.type === 'call' && !isInvocation(link)) {
    const method = link.childForFieldName('method')?.text;
    const receiver = link.childForFieldName('receiver');
    return method && receiver ? { name: VALUE_METHODS.has(method) ? undefined : method, object: receiver } : undefined;
  }
  if (link.type === 'scope_resolution') {
    const scope = link.childForFieldName('scope');
    const name = link.childForFieldName('name')?.text;
    return scope && name ? { name, object: scope } : undefined;
  }
  const [object, index] = link.type === 'element_reference' ? link.namedChildren : [];
  const key = index ? literalName(index)?.name : undefined;
  return object && key ? { name: key, object } : undefined;
}

/** Every outermost chain an expression reads: in strings (`"#{user.email}"`), hashes (values, not keys) and nested calls. */
function collectReferences(expression: Node): Reference[] {
  const references: Reference[] = [];
  const stack: Node[] = [expression];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const path = chainPath(node);
    if (path) {
      references.push({ path, range: nodeRange(node) });
    } else {
      stack.push(...readChildren(node));
    }
  }
  return sortByPosition(references);
}

/** A call reads its receiver and arguments but not its method name; a hash pair its value, not its key; parameters are not read. */
function readChildren(node: Node): Node[] {
  const children =
    node.type === 'call'
      ? [node.childForFieldName('receiver'), node.childForFieldName('arguments'), node.childForFieldName('block')]
      : node.type === 'pair'
        ? [node.childForFieldName('value')]
        : PARAMETER_LISTS.has(node.type)
          ? []
          : node.namedChildren;
  return children.filter((c): c is Node => c !== null && c.type !== 'comment');
}
