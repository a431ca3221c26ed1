/**
 * Privacy annotations: a comment on or directly above a declaration that records why the data is
 * held, on what lawful basis and for how long (docs/privacy-annotations.md):
 *   // @privacy purpose=essential.service.authentication,marketing.communications.email basis=contract retention="2 years after account closure"
 * Reading is tolerant: whatever cannot be read becomes a problem line, never an exception, so a
 * half-typed annotation still records what it can.
 */
import type { Comment } from '../facts';
import { DATA_USES, dataUse } from '../taxonomy/dataUses';
import type { PrivacyAnnotation } from './model';

export const ANNOTATION_TAG = '@privacy';

/** The lawful bases of GDPR Art. 6(1)(a)-(f) (legal-mapping.md section 2, row 1), by the key an annotation writes. */
export const LAWFUL_BASES = [
  { key: 'consent', provision: 'GDPR Art. 6(1)(a)', label: 'Consent' },
  { key: 'contract', provision: 'GDPR Art. 6(1)(b)', label: 'Performance of a contract' },
  { key: 'legal-obligation', provision: 'GDPR Art. 6(1)(c)', label: 'Legal obligation' },
  { key: 'vital-interests', provision: 'GDPR Art. 6(1)(d)', label: 'Vital interests' },
  { key: 'public-task', provision: 'GDPR Art. 6(1)(e)', label: 'Public task' },
  { key: 'legitimate-interests', provision: 'GDPR Art. 6(1)(f)', label: 'Legitimate interests' },
] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number]['key'];

const BASIS_KEYS: readonly string[] = LAWFUL_BASES.map((b) => b.key);

/** What the template leaves for the developer to fill in; read back as "not recorded yet". */
const PLACEHOLDERS = { purpose: '<data-use>', basis: '<lawful-basis>', retention: '<retention period>' } as const;
type AnnotationKey = keyof typeof PLACEHOLDERS;
const KEYS = Object.keys(PLACEHOLDERS) as AnnotationKey[];

/** `@privacy` as a word of its own (not `@privacy-lens`, not `user@privacy.example`), and the rest of its line. */
const TAG = /(?:^|[\s/*#;!-])@privacy(?![\w.@-])(.*)$/m;
/** `key=value`, `key="quoted value"` or `key='quoted value'`. */
const PAIR = /^([A-Za-z][\w-]*)=(?:"([^"]*)("?)|'([^']*)('?)|(\S*))/;

/**
 * Writes a ready-to-edit annotation line in the language's line-comment syntax, indented like the
 * declaration it goes above. No line break is added: insert it at the start of the declaration's
 * line followed by the document's own line break.
 * @throws Error when the language has no line comment (JSON), as no annotation can be written there.
 */
export function annotationTemplate(lineComment: string, indentation: string): string {
  if (lineComment.trim() === '') {
    throw new Error('annotationTemplate: this language has no line comment, so no privacy annotation can be written in it');
  }
  return `${indentation}${lineComment} ${ANNOTATION_TAG} purpose=${PLACEHOLDERS.purpose} basis=${PLACEHOLDERS.basis} retention="${PLACEHOLDERS.retention}"`;
}

/** Every annotation among the comments, in their order. */
export function parseAnnotations(comments: readonly Comment[]): PrivacyAnnotation[] {
  return comments.flatMap((comment) => {
    const annotation = parseAnnotation(comment);
    return annotation ? [annotation] : [];
  });
}

/** The annotation in one comment, or undefined when the comment has no `@privacy` tag. */
export function parseAnnotation(comment: Comment): PrivacyAnnotation | undefined {
  const match = TAG.exec(comment.text);
  if (!match) {
    return undefined;
  }
  const reading = new AnnotationReading();
  reading.readPairs(stripCommentEnd(match[1] ?? ''));
  return reading.result(comment.range);
}

/** The annotation's text without the `*\/` or `-->` that closes a one-line block comment. */
function stripCommentEnd(text: string): string {
  return text.replace(/\s*(\*\/|-->)\s*$/, '').trim();
}

class AnnotationReading {
  private readonly purposes: string[] = [];
  private lawfulBasis?: string;
  private retention?: string;
  private readonly problems: string[] = [];
  private readonly seen = new Set<string>();

  readPairs(text: string): void {
    let rest = text;
    if (rest === '') {
      this.problems.push(`${ANNOTATION_TAG} records nothing yet: add purpose=, basis= and retention=`);
    }
    while (rest !== '') {
      const pair = PAIR.exec(rest);
      if (!pair) {
        const word = /^\S+/.exec(rest)?.[0] ?? rest;
        this.problems.push(`could not read "${word}": expected key=value, such as purpose=essential.service`);
        rest = rest.slice(word.length).trimStart();
        continue;
      }
      const [whole, key = '', doubleQuoted, doubleClosed, singleQuoted, singleClosed, bare] = pair;
      if ((doubleQuoted !== undefined && doubleClosed === '') || (singleQuoted !== undefined && singleClosed === '')) {
        this.problems.push(`${key}: the closing quote is missing`);
      }
      this.readPair(key, (doubleQuoted ?? singleQuoted ?? bare ?? '').trim());
      rest = rest.slice(whole.length).trimStart();
    }
  }

  result(range: Comment['range']): PrivacyAnnotation {
    return {
      purposes: this.purposes,
      ...(this.lawfulBasis !== undefined ? { lawfulBasis: this.lawfulBasis } : {}),
      ...(this.retention !== undefined ? { retention: this.retention } : {}),
      range,
      problems: this.problems,
    };
  }

  private readPair(key: string, value: string): void {
    if (!isAnnotationKey(key)) {
      this.problems.push(`unknown key "${key}": expected ${KEYS.join(', ')}`);
      return;
    }
    if (this.seen.has(key)) {
      this.problems.push(`${key} is given more than once: the first is used`);
      return;
    }
    this.seen.add(key);
    if (value === PLACEHOLDERS[key] || /^<.*>$/.test(value)) {
      this.problems.push(`${key} not recorded yet: ${HOW_TO_RECORD[key]}`);
    } else if (value === '') {
      this.problems.push(`${key} is empty: ${HOW_TO_RECORD[key]}`);
    } else if (key === 'purpose') {
      this.readPurposes(value);
    } else if (key === 'basis') {
      this.readBasis(value);
    } else {
      this.retention = value;
    }
  }

  private readPurposes(value: string): void {
    for (const purpose of value.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
      if (dataUse(purpose)) {
        this.purposes.push(purpose);
      } else {
        this.problems.push(`unknown data use "${purpose}" in purpose${suggestionFor(purpose)}: purposes are fideslang data-use keys`);
      }
    }
  }

  private readBasis(value: string): void {
    if (BASIS_KEYS.includes(value)) {
      this.lawfulBasis = value;
    } else {
      this.problems.push(`unknown lawful basis "${value}": expected one of ${BASIS_KEYS.join(', ')} (GDPR Art. 6(1)(a)-(f))`);
    }
  }
}

const HOW_TO_RECORD: Readonly<Record<AnnotationKey, string>> = {
  purpose: 'name fideslang data uses, such as essential.service.authentication',
  basis: `name one of ${BASIS_KEYS.join(', ')}`,
  retention: 'say how long the data is kept, such as retention="2 years after account closure"',
};

function isAnnotationKey(key: string): key is AnnotationKey {
  return (KEYS as readonly string[]).includes(key);
}

/** " (did you mean essential.service.authentication?)" when a data use ends with what was written. */
function suggestionFor(purpose: string): string {
  const lower = purpose.toLowerCase();
  const candidates = DATA_USES.filter((use) => use.key === lower || use.key.endsWith(`.${lower}`) || use.name.toLowerCase() === lower);
  return candidates.length > 0 ? ` (did you mean ${candidates.map((c) => c.key).join(' or ')}?)` : '';
}
