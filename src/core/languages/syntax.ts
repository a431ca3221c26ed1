/**
 * Small helpers over tree-sitter nodes shared by the language adapters.
 * web-tree-sitter reports rows and columns in UTF-16 code units for JavaScript strings,
 * which is what VS Code positions use too, so ranges need no conversion.
 */
import type { Node } from './syntaxTree';
import type { Assignment, Call, Comment, Declaration, Expression, Literal, Reference, SourceFacts } from '../facts';
import { comparePositions, type TextRange } from '../model';
import { inside, Scopes, type Through, withThrough } from './ownWalk';
import { checkReadDeadline } from './treeSitter';

export function nodeRange(node: Node): TextRange {
  return {
    start: { line: node.startPosition.row, column: node.startPosition.column },
    end: { line: node.endPosition.row, column: node.endPosition.column },
  };
}

/**
 * Visits every node depth-first, in document order, with its parent, using an explicit stack
 * (deeply nested input must not overflow the call stack; web-tree-sitter's `node.parent` searches
 * down from the root, so the parent is handed on rather than asked for).
 */
export function walk(root: Node, visit: (node: Node, parent: Node | undefined) => void): void {
  const stack: Node[] = [root];
  const parents: (Node | undefined)[] = [undefined];
  while (stack.length > 0) {
    checkReadDeadline();
    const node = stack.pop()!;
    visit(node, parents.pop());
    const children = node.namedChildren;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push(children[i]!);
      parents.push(node);
    }
  }
}

/** Nearest ancestor whose type is one of `types`. */
export function ancestorOfType(node: Node, types: ReadonlySet<string>): Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (types.has(current.type)) {
      return current;
    }
  }
  return undefined;
}

/** How one language spells names, member chains, subscripts and calls. */
export interface ChainSyntax {
  /** Node types of comments (`comment`; Java has `line_comment` and `block_comment`). */
  readonly commentTypes: ReadonlySet<string>;
  readonly identifierTypes: ReadonlySet<string>;
  readonly memberTypes: ReadonlySet<string>;
  readonly memberObjectField: string;
  readonly memberPropertyField: string;
  readonly subscriptTypes: ReadonlySet<string>;
  readonly subscriptObjectField: string;
  readonly subscriptIndexField: string;
  readonly stringTypes: ReadonlySet<string>;
  readonly callTypes: ReadonlySet<string>;
  readonly callFunctionField: string;
  readonly callArgumentsField: string;
  /** Node types with a child that names rather than reads (an object key, a keyword argument's name), by field. */
  readonly keyFields: ReadonlyMap<string, string>;
  /** For local data flow: what a function is and how assignments are spelled. Absent: no data flow. */
  readonly flow?: FlowSyntax;
  /** How literals and the keys they are given to are spelled. Absent: no literal facts. */
  readonly literals?: LiteralSyntax;
}

export interface LiteralSyntax {
  readonly kinds: ReadonlyMap<string, Literal['kind']>;
  /** Nodes that only wrap a value or key (Go's `literal_element`). */
  readonly wrapperTypes?: ReadonlySet<string>;
  /** Parents that give a value a key, with the key's field: `pair` (key), `keyword_argument` (name), `assignment` (left). */
  readonly keyedParents: ReadonlyMap<string, string>;
  /** The node holding a call's arguments (`arguments`, `argument_list`). */
  readonly argumentListTypes: ReadonlySet<string>;
  /** Constructor calls and the field of what they construct: `new WebSocket(url)` (`new_expression`: constructor). */
  readonly constructorCalls?: ReadonlyMap<string, string>;
}

export interface FlowSyntax {
  readonly functionTypes: ReadonlySet<string>;
  /** Node types that assign, with the fields of their target and value (`variable_declarator`: name, value). */
  readonly assignmentTypes: ReadonlyMap<string, { readonly left: string; readonly right: string }>;
  /** Destructuring: `{ email, phone: tel } = user` (TypeScript/JavaScript object patterns). */
  readonly objectPatternTypes?: ReadonlySet<string>;
  /** Several targets and values side by side: Go's `e, n := c.Email, c.Name`. */
  readonly listTypes?: ReadonlySet<string>;
}

/**
 * The names a member chain reads: `this.patient.email` is ['this','patient','email'] and
 * `p["email"]` is ['p','email']; undefined when the chain has a non-name link (a call, say).
 */
export function chainPath(node: Node, syntax: ChainSyntax): string[] | undefined {
  // From the outermost link in: a loop, as a chain thousands of links long must not overflow the stack.
  const reversed: string[] = [];
  for (let link: Node | null = node; link; ) {
    const type = link.type;
    if (syntax.identifierTypes.has(type)) {
      reversed.push(link.text);
      return reversed.reverse();
    }
    if (syntax.memberTypes.has(type)) {
      const property = link.childForFieldName(syntax.memberPropertyField);
      if (!property) {
        return undefined;
      }
      reversed.push(property.text);
      link = link.childForFieldName(syntax.memberObjectField);
    } else if (syntax.subscriptTypes.has(type)) {
      const index = link.childForFieldName(syntax.subscriptIndexField);
      const key = index && syntax.stringTypes.has(index.type) ? stringContent(index.text) : undefined;
      if (key === undefined) {
        return undefined;
      }
      reversed.push(key);
      link = link.childForFieldName(syntax.subscriptObjectField);
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** The callee of a call as a path; a callee that is not a plain chain yields its final name only. */
export function calleePath(call: Node, syntax: ChainSyntax): string[] {
  const callee = call.childForFieldName(syntax.callFunctionField);
  if (!callee) {
    return [];
  }
  const path = chainPath(callee, syntax);
  if (path) {
    return path;
  }
  const property = callee.childForFieldName(syntax.memberPropertyField);
  return property ? [property.text] : [];
}

/** What `new X(...)` constructs, by the field that names it: `new https.Agent()` is ['https','Agent']. */
function constructedPath(creation: Node, field: string, syntax: ChainSyntax): string[] {
  const constructed = creation.childForFieldName(field);
  return constructed ? (chainPath(constructed, syntax) ?? [constructed.text]) : [];
}

function stringContent(literal: string): string | undefined {
  const match = /^[a-zA-Z]*('''|"""|['"`])(.*)\1$/s.exec(literal);
  return match?.[2];
}

/**
 * Every outermost name or member chain that `expression` reads. Callees of nested calls are
 * not references (`JSON.stringify(patient)` reads `patient`, not `JSON.stringify`).
 */
export function collectReferences(expression: Node, syntax: ChainSyntax): Reference[] {
  const references: Reference[] = [];
  // The calls a value passes through are shared between nesting levels, not copied at each.
  const stack: { node: Node; through: Through | undefined }[] = [{ node: expression, through: undefined }];
  while (stack.length > 0) {
    checkReadDeadline();
    const { node, through } = stack.pop()!;
    const path = chainPath(node, syntax);
    if (path) {
      references.push(withThrough({ path, range: nodeRange(node) }, through));
      continue;
    }
    const calleeNode = syntax.callTypes.has(node.type) ? node.childForFieldName(syntax.callFunctionField) : null;
    // What a call's arguments hold comes out through the call: `maskEmail(user.email)`.
    const childThrough = calleeNode ? inside(through, calleeName(calleeNode, syntax)) : through;
    const keyField = syntax.keyFields.get(node.type);
    const keyNode = keyField ? node.childForFieldName(keyField) : null;
    for (let i = node.namedChildCount - 1; i >= 0; i--) {
      const child = node.namedChild(i);
      if (child && !(calleeNode && child.equals(calleeNode)) && !(keyNode && child.equals(keyNode))) {
        stack.push({ node: child, through: childThrough });
      }
    }
    if (calleeNode) {
      const getter = getterReference(calleeNode, syntax);
      const calleeObject = calleeNode.childForFieldName(syntax.memberObjectField);
      if (getter) {
        references.push(withThrough(getter, through));
      } else if (calleeObject) {
        // The object a method is called on is still read, through the method: `patient.toString()`, `email.hashCode()`.
        stack.push({ node: calleeObject, through: childThrough });
      }
    }
  }
  return sortByPosition(references);
}

/** The name a call goes by: `maskEmail` for `maskEmail(x)`, `hash` for `crypto.hash(x)`. */
function calleeName(callee: Node, syntax: ChainSyntax): string {
  const path = chainPath(callee, syntax);
  return path?.[path.length - 1] ?? callee.childForFieldName(syntax.memberPropertyField)?.text ?? callee.text;
}

/** `patient.getEmail()` reads `patient.email`: a getter call is a reference to the property it names. */
function getterReference(callee: Node, syntax: ChainSyntax): Reference | undefined {
  const path = syntax.memberTypes.has(callee.type) ? chainPath(callee, syntax) : undefined;
  const last = path?.[path.length - 1];
  const match = last ? /^get_?([A-Za-z].*)$/.exec(last) : null;
  if (!path || !match?.[1]) {
    return undefined;
  }
  const property = match[1].charAt(0).toLowerCase() + match[1].slice(1);
  return { path: [...path.slice(0, -1), property], range: nodeRange(callee) };
}

/** The arguments of a call as expressions with their references. */
export function callArguments(call: Node, syntax: ChainSyntax): Expression[] {
  const list = call.childForFieldName(syntax.callArgumentsField);
  if (!list) {
    return [];
  }
  return list.namedChildren.filter((arg): arg is Node => arg !== null && arg.type !== 'comment').map((arg) => expressionOf(arg, syntax));
}

/** An expression with the references it reads. */
export function expressionOf(node: Node, syntax: ChainSyntax): Expression {
  return { text: node.text, range: nodeRange(node), references: collectReferences(node, syntax) };
}

/**
 * The walk every adapter shares: comments and calls are found the same way in every language
 * (by `syntax`); `declare` adds the language's own declarations for each node. `root` is the
 * tree's root, or one top-level statement of it when an edited document is read a piece at a time.
 */
export function collectFacts(
  root: Node,
  languageId: string,
  syntax: ChainSyntax,
  declare: (node: Node, declarations: Declaration[], parent: Node | undefined) => void,
): SourceFacts {
  const declarations: Declaration[] = [];
  const calls: Call[] = [];
  const comments: Comment[] = [];
  const assignments: Assignment[] = [];
  const literals: Literal[] = [];
  const flow = syntax.flow;
  // Keeps the functions the walk is in, so no node asks tree-sitter for its parents (slow on deep code).
  const scopes = flow ? new Scopes(flow.functionTypes) : undefined;
  walk(root, (node, parent) => {
    // `type` crosses into WASM on every read.
    const type = node.type;
    const scope = scopes?.enter(node, type);
    // `new Cookie(...)` is a call of its constructor too.
    const constructed = syntax.literals?.constructorCalls?.get(type);
    if (syntax.commentTypes.has(type)) {
      comments.push({ text: node.text, range: nodeRange(node) });
    } else if (syntax.callTypes.has(type) || constructed !== undefined) {
      const callee = constructed !== undefined ? constructedPath(node, constructed, syntax) : calleePath(node, syntax);
      calls.push({ calleePath: callee, arguments: callArguments(node, syntax), range: nodeRange(node), ...(scope !== undefined ? { scope } : {}) });
    } else if (syntax.literals?.kinds.has(type)) {
      literals.push(literalOf(node, syntax, syntax.literals));
    }
    if (flow && scope !== undefined && flow.assignmentTypes.has(type)) {
      assignments.push(...assignmentsOf(node, syntax, flow, scope));
    }
    declare(node, declarations, parent);
  });
  return { languageId, declarations, calls, comments, ...(flow ? { assignments } : {}), ...(syntax.literals ? { literals } : {}) };
}

/** A literal with the key it is given to and the call it is passed to, when it has them. */
function literalOf(node: Node, syntax: ChainSyntax, literalSyntax: LiteralSyntax): Literal {
  const kind = literalSyntax.kinds.get(node.type)!;
  const value = kind === 'string' ? (stringContent(node.text) ?? node.text.replace(/^[a-zA-Z]*`|`$/g, '')) : node.text;
  let holder = node;
  while (holder.parent && literalSyntax.wrapperTypes?.has(holder.parent.type)) {
    holder = holder.parent;
  }
  const parent = holder.parent;
  const keyField = parent ? literalSyntax.keyedParents.get(parent.type) : undefined;
  const keyNode = keyField ? parent?.childForFieldName(keyField) : null;
  const key = keyNode && !keyNode.equals(holder) ? (keyNode.text.split('.').pop() ?? keyNode.text).replace(/^["']|["']$/g, '') : undefined;
  const call = parent && literalSyntax.argumentListTypes.has(parent.type) ? parent.parent : null;
  const constructed = call ? literalSyntax.constructorCalls?.get(call.type) : undefined;
  const callee = call && syntax.callTypes.has(call.type) ? calleePath(call, syntax) : call && constructed ? constructedPath(call, constructed, syntax) : undefined;
  return { kind, value, range: nodeRange(node), ...(key ? { key } : {}), ...(callee ? { calleePath: callee } : {}) };
}

/** `scope`: the enclosing function's key (where it starts, unique in one file; see Scopes). */
function assignmentsOf(node: Node, syntax: ChainSyntax, flow: FlowSyntax, scope: string): Assignment[] {
  const fields = flow.assignmentTypes.get(node.type)!;
  const left = node.childForFieldName(fields.left);
  const right = node.childForFieldName(fields.right);
  if (!left || !right) {
    return [];
  }
  const lefts = flow.listTypes?.has(left.type) ? left.namedChildren : [left];
  const rights = flow.listTypes?.has(right.type) ? right.namedChildren : [right];
  // `user, err := repo.Find(id)`: which value lands in which name is not known, so none is assumed.
  if (lefts.length !== rights.length && lefts.length !== 1) {
    return [];
  }
  return lefts.flatMap((target, i) => {
    const value = lefts.length === rights.length ? rights[i] : right;
    return target && value ? assignTarget(target, value, scope, syntax, flow) : [];
  });
}

/** `e = <value>` holds the value's references; `{ email, phone: tel } = user` holds user.email and user.phone. */
function assignTarget(target: Node, value: Node, scope: string, syntax: ChainSyntax, flow: FlowSyntax): Assignment[] {
  // A member target (`ssl._create_default_https_context = ...`) is recorded under its full name:
  // no variable read matches it, but rules can see what was put there.
  if (syntax.identifierTypes.has(target.type) || syntax.memberTypes.has(target.type)) {
    return [{ name: target.text, value: collectReferences(value, syntax), range: nodeRange(target), scope }];
  }
  const source = chainPath(value, syntax);
  if (!flow.objectPatternTypes?.has(target.type) || !source) {
    return [];
  }
  return target.namedChildren.flatMap((part): Assignment[] => {
    const key = part?.type === 'pair_pattern' ? part.childForFieldName('key') : part;
    const local = part?.type === 'pair_pattern' ? part.childForFieldName('value') : part;
    if (!key || !local || !/identifier/.test(local.type)) {
      return [];
    }
    return [{ name: local.text, value: [{ path: [...source, key.text], range: nodeRange(key) }], range: nodeRange(local), scope }];
  });
}

/** Sorts facts by where they start, in place, and returns them. */
export function sortByPosition<T extends { readonly range: TextRange }>(items: T[]): T[] {
  return items.sort((a, b) => comparePositions(a.range.start, b.range.start));
}

/**
 * For adapters that read calls and member chains themselves (Java, C#, PHP, Ruby): the shared
 * walk then collects only comments and leaves declarations and calls to the adapter.
 */
export function commentsOnlySyntax(commentTypes: readonly string[]): ChainSyntax {
  return {
    commentTypes: new Set(commentTypes),
    identifierTypes: new Set(),
    memberTypes: new Set(),
    memberObjectField: '',
    memberPropertyField: '',
    subscriptTypes: new Set(),
    subscriptObjectField: '',
    subscriptIndexField: '',
    stringTypes: new Set(),
    callTypes: new Set(),
    callFunctionField: '',
    callArgumentsField: '',
    keyFields: new Map(),
  };
}

/** A declaration ranged on its name node, leaving out the details it does not have. */
export function declarationAt(
  nameNode: Node,
  kind: Declaration['kind'],
  details: { readonly name?: string; readonly owner?: string; readonly typeText?: string; readonly annotations?: readonly string[] } = {},
): Declaration {
  const { name = nameNode.text, owner, typeText, annotations } = details;
  return {
    name,
    kind,
    range: nodeRange(nameNode),
    ...(owner ? { owner } : {}),
    ...(typeText ? { typeText } : {}),
    ...(annotations && annotations.length > 0 ? { annotations } : {}),
  };
}
