/**
 * Fingerprints identify a finding across unrelated edits: they hash the rule, the file, the
 * finding's line with white space folded, and the categories, but not the line number. Identical
 * findings on identical lines in one file are told apart by their order.
 */
import { createHash } from 'crypto';
import type { RawFinding } from './model';

export function fingerprintFindings(findings: readonly RawFinding[], filePath: string, lines: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const snippet = (lines[finding.range.start.line] ?? '').replace(/\s+/g, ' ').trim();
    const key = [finding.ruleId, filePath, snippet, [...finding.dataCategories].sort().join(',')].join('\u0000');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
  });
}
