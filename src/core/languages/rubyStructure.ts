/**
 * Methods, blocks, lambdas, classes and modules in Ruby (see structure.ts): Rails controllers
 * (`class PatientsController < ApplicationController`, `include Authentication`) and their actions,
 * and Sinatra-style route blocks (`get '/p' do ... end`). Ruby has no decorators: a controller's
 * guards are calls in its body (`before_action :authenticate_user!`), read as calls.
 */
import type { Node } from './syntaxTree';
import { type FunctionParts, functionParts, type StructureReading, type TypeParts } from './structure';

const BLOCK_TYPES = new Set(['block', 'do_block']);
/** Calls in a class or module body that mix a module in. */
const MIXIN_METHODS = new Set(['include', 'extend', 'prepend']);

/**
 * A method gives back its last expression without `return`; only explicit `return`s (and an
 * endless method's body, `def full_name = "#{first} #{last}"`) are read as what it returns, so a
 * method that ends in `render json: @patient` returns nothing here: the call says what it sends.
 */
export const RUBY_STRUCTURE: StructureReading = {
  returnTypes: new Set(['return']),
  typeTypes: new Set(['class', 'module']),
  returnedValue: (node) => {
    const list = node.namedChildren.find((c) => c?.type === 'argument_list');
    return list?.namedChildCount === 1 ? list.namedChild(0) : list;
  },
  describeFunction,
  describeType,
};

function describeFunction(fn: Node, parent: Node | undefined): FunctionParts | undefined {
  const body = fn.childForFieldName('body');
  // `->(a) { a.email }`: the lambda is the function, its block only holds the body (and keys its calls' scope).
  if (BLOCK_TYPES.has(fn.type) && parent?.type === 'lambda') {
    return undefined;
  }
  const isMethod = fn.type === 'method' || fn.type === 'singleton_method';
  return functionParts(fn, {
    expressionBody: isMethod && body && body.type !== 'body_statement' ? body : null,
    ...(fn.type === 'lambda' && body && BLOCK_TYPES.has(body.type) ? { scopeNode: body } : {}),
  });
}

/** `class Admin::PatientsController < ApplicationController` owns as `PatientsController`, and builds on its superclass and mixins. */
function describeType(node: Node): TypeParts {
  const name = node.childForFieldName('name');
  const nameNode = name?.type === 'scope_resolution' ? name.childForFieldName('name') : name;
  const superclass = node.childForFieldName('superclass')?.namedChildren.find((c) => c?.type !== 'comment');
  return { nameNode, superTypes: [...(superclass ? [superclass.text] : []), ...mixins(node.childForFieldName('body'))] };
}

/** `include Authentication`, `include Pundit::Authorization, Auditable`, `extend ActiveSupport::Concern` at the top of the body. */
function mixins(body: Node | null): string[] {
  return (body?.namedChildren ?? []).flatMap((statement) => {
    const method = statement?.type === 'call' && !statement.childForFieldName('receiver') ? statement.childForFieldName('method')?.text : undefined;
    const args = method && MIXIN_METHODS.has(method) ? (statement?.childForFieldName('arguments')?.namedChildren ?? []) : [];
    return args.flatMap((a) => (a && (a.type === 'constant' || a.type === 'scope_resolution') ? [a.text] : []));
  });
}
