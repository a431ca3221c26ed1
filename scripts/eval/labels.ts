/**
 * Reads the labels of the evaluation corpus (test/corpus/README.md): `expect: <rule> <category>`
 * and `trap: <why>` in an end-of-line comment, or in a `<file>.labels` sidecar for JSON.
 */
import { promises as fs } from 'fs';
import * as path from 'path';

export interface Expectation {
  readonly ruleId: string;
  readonly category: string;
}

export interface LineLabel {
  /** Relative to the corpus root, `/` separators. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly expectations: readonly Expectation[];
  readonly trap?: string;
}

const LABEL_IN_COMMENT = /(?:\/\/|#|--)\s*((?:expect|trap):.*?)\s*(?:\*\/)?$/;
const SIDECAR_LINE = /^\s*(\d+)\s*:\s*((?:expect|trap):.*)$/;

/** Parses the label text after the comment marker: `expect: r c ; expect: r2 c2` or `trap: why`. */
export function parseLabelText(text: string, where: string): Pick<LineLabel, 'expectations' | 'trap'> {
  if (text.startsWith('trap:')) {
    return { expectations: [], trap: text.slice('trap:'.length).trim() };
  }
  const expectations = text.split(/\s;\s/).map((part) => {
    // The category is optional: protection-gap rules about configuration (`weak-cryptography`) carry none.
    const match = /^expect:\s*([a-z-]+)(?:\s+([a-z0-9_.]+))?\s*$/.exec(part.trim());
    if (!match) {
      throw new Error(`${where}: cannot read label "${part.trim()}"; expected "expect: <rule-id> [<category>]"`);
    }
    return { ruleId: match[1]!, category: match[2] ?? '' };
  });
  return { expectations };
}

export function labelsInSource(file: string, text: string): LineLabel[] {
  const labels: LineLabel[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const match = LABEL_IN_COMMENT.exec(line);
    if (match?.[1]) {
      labels.push({ file, line: index + 1, ...parseLabelText(match[1], `${file}:${index + 1}`) });
    }
  });
  return labels;
}

export function labelsInSidecar(file: string, text: string): LineLabel[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))
    .map((line, index) => {
      const match = SIDECAR_LINE.exec(line);
      if (!match?.[1] || !match[2]) {
        throw new Error(`${file}.labels:${index + 1}: expected "<line>: expect: <rule-id> <category>" or "<line>: trap: <why>"`);
      }
      return { file, line: Number(match[1]), ...parseLabelText(match[2].trim(), `${file}.labels:${index + 1}`) };
    });
}

/** Every label under `root`, merging a line's labels if it is labelled twice. */
export async function readCorpusLabels(root: string): Promise<LineLabel[]> {
  const labels: LineLabel[] = [];
  for (const entry of await fs.readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === 'README.md') {
      continue;
    }
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    const text = await fs.readFile(absolute, 'utf8');
    if (entry.name.endsWith('.labels')) {
      labels.push(...labelsInSidecar(relative.replace(/\.labels$/, ''), text));
    } else if (!entry.name.endsWith('.json')) {
      labels.push(...labelsInSource(relative, text));
    }
  }
  return labels;
}
