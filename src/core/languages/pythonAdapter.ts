/**
 * Facts from Python: class attributes (dataclasses, pydantic, Django and SQLAlchemy models),
 * `self.x = ...` attributes, dict keys, parameters, and calls.
 */
import type { Node } from './syntaxTree';
import type { Declaration, SourceFacts } from '../facts';
import { PYTHON_STRUCTURE } from './pythonStructure';
import { StructureCollector } from './structure';
import { ancestorOfType, type ChainSyntax, collectFacts, declarationAt, expressionOf } from './syntax';

const FUNCTION_TYPES = new Set(['function_definition', 'lambda']);

export const PYTHON_SYNTAX: ChainSyntax = {
  commentTypes: new Set(['comment']),
  identifierTypes: new Set(['identifier']),
  memberTypes: new Set(['attribute']),
  memberObjectField: 'object',
  memberPropertyField: 'attribute',
  subscriptTypes: new Set(['subscript']),
  subscriptObjectField: 'value',
  subscriptIndexField: 'subscript',
  stringTypes: new Set(['string']),
  callTypes: new Set(['call']),
  callFunctionField: 'function',
  callArgumentsField: 'arguments',
  keyFields: new Map([
    ['keyword_argument', 'name'],
    ['pair', 'key'],
  ]),
  flow: {
    functionTypes: FUNCTION_TYPES,
    assignmentTypes: new Map([['assignment', { left: 'left', right: 'right' }]]),
  },
  literals: {
    kinds: new Map([
      ['string', 'string'],
      ['true', 'boolean'],
      ['false', 'boolean'],
      ['integer', 'number'],
    ]),
    keyedParents: new Map([
      ['keyword_argument', 'name'],
      ['pair', 'key'],
      ['assignment', 'left'],
    ]),
    argumentListTypes: new Set(['argument_list']),
  },
};

const CLASS_TYPES = new Set(['class_definition']);
const DICT_OWNERS = new Set(['pair', 'assignment', 'keyword_argument']);

export function pythonFacts(root: Node, languageId: string): SourceFacts {
  const structure = new StructureCollector(PYTHON_STRUCTURE, FUNCTION_TYPES, (node) => expressionOf(node, PYTHON_SYNTAX));
  const facts = collectFacts(root, languageId, PYTHON_SYNTAX, structure.declaring(declarePython));
  return { ...facts, ...structure.facts() };
}

function declarePython(node: Node, declarations: Declaration[]): void {
  switch (node.type) {
    case 'assignment':
      pushAssignment(declarations, node);
      break;
    case 'pair':
      pushDictKey(declarations, node);
      break;
    case 'parameters':
    case 'lambda_parameters':
      pushParameters(declarations, node);
      break;
  }
}

/** `email: str` or `email = models.EmailField()` in a class body, `self.email = ...` in a method, or a plain variable. */
function pushAssignment(declarations: Declaration[], node: Node): void {
  const left = node.childForFieldName('left');
  if (!left) {
    return;
  }
  const typeText = node.childForFieldName('type')?.text ?? constructorName(node.childForFieldName('right'));
  const inClassBody = node.parent?.type === 'expression_statement' && node.parent.parent?.parent?.type === 'class_definition';
  if (left.type === 'identifier') {
    if (inClassBody && /^[A-Z][A-Z0-9_]*$/.test(left.text)) {
      return; // a class constant or an enum/choices member (`PHONE = "phone", "Phone"`), not a field
    }
    const owner = inClassBody ? node.parent?.parent?.parent?.childForFieldName('name')?.text : undefined;
    declarations.push(declaration(left, left.text, owner ? 'field' : 'variable', owner, typeText));
  } else if (left.type === 'attribute' && left.childForFieldName('object')?.text === 'self') {
    const attribute = left.childForFieldName('attribute');
    const owner = ancestorOfType(node, CLASS_TYPES)?.childForFieldName('name')?.text;
    if (attribute) {
      declarations.push(declaration(attribute, attribute.text, 'field', owner, typeText));
    }
  }
}

/** A string key of a dict literal: `{"email": ...}`. */
function pushDictKey(declarations: Declaration[], node: Node): void {
  const key = node.childForFieldName('key');
  const name = key?.type === 'string' ? key.namedChildren.find((c) => c?.type === 'string_content')?.text : undefined;
  if (!key || !name) {
    return;
  }
  const ownerNode = ancestorOfType(node, DICT_OWNERS);
  const ownerField = ownerNode?.type === 'pair' ? 'key' : ownerNode?.type === 'keyword_argument' ? 'name' : 'left';
  const owner = ownerNode?.childForFieldName(ownerField)?.text.replace(/^["']|["']$/g, '').split('.').pop();
  declarations.push(declaration(key, name, 'objectProperty', owner));
}

/**
 * `self` and `cls` are the receiver, not data passed in. A default that is a call acts as an
 * annotation: FastAPI's `user: User = Depends(get_current_user)` and `q: str = Query(None)` say
 * where the value comes from, so the call is kept as the parameter's annotation.
 */
function pushParameters(declarations: Declaration[], node: Node): void {
  for (const parameter of node.namedChildren) {
    const nameNode = parameter?.type === 'identifier' ? parameter : parameter?.namedChildren.find((c) => c?.type === 'identifier');
    if (parameter && nameNode && nameNode.text !== 'self' && nameNode.text !== 'cls') {
      const value = parameter.childForFieldName('value');
      const annotations = value?.type === 'call' ? [value.text] : undefined;
      declarations.push(declarationAt(nameNode, 'parameter', { typeText: parameter.childForFieldName('type')?.text, annotations }));
    }
  }
}

/** `models.EmailField(max_length=80)` declares type `models.EmailField`. */
function constructorName(right: Node | null): string | undefined {
  return right?.type === 'call' ? right.childForFieldName('function')?.text : undefined;
}

function declaration(nameNode: Node, name: string, kind: Declaration['kind'], owner?: string, typeText?: string): Declaration {
  return declarationAt(nameNode, kind, { name, owner, typeText });
}
