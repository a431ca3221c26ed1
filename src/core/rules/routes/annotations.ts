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
  return written.flatMap((text) => splitTopLevel(text.trim().replace(/^@/, '').replace(/^\[(.*)\]$/s, '$1'))).flatMap((piece) => {
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

/** Splits a C# attribute list on the commas that are not inside brackets or strings. */
function splitTopLevel(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      quote = ch === quote && text[i - 1] !== '\\' ? undefined : quote;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if ('([{'.includes(ch)) {
      depth++;
    } else if (')]}'.includes(ch)) {
      depth--;
    } else if (ch === ',' && depth === 0) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return [...pieces, text.slice(start)];
}
