/**
 * Decorators, annotations and attributes as written, read into name and arguments:
 * `@app.route('/u', methods=['GET'])`, `@GetMapping("/{id}")`, `[HttpGet("{id}")]`,
 * `[HttpGet, Authorize]` (one C# attribute list, two attributes).
 */

export interface Annotation {
  /** `app.route`, `GetMapping`, `HttpGet`, `login_required`. */
  readonly name: string;
  /** The arguments as written, without the parentheses ('' when there are none). */
  readonly argumentsText: string;
  /** The first string argument: the route path of a route annotation. */
  readonly firstString?: string;
}

export function parseAnnotations(written: readonly string[]): Annotation[] {
  return written.flatMap((text) => splitTopLevel(withoutLineComments(text).trim().replace(/^@/, '').replace(/^\[(.*)\]$/s, '$1'))).flatMap((piece) => {
    const match = /^([A-Za-z_][\w.:]*)\s*(?:\((.*)\))?\s*$/s.exec(piece.trim());
    if (!match?.[1]) {
      return [];
    }
    const argumentsText = match[2] ?? '';
    const firstString = /^\s*(?:\w+\s*=\s*)?(["'])(.*?)\1/s.exec(argumentsText)?.[2];
    return [{ name: match[1], argumentsText, ...(firstString !== undefined ? { firstString } : {}) }];
  });
}

/** The last segment of an annotation's name: `app.route` is `route`, `Microsoft.AspNetCore.Authorization.Authorize` is `Authorize`. */
export function shortName(annotation: Annotation): string {
  return annotation.name.split(/[.:]+/).pop() ?? annotation.name;
}

/**
 * An annotation as written may carry the comments on its lines (`@app.get("/p")  # public`): they
 * are not part of it, and a comment that says "guarded by @login_required" is not a guard. A
 * comment starts at `#` (not PHP's `#[`) or `//` after a space, outside strings.
 */
export function withoutLineComments(text: string): string {
  let kept = '';
  let from = 0;
  forEachOutsideStrings(text, (i) => {
    const ch = text[i]!;
    if (i === 0 || !/\s/.test(text[i - 1]!) || !((ch === '#' && text[i + 1] !== '[') || text.startsWith('//', i))) {
      return undefined;
    }
    const end = text.indexOf('\n', i);
    kept += text.slice(from, i);
    from = end < 0 ? text.length : end;
    return from - 1;
  });
  return kept + text.slice(from);
}

/** Splits a C# attribute list on the commas that are not inside brackets or strings. */
function splitTopLevel(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  forEachOutsideStrings(text, (i) => {
    const ch = text[i]!;
    if ('([{'.includes(ch)) {
      depth++;
    } else if (')]}'.includes(ch)) {
      depth--;
    } else if (ch === ',' && depth === 0) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    }
    return undefined;
  });
  return [...pieces, text.slice(start)];
}

/** Visits the index of every character outside string literals; `visit` may return the index to go on after. */
function forEachOutsideStrings(text: string, visit: (index: number) => number | undefined): void {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      quote = ch === quote && text[i - 1] !== '\\' ? undefined : quote;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else {
      i = visit(i) ?? i;
    }
  }
}
