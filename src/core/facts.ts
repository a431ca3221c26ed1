/**
 * Language-neutral facts: what every language adapter extracts from a syntax tree and
 * every rule reads. Rules never see syntax trees, so one rule serves every language.
 */
import type { TextRange } from './model';

/** Where a declaration sits; rules treat fields of data structures differently from locals. */
export type DeclarationKind =
  | 'field' // class field, interface/type member, model column, constructor parameter property
  | 'objectProperty' // key of an object literal (schemas written as objects)
  | 'parameter'
  | 'variable';

export interface Declaration {
  readonly name: string;
  readonly kind: DeclarationKind;
  /** Name of the enclosing type, object or schema variable, if any (`Patient`, `patientSchema`). */
  readonly owner?: string;
  /** Declared type as written, if any (`string`, `EmailStr`, `models.EmailField`). */
  readonly typeText?: string;
  /**
   * Decorators, annotations, attributes and tags on the declaration, as written
   * (`@IsEmail()`, `@Email`, `[EmailAddress]`, `[Column("email")]`, `json:"email"`).
   */
  readonly annotations?: readonly string[];
  /** Range of the name only: where a diagnostic should point. */
  readonly range: TextRange;
}

/** A name or member chain read by an expression: `email` is ['email'], `this.patient.email` is ['this','patient','email']. */
export interface Reference {
  readonly path: readonly string[];
  readonly range: TextRange;
  /**
   * Names of the calls the value passes through on its way into the expression, outermost first:
   * in `log(maskEmail(user.email))`'s argument, `user.email` comes through `maskEmail`. Adapters
   * that do not track it leave it out.
   */
  readonly through?: readonly string[];
}

export interface Expression {
  readonly text: string;
  readonly range: TextRange;
  /** Every outermost name or member chain read inside the expression, callees of nested calls excepted. */
  readonly references: readonly Reference[];
}

export interface Call {
  /** `logger.info` is ['logger','info']; a callee that is not a plain chain yields its final name only. */
  readonly calleePath: readonly string[];
  readonly arguments: readonly Expression[];
  readonly range: TextRange;
  /** The enclosing function (an opaque key), for local data flow; absent where the adapter does not track it. */
  readonly scope?: string;
}

/**
 * A local variable given a value: `const e = user.email` (e holds what user.email holds), or a
 * destructured name: `const { email } = user` (email holds user.email). Local data flow reads these.
 */
export interface Assignment {
  readonly name: string;
  /** The references whose data the variable now holds. */
  readonly value: readonly Reference[];
  readonly range: TextRange;
  /** The enclosing function (an opaque key, '' at top level). */
  readonly scope: string;
}

export interface Comment {
  readonly text: string;
  readonly range: TextRange;
}

/**
 * A literal value and where it goes: `false` given to `rejectUnauthorized`, `"http://api..."`
 * passed to `fetch`, `"md5"` passed to `createHash`. Configuration-style rules read these.
 */
export interface Literal {
  readonly kind: 'string' | 'boolean' | 'number';
  /** The value as written, without quotes for strings (`false`, `True`, `0`, `http://api.example.com`). */
  readonly value: string;
  readonly range: TextRange;
  /** The key, keyword or variable it is given to (`rejectUnauthorized`, `verify`, `InsecureSkipVerify`, `NODE_TLS_REJECT_UNAUTHORIZED`). */
  readonly key?: string;
  /** The call it is an argument of (`['crypto', 'createHash']`). */
  readonly calleePath?: readonly string[];
}

/**
 * A function or method, with what decorates it: routes, their guards and what they return are
 * read from these (`@app.get('/p')` + `@login_required`, `[HttpGet]` + `[Authorize]`, `@GetMapping`).
 */
export interface FunctionDeclaration {
  /** '' for an anonymous function (`app.get('/p', (req, res) => ...)`'s handler). */
  readonly name: string;
  /** The key calls and assignments in its body carry as their `scope`. */
  readonly scope: string;
  /** The whole function, its decorators, annotations or attributes included. */
  readonly range: TextRange;
  /** The name, or the start of an anonymous function: where a diagnostic should point. */
  readonly nameRange: TextRange;
  /** Decorators, annotations and attributes as written (`@login_required`, `@PreAuthorize("hasRole('A')")`, `[Authorize]`). */
  readonly annotations: readonly string[];
  /** The enclosing class, module or controller, if any. */
  readonly owner?: string;
  /** Parameters with their types and annotations (FastAPI `Depends(current_user)`, Spring `@AuthenticationPrincipal`). */
  readonly parameters: readonly Declaration[];
  /** What its `return` statements (and an arrow function's expression body) give back. */
  readonly returns: readonly Expression[];
}

/** A class, struct or module, with its annotations and the types it extends or includes. */
export interface TypeDeclaration {
  readonly name: string;
  readonly range: TextRange;
  readonly nameRange: TextRange;
  /** `@RestController`, `[Authorize]`, `@UseGuards(AuthGuard)`. */
  readonly annotations: readonly string[];
  /** Base classes, interfaces, mixins and included modules as written (`ApplicationController`, `LoginRequiredMixin`). */
  readonly superTypes: readonly string[];
}

/** Everything one adapter extracted from one file. */
export interface SourceFacts {
  readonly languageId: string;
  readonly declarations: readonly Declaration[];
  readonly calls: readonly Call[];
  readonly comments: readonly Comment[];
  /** Local assignments, where the adapter tracks data flow (all seven languages; schema formats have none). */
  readonly assignments?: readonly Assignment[];
  /** Literals with their keys and calls, where the adapter reads them (all seven languages; schema formats have none). */
  readonly literals?: readonly Literal[];
  /** Functions and methods, where the adapter reads them (all seven languages; schema formats have none). */
  readonly functions?: readonly FunctionDeclaration[];
  /** Classes, structs and modules, where the adapter reads them. */
  readonly types?: readonly TypeDeclaration[];
}
