/**
 * Which declaration an annotation belongs to. An annotation is on a declaration when it sits in
 * the declaration's leading lines (among its decorators, or at the end of the line with its name)
 * or directly above them, with nothing in between but other comments and decorator lines. A blank
 * line or code in between detaches it, as it would detach a doc comment.
 */
import type { Comment } from '../facts';
import type { PrivacyAnnotation } from './model';

/** A line holding a decorator, annotation or attribute (`@Entity`, `[Table("p")]`, `#[ORM\Entity]`). */
const DECORATOR_LINE = /^\s*(@|\[|#\[)/;

export class AnnotationPlacement {
  /** Comments alone on their lines, by the line they end on: the start line of each. */
  private readonly standaloneStartByEndLine = new Map<number, number>();
  private readonly standaloneAnnotationByEndLine = new Map<number, PrivacyAnnotation>();

  constructor(
    private readonly annotations: readonly PrivacyAnnotation[],
    comments: readonly Comment[],
    private readonly lines: readonly string[],
  ) {
    for (const comment of comments) {
      if (this.isAlone(comment.range)) {
        this.standaloneStartByEndLine.set(comment.range.end.line, comment.range.start.line);
      }
    }
    for (const annotation of annotations) {
      if (this.isAlone(annotation.range)) {
        this.standaloneAnnotationByEndLine.set(annotation.range.end.line, annotation);
      }
    }
  }

  /**
   * The annotation on a declaration whose leading lines run from `firstLine` (its first decorator)
   * to `nameLine`; `taken` is one already given to an enclosing declaration on the same lines.
   */
  on(firstLine: number, nameLine: number, taken?: PrivacyAnnotation): PrivacyAnnotation | undefined {
    const within = this.annotations.find((a) => a !== taken && a.range.start.line >= firstLine && a.range.start.line <= nameLine);
    if (within) {
      return within;
    }
    let line = firstLine - 1;
    while (line >= 0) {
      const above = this.standaloneAnnotationByEndLine.get(line);
      if (above) {
        return above === taken ? undefined : above;
      }
      const commentStart = this.standaloneStartByEndLine.get(line);
      if (commentStart !== undefined) {
        line = commentStart - 1;
      } else if (DECORATOR_LINE.test(this.lines[line] ?? '')) {
        line--;
      } else {
        return undefined;
      }
    }
    return undefined;
  }

  /** Nothing but indentation before the comment on its first line: a trailing comment belongs to its own line's code. */
  private isAlone(range: Comment['range']): boolean {
    return (this.lines[range.start.line] ?? '').slice(0, range.start.column).trim() === '';
  }
}
