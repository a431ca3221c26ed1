/**
 * Collects the facts a schema adapter reads, by offsets into the text, and turns them into
 * SourceFacts. The editor sends text while the user types, so an adapter that meets something it
 * cannot read must still return what it read before: collectSchemaFacts guarantees that.
 */
import type { Call, Comment, Declaration, Literal, SourceFacts } from '../../facts';
import { LineIndex } from './textPositions';

export interface FieldFact {
  readonly name: string;
  /** Offsets of the name only, without quotes: where a diagnostic points. */
  readonly start: number;
  readonly end: number;
  readonly owner?: string;
  readonly typeText?: string;
  readonly annotations?: readonly string[];
}

/** A scalar value and the key it is given to, by offsets (a string's without its quotes). */
export interface LiteralFact {
  readonly kind: Literal['kind'];
  readonly value: string;
  readonly key?: string;
  readonly start: number;
  readonly end: number;
}

/** A statement read as a call (SQL's `GRANT`): each argument's text and the names it refers to, by offsets. */
export interface CallFact {
  readonly calleePath: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly arguments: readonly {
    readonly text: string;
    readonly start: number;
    readonly end: number;
    readonly names: readonly { readonly path: readonly string[]; readonly start: number; readonly end: number }[];
  }[];
}

export class SchemaFactsCollector {
  private readonly fields: FieldFact[] = [];
  private readonly commentSpans: { start: number; end: number }[] = [];
  private readonly literalFacts: LiteralFact[] = [];
  private readonly callFacts: CallFact[] = [];

  constructor(readonly text: string) {}

  field(field: FieldFact): void {
    this.fields.push(field);
  }

  literal(literal: LiteralFact): void {
    this.literalFacts.push(literal);
  }

  call(call: CallFact): void {
    this.callFacts.push(call);
  }

  /** A comment from `start` to `end`, markers included. */
  comment(start: number, end: number): void {
    this.commentSpans.push({ start, end });
  }

  facts(languageId: string): SourceFacts {
    const lines = new LineIndex(this.text);
    const declarations = [...this.fields].sort((a, b) => a.start - b.start).map((f): Declaration => toDeclaration(f, lines));
    const comments = [...this.commentSpans]
      .sort((a, b) => a.start - b.start)
      .map((c): Comment => ({ text: this.text.slice(c.start, c.end), range: lines.range(c.start, c.end) }));
    const calls = this.callFacts.map((c): Call => toCall(c, lines));
    // Only where read: schema files without literals keep the facts they always had.
    const literals = [...this.literalFacts].sort((a, b) => a.start - b.start).map((l): Literal => ({ kind: l.kind, value: l.value, range: lines.range(l.start, l.end), ...(l.key !== undefined ? { key: l.key } : {}) }));
    return { languageId, declarations, calls, comments, ...(literals.length > 0 ? { literals } : {}) };
  }
}

function toCall(call: CallFact, lines: LineIndex): Call {
  return {
    calleePath: call.calleePath,
    range: lines.range(call.start, call.end),
    arguments: call.arguments.map((argument) => ({
      text: argument.text,
      range: lines.range(argument.start, argument.end),
      references: argument.names.map((name) => ({ path: name.path, range: lines.range(name.start, name.end) })),
    })),
  };
}

function toDeclaration(field: FieldFact, lines: LineIndex): Declaration {
  return {
    name: field.name,
    kind: 'field',
    ...(field.owner !== undefined ? { owner: field.owner } : {}),
    ...(field.typeText !== undefined ? { typeText: field.typeText } : {}),
    ...(field.annotations?.length ? { annotations: field.annotations } : {}),
    range: lines.range(field.start, field.end),
  };
}

export function emptyFacts(languageId: string): SourceFacts {
  return { languageId, declarations: [], calls: [], comments: [] };
}

/**
 * Runs a reader over the text and returns what it collected. A reader error on malformed input
 * must not cost the user the findings above the point where reading stopped, nor throw into the editor.
 */
export function collectSchemaFacts(text: string, languageId: string, read: (collector: SchemaFactsCollector) => void): SourceFacts {
  const collector = new SchemaFactsCollector(text);
  try {
    read(collector);
  } catch (error) {
    // Out of stack, the facts read so far are not "above the point where reading stopped" but
    // whatever the recursion reached: say so (the file is listed as skipped) rather than keep them.
    if (error instanceof RangeError) {
      throw new Error(`${languageId} nested too deeply to read (${error.message})`);
    }
    // Else keep the facts read so far: see above.
  }
  return collector.facts(languageId);
}
