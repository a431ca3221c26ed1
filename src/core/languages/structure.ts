/**
 * Functions and types as facts (FunctionDeclaration, TypeDeclaration), the same way for every
 * language: one collector, fed every node of the shared walk in order, and a reading per language
 * (`*Structure.ts`) that says how the language spells a function's name, decorators and owner, a
 * return, and a type's bases. Like Scopes (ownWalk.ts), the collector keeps the functions and
 * types still open as the walk goes, and it takes each node's parent from the walk, so no node
 * asks tree-sitter for its parent (web-tree-sitter searches down from the root for it).
 */
import type { Node } from './syntaxTree';
import type { Declaration, Expression, FunctionDeclaration, TypeDeclaration } from '../facts';
import { comparePositions, type TextRange } from '../model';
import { closeBefore } from './ownWalk';
import { nodeRange, sortByPosition } from './syntax';

/** What a language reading finds on a function node. */
export interface FunctionParts {
  /** '' for an anonymous function. */
  readonly name: string;
  /** Where a diagnostic should point; none: the function's start up to the end of its parameters. */
  readonly nameNode?: Node | null;
  /** Decorators, annotations and attributes as written, in order. */
  readonly annotations?: readonly string[];
  /** Where the function starts when its decorators sit outside its node (Python's `decorated_definition`). */
  readonly rangeStart?: Node;
  /** The enclosing type otherwise: Go's method receiver. */
  readonly owner?: string;
  /** The parameter list: the parameter declarations the adapter makes inside it are the function's. */
  readonly parameters?: Node | null;
  /** An arrow function's or lambda's expression body: what it gives back. */
  readonly expressionBody?: Node | null;
  /** The node whose start is the scope key of the calls in the body, when it is not the function (a Ruby lambda's block). */
  readonly scopeNode?: Node | null;
}

/** What a language reading finds on a class, struct, interface or module node. */
export interface TypeParts {
  /** None: an anonymous type, which still owns its members (under no name). */
  readonly nameNode: Node | null;
  /** The name when it is not the name node's text (`Api::V1` owns as `V1`). */
  readonly name?: string;
  readonly annotations?: readonly string[];
  readonly rangeStart?: Node;
  readonly superTypes?: readonly string[];
}

/** How one language spells functions, returns and types. */
export interface StructureReading {
  /** Return statements. */
  readonly returnTypes: ReadonlySet<string>;
  /** Classes, structs, interfaces, modules. */
  readonly typeTypes: ReadonlySet<string>;
  /** The value a return statement gives back; none for a bare `return`. */
  returnedValue(node: Node): Node | null | undefined;
  /** Undefined: a scope that is no function of its own (a Java static initializer, a C# property). */
  describeFunction(fn: Node, parent: Node | undefined): FunctionParts | undefined;
  /** Undefined: not a type after all (a Go type alias, a named class's body). */
  describeType(node: Node, parent: Node | undefined): TypeParts | undefined;
  /**
   * Containers whose members carry their decorators as preceding siblings rather than children
   * (TypeScript's class body): each is read once, when the walk enters it.
   */
  readonly siblingAnnotations?: { readonly containerTypes: ReadonlySet<string>; readonly annotationTypes: ReadonlySet<string> };
}

/**
 * The usual `return x;`: a `return_statement` whose value is its first named child, comments
 * aside. Readings spread this in where the language spells returns so.
 */
export function returnStatements(commentTypes: ReadonlySet<string> = new Set(['comment'])): Pick<StructureReading, 'returnTypes' | 'returnedValue'> {
  return {
    returnTypes: new Set(['return_statement']),
    returnedValue: (node) => node.namedChildren.find((c) => c !== null && !commentTypes.has(c.type)),
  };
}

/**
 * The parts most grammars spell alike: the `name` and `parameters` fields (none: anonymous, or
 * no list), with what the language reads besides (its annotations, an expression body...).
 */
export function functionParts(fn: Node, details: Omit<FunctionParts, 'name'> = {}): FunctionParts {
  const nameNode = fn.childForFieldName('name');
  return { name: nameNode?.text ?? '', nameNode, parameters: fn.childForFieldName('parameters'), ...details };
}

/** How a language writes decorators, annotations or attributes. */
export interface AnnotationSpelling {
  readonly itemTypes: ReadonlySet<string>;
  /** Lists opened for their items: C#'s `[A, B]` and PHP's `#[A, B]` hold two attributes each. */
  readonly listTypes?: ReadonlySet<string>;
  /** How one item reads alone: C#'s `[A]`, PHP's `#[A]`; unwrapped items are as written. */
  readonly wrap?: (text: string) => string;
}

/**
 * The decorators, annotations or attributes among `holder`'s children, one entry each, in order:
 * `@app.get("/p")`, `@PreAuthorize("...")`, `[Authorize(Roles = "x")]`, `#[Route('/p')]`.
 */
export function annotationsIn(holder: Node | null | undefined, spelling: AnnotationSpelling): string[] {
  const texts: string[] = [];
  // Lists nest at most two deep (PHP: list, group, attribute), so this recursion is shallow.
  for (const child of holder?.namedChildren ?? []) {
    if (child && spelling.itemTypes.has(child.type)) {
      texts.push(spelling.wrap ? spelling.wrap(child.text) : child.text);
    } else if (child && spelling.listTypes?.has(child.type)) {
      texts.push(...annotationsIn(child, spelling));
    }
  }
  return texts;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

interface OpenFunction extends Span {
  /** The scope key of what sits directly in it: its start index, as Scopes (ownWalk.ts) keys it. */
  readonly key: string;
  /** Its parameter list, and the list's range, which holds the declarations of its parameters. */
  readonly parameters?: { readonly node: Node; readonly range: TextRange };
  readonly declaration?: PendingFunction;
}

type PendingFunction = Omit<FunctionDeclaration, 'returns' | 'parameters'> & { readonly parameters: Declaration[] };

/**
 * Collects function and type facts as the shared walk goes. Feed it every node in walk order
 * (depth-first, in document order) through `declaring`, then read `facts()`.
 */
export class StructureCollector {
  private readonly openFunctions: OpenFunction[] = [];
  private readonly openTypes: (Span & { readonly name?: string })[] = [];
  private readonly functions: PendingFunction[] = [];
  private readonly types: TypeDeclaration[] = [];
  private readonly returnsByScope = new Map<string, Expression[]>();
  /** Decorators read off a container for its members, by the member's start index. */
  private readonly siblingAnnotations = new Map<number, Node[]>();

  /**
   * @param functionTypes the node types the adapter keys its calls' scopes by: a function's `scope` must match them.
   * @param expression how the adapter reads an expression (its references).
   */
  constructor(
    private readonly reading: StructureReading,
    private readonly functionTypes: ReadonlySet<string>,
    private readonly expression: (node: Node) => Expression,
  ) {}

  /** The adapter's declare step, feeding this collector each node with the declarations made at it (parameters among them). */
  declaring(declare: (node: Node, declarations: Declaration[]) => void): (node: Node, declarations: Declaration[], parent: Node | undefined) => void {
    return (node, declarations, parent) => {
      const before = declarations.length;
      declare(node, declarations);
      this.enter(node, parent, before < declarations.length ? declarations.slice(before) : []);
    };
  }

  facts(): { functions: FunctionDeclaration[]; types: TypeDeclaration[] } {
    // A list can declare a parameter itself before its items do (C#'s `params string[] rest`), so both are sorted.
    const functions = this.functions.map((f) => ({ ...f, parameters: sortByPosition(f.parameters), returns: sortByPosition(this.returnsByScope.get(f.scope) ?? []) }));
    return { functions, types: this.types };
  }

  private enter(node: Node, parent: Node | undefined, declared: readonly Declaration[]): void {
    // `type` crosses into WASM on every read: it is read once per node, and `endIndex` only for what opens.
    const type = node.type;
    closeBefore(this.openFunctions, node.startIndex);
    closeBefore(this.openTypes, node.startIndex);
    if (this.reading.returnTypes.has(type)) {
      const value = this.reading.returnedValue(node);
      const scope = this.openFunctions.at(-1)?.key;
      if (value && scope !== undefined) {
        this.addReturn(scope, value);
      }
    }
    if (this.functionTypes.has(type)) {
      this.openFunction(node, parent);
    } else if (this.reading.typeTypes.has(type)) {
      this.openType(node, parent);
    } else if (this.reading.siblingAnnotations?.containerTypes.has(type)) {
      this.readSiblingAnnotations(node, this.reading.siblingAnnotations.annotationTypes);
    }
    // After opening: an arrow function declares its lone parameter (`req => ...`) at itself.
    for (const declaration of declared) {
      this.takeParameter(declaration, parent);
    }
  }

  private openFunction(fn: Node, parent: Node | undefined): void {
    const parts = this.reading.describeFunction(fn, parent);
    const key = String(fn.startIndex);
    const list = parts?.parameters;
    const parameters = list ? { node: list, range: nodeRange(list) } : undefined;
    const declaration = parts ? this.functionDeclaration(fn, parts) : undefined;
    this.openFunctions.push({ start: fn.startIndex, end: fn.endIndex, key, ...(parameters ? { parameters } : {}), ...(declaration ? { declaration } : {}) });
    if (declaration) {
      this.functions.push(declaration);
      if (parts?.expressionBody) {
        this.addReturn(declaration.scope, parts.expressionBody);
      }
    }
  }

  /** One FunctionDeclaration from what the reading found; parameters and returns are added as the walk reaches them. */
  private functionDeclaration(fn: Node, parts: FunctionParts): PendingFunction {
    const preceding = this.siblingAnnotations.get(fn.startIndex) ?? [];
    const first = preceding[0] ?? parts.rangeStart;
    const owner = parts.owner ?? this.enclosingOwner();
    return {
      name: parts.name,
      scope: String((parts.scopeNode ?? fn).startIndex),
      range: rangeFrom(first, fn),
      nameRange: parts.nameNode ? nodeRange(parts.nameNode) : anonymousNameRange(fn, parts.parameters),
      annotations: [...preceding.map((d) => d.text), ...(parts.annotations ?? [])],
      ...(owner ? { owner } : {}),
      parameters: [],
    };
  }

  /**
   * The type around what opens now. A function nested in a function belongs where that one does,
   * unless a type is nearer: a lambda in a method is the class's, a Go closure its method's receiver's.
   */
  private enclosingOwner(): string | undefined {
    const type = this.openTypes.at(-1);
    for (let i = this.openFunctions.length - 1; i >= 0; i--) {
      const fn = this.openFunctions[i]!;
      if (type && fn.start < type.start) {
        break;
      }
      if (fn.declaration) {
        return fn.declaration.owner;
      }
    }
    return type?.name;
  }

  private openType(node: Node, parent: Node | undefined): void {
    const parts = this.reading.describeType(node, parent);
    if (!parts) {
      return;
    }
    const name = parts.name ?? parts.nameNode?.text;
    this.openTypes.push({ start: node.startIndex, end: node.endIndex, ...(name ? { name } : {}) });
    if (parts.nameNode && name) {
      this.types.push({
        name,
        range: rangeFrom(parts.rangeStart, node),
        nameRange: nodeRange(parts.nameNode),
        annotations: parts.annotations ?? [],
        superTypes: parts.superTypes ?? [],
      });
    }
  }

  /**
   * Parameters are the adapter's own declarations made inside a function's parameter list: the
   * innermost open function's whose list holds them. A constructor's property parameter
   * (TypeScript `private readonly svc: Service`, PHP promotion) is declared a field of the class;
   * as the constructor's parameter it is a parameter. `parent`: that of the node declaring it.
   */
  private takeParameter(declared: Declaration, parent: Node | undefined): void {
    const fn = this.functionWithParameterAt(declared.range);
    const isListItem = parent !== undefined && fn?.parameters?.node.equals(parent) === true;
    if (fn?.declaration && (declared.kind === 'parameter' || (declared.kind === 'field' && isListItem))) {
      fn.declaration.parameters.push({
        name: declared.name,
        kind: 'parameter',
        range: declared.range,
        ...(declared.typeText ? { typeText: declared.typeText } : {}),
        ...(declared.annotations ? { annotations: declared.annotations } : {}),
      });
    }
  }

  /** The innermost open function whose parameter list holds `range`. */
  private functionWithParameterAt(range: TextRange): OpenFunction | undefined {
    for (let i = this.openFunctions.length - 1; i >= 0; i--) {
      const fn = this.openFunctions[i];
      if (fn?.parameters && contains(fn.parameters.range, range)) {
        return fn;
      }
    }
    return undefined;
  }

  private addReturn(scope: string, value: Node): void {
    const returns = this.returnsByScope.get(scope) ?? [];
    returns.push(this.expression(value));
    this.returnsByScope.set(scope, returns);
  }

  /** `@Get(':id') @UseGuards(AuthGuard) findOne() {...}` in a class body: the decorators before each member are its own. */
  private readSiblingAnnotations(container: Node, annotationTypes: ReadonlySet<string>): void {
    let run: Node[] = [];
    for (const child of container.namedChildren) {
      if (child && annotationTypes.has(child.type)) {
        run.push(child);
      } else if (child && child.type !== 'comment') {
        if (run.length > 0) {
          this.siblingAnnotations.set(child.startIndex, run);
        }
        run = [];
      }
    }
  }
}

function contains(outer: TextRange, inner: TextRange): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

function rangeFrom(first: Node | undefined, node: Node): TextRange {
  const range = nodeRange(node);
  return first && first.startIndex < node.startIndex ? { start: nodeRange(first).start, end: range.end } : range;
}

/** `(req, res) =>`, `func(c *gin.Context)`, `do |user|`: an anonymous function's head, up to the end of its parameters. */
function anonymousNameRange(fn: Node, parameters: Node | null | undefined): TextRange {
  const head = parameters && parameters.endIndex > fn.startIndex ? parameters : fn.child(0);
  return { start: nodeRange(fn).start, end: nodeRange(head ?? fn).end };
}
