/**
 * Facts from Go: struct fields with their tags (`json:"email" db:"email_address"`), parameters,
 * locals (`:=` and `var`), and calls (`log.Printf`, `slog.Info`, `s.logger.Errorw`, `zap.String`).
 */
import type { Node } from './syntaxTree';
import type { Declaration, SourceFacts } from '../facts';
import { GO_STRUCTURE } from './goStructure';
import { StructureCollector } from './structure';
import { type ChainSyntax, collectFacts, expressionOf, nodeRange } from './syntax';

const FUNCTION_TYPES = new Set(['function_declaration', 'method_declaration', 'func_literal']);

export const GO_SYNTAX: ChainSyntax = {
  commentTypes: new Set(['comment']),
  identifierTypes: new Set(['identifier']),
  memberTypes: new Set(['selector_expression']),
  memberObjectField: 'operand',
  memberPropertyField: 'field',
  subscriptTypes: new Set(['index_expression']),
  subscriptObjectField: 'operand',
  subscriptIndexField: 'index',
  stringTypes: new Set(['interpreted_string_literal', 'raw_string_literal']),
  callTypes: new Set(['call_expression']),
  callFunctionField: 'function',
  callArgumentsField: 'arguments',
  // `Customer{Email: e}` and `map[string]string{"email": e}` name their keys; only the values are read.
  keyFields: new Map([['keyed_element', 'key']]),
  flow: {
    functionTypes: FUNCTION_TYPES,
    assignmentTypes: new Map([
      ['short_var_declaration', { left: 'left', right: 'right' }],
      ['assignment_statement', { left: 'left', right: 'right' }],
      ['var_spec', { left: 'name', right: 'value' }],
      ['const_spec', { left: 'name', right: 'value' }],
    ]),
    listTypes: new Set(['expression_list']),
  },
  literals: {
    kinds: new Map([
      ['interpreted_string_literal', 'string'],
      ['raw_string_literal', 'string'],
      ['true', 'boolean'],
      ['false', 'boolean'],
      ['int_literal', 'number'],
    ]),
    wrapperTypes: new Set(['literal_element', 'expression_list']),
    keyedParents: new Map([
      ['keyed_element', 'key'],
      ['assignment_statement', 'left'],
      ['short_var_declaration', 'left'],
      ['var_spec', 'name'],
      // `const apiKey = "..."`, `const feedURL = "http://..."`: a constant names its value like a variable.
      ['const_spec', 'name'],
    ]),
    argumentListTypes: new Set(['argument_list']),
  },
};

export function goFacts(root: Node, languageId: string): SourceFacts {
  const structure = new StructureCollector(GO_STRUCTURE, FUNCTION_TYPES, (node) => expressionOf(node, GO_SYNTAX));
  const facts = collectFacts(root, languageId, GO_SYNTAX, structure.declaring(declareGo));
  return { ...facts, ...structure.facts() };
}

function declareGo(node: Node, declarations: Declaration[]): void {
  switch (node.type) {
    case 'field_declaration':
      pushStructField(declarations, node);
      break;
    case 'parameter_declaration':
    case 'variadic_parameter_declaration':
      pushParameter(declarations, node);
      break;
    case 'short_var_declaration':
      pushShortVariables(declarations, node);
      break;
    case 'var_spec':
      pushNames(declarations, node.childrenForFieldName('name'), 'variable', undefined, declaredType(node));
      break;
  }
}

/** `FirstName, LastName string \`json:"name"\``: one field per name; an embedded struct has no name and declares none. */
function pushStructField(declarations: Declaration[], node: Node): void {
  const tag = node.childForFieldName('tag');
  const annotations = tag ? [tagContent(tag)] : undefined;
  const owner = structOwner(node);
  pushNames(declarations, node.childrenForFieldName('name'), 'field', owner, declaredType(node), annotations);
}

/** The raw tag without its quotes: `json:"email" db:"email_address"`. */
function tagContent(tag: Node): string {
  return tag.text.replace(/^[`"]|[`"]$/g, '');
}

/**
 * The name of the type a field belongs to: `Customer` for `type Customer struct {...}`, and the
 * field's own name for a nested anonymous struct (`Contact struct { Email string }` owns `Email`).
 */
function structOwner(field: Node): string | undefined {
  const struct = field.parent?.parent;
  const holder = struct?.type === 'struct_type' ? struct.parent : undefined;
  if (holder?.type === 'type_spec') {
    return holder.childForFieldName('name')?.text;
  }
  return holder?.type === 'field_declaration' ? holder.childForFieldName('name')?.text : undefined;
}

/** A method receiver (`s *Service`) is Go's `self`: it names no data. */
function pushParameter(declarations: Declaration[], node: Node): void {
  const list = node.parent;
  const receiver = list?.parent?.type === 'method_declaration' ? list.parent.childForFieldName('receiver') : null;
  if (!(list && receiver?.equals(list))) {
    pushNames(declarations, node.childrenForFieldName('name'), 'parameter', undefined, declaredType(node));
  }
}

/** The declared type on one line: an inline `struct {...}` spans several. */
function declaredType(node: Node): string | undefined {
  return node.childForFieldName('type')?.text.replace(/\s+/g, ' ');
}

/** `email, err := lookup(id)`: each new name on the left is a local. */
function pushShortVariables(declarations: Declaration[], node: Node): void {
  const left = node.childForFieldName('left');
  pushNames(declarations, left ? left.namedChildren : [], 'variable');
}

function pushNames(
  declarations: Declaration[],
  names: readonly (Node | null)[],
  kind: Declaration['kind'],
  owner?: string,
  typeText?: string,
  annotations?: readonly string[],
): void {
  for (const name of names) {
    if (name && (name.type === 'identifier' || name.type === 'field_identifier') && name.text !== '_') {
      declarations.push({
        name: name.text,
        kind,
        range: nodeRange(name),
        ...(owner ? { owner } : {}),
        ...(typeText ? { typeText } : {}),
        ...(annotations ? { annotations } : {}),
      });
    }
  }
}
