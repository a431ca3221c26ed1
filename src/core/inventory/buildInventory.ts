/**
 * The data inventory: a draft GDPR Art. 30(1) record of processing built from a workspace scan.
 * One entry per data category found, with where it is declared, which sinks and third parties
 * receive it, and the purpose, lawful basis and retention that annotations record for the records
 * holding it. Open (not suppressed) findings only, like the diagnostics. Everything is sorted, so
 * two scans of the same code give the same inventory.
 */
import { comparePositions, type TextRange } from '../model';
import type { FileFinding, WorkspaceScanResult } from '../scan/workspaceScan';
import { categoryLabel } from '../taxonomy/categories';
import { sensitivityOf } from '../taxonomy/sensitivity';
import type { DataInventory, FilePersonalDataRecord, InventoryEntry, InventoryLocation, InventorySink, PrivacyAnnotation, SinkKind } from './model';
import { compareText, FIELD_RULE_IDS } from './records';

/** Where each sink rule's finding sends the data. */
export const SINK_KIND_BY_RULE: Readonly<Record<string, SinkKind>> = {
  'personal-data-in-log': 'log',
  'personal-data-in-url': 'url',
  'personal-data-in-error': 'error',
  'personal-data-in-client-storage': 'client-storage',
  'personal-data-to-third-party': 'third-party',
  'unencrypted-sensitive-storage': 'storage',
  'public-data-store': 'storage',
  'unauthenticated-personal-data-route': 'response',
};

/** One category while the scan is read. */
interface CategoryFacts {
  readonly declaredIn: InventoryLocation[];
  readonly sinks: InventorySink[];
  readonly annotations: PrivacyAnnotation[];
  sensitiveField: boolean;
}

export function buildInventory(result: WorkspaceScanResult): DataInventory {
  const categories = new Map<string, CategoryFacts>();
  const factsOf = (category: string): CategoryFacts => {
    let facts = categories.get(category);
    if (!facts) {
      facts = { declaredIn: [], sinks: [], annotations: [], sensitiveField: false };
      categories.set(category, facts);
    }
    return facts;
  };
  const recordOfField = recordsByField(result.records);
  for (const finding of result.findings) {
    for (const category of finding.dataCategories) {
      if (FIELD_RULE_IDS.includes(finding.ruleId)) {
        const record = recordOfField.get(placeKey(finding.file, finding.range));
        factsOf(category).declaredIn.push({ file: finding.file, range: finding.range, ...(record ? { label: record.name } : {}) });
        factsOf(category).sensitiveField ||= finding.ruleId === 'sensitive-personal-data-field';
      }
      const sink = sinkOf(finding);
      if (sink) {
        factsOf(category).sinks.push(sink);
      }
    }
  }
  for (const record of result.records) {
    for (const field of record.fields) {
      const annotation = field.annotation ?? ownAnnotation(record);
      field.dataCategories.forEach((category) => annotation && factsOf(category).annotations.push(annotation));
    }
  }
  const entries = [...categories.entries()].sort(([a], [b]) => compareText(a, b)).map(([category, facts]) => toEntry(category, facts));
  return { entries, records: result.records };
}

function toEntry(category: string, facts: CategoryFacts): InventoryEntry {
  const sinks = facts.sinks.sort(compareSinks);
  return {
    category,
    // The words the findings use ("email address"), so the inventory and the diagnostics agree.
    categoryName: categoryLabel(category),
    // A category seen only in sinks is judged by the taxonomy; a declared one by its field findings,
    // which know a masked form (`cardLast4`) is no longer the sensitive value.
    sensitive: facts.declaredIn.length > 0 ? facts.sensitiveField : sensitivityOf(category).length > 0,
    declaredIn: facts.declaredIn.sort(compareLocations),
    sinks,
    recipients: distinct(sinks.flatMap((s) => (s.recipient ? [s.recipient] : []))),
    purposes: distinct(facts.annotations.flatMap((a) => a.purposes)),
    lawfulBases: distinct(facts.annotations.flatMap((a) => (a.lawfulBasis ? [a.lawfulBasis] : []))),
    retention: distinct(facts.annotations.flatMap((a) => (a.retention ? [a.retention] : []))),
  };
}

function sinkOf(finding: FileFinding): InventorySink | undefined {
  const kind = SINK_KIND_BY_RULE[finding.ruleId];
  if (!kind) {
    return undefined;
  }
  return {
    kind,
    ...(finding.recipient ? { recipient: finding.recipient } : {}),
    ruleId: finding.ruleId,
    location: { file: finding.file, range: finding.range },
    fingerprint: finding.fingerprint,
  };
}

/** The record's own annotation: not the one it borrowed from a field, which speaks for that field only. */
function ownAnnotation(record: FilePersonalDataRecord): PrivacyAnnotation | undefined {
  const annotation = record.annotation;
  return annotation && !record.fields.some((f) => f.annotation && sameRange(f.annotation.range, annotation.range)) ? annotation : undefined;
}

function recordsByField(records: readonly FilePersonalDataRecord[]): Map<string, FilePersonalDataRecord> {
  return new Map(records.flatMap((record) => record.fields.map((field) => [placeKey(record.file, field.range), record] as const)));
}

function placeKey(file: string, range: TextRange): string {
  return `${file}:${range.start.line}:${range.start.column}`;
}

function sameRange(a: TextRange, b: TextRange): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

function compareLocations(a: InventoryLocation, b: InventoryLocation): number {
  return compareText(a.file, b.file) || comparePositions(a.range.start, b.range.start) || compareText(a.label ?? '', b.label ?? '');
}

function compareSinks(a: InventorySink, b: InventorySink): number {
  return compareLocations(a.location, b.location) || compareText(a.kind, b.kind) || compareText(a.fingerprint, b.fingerprint);
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareText);
}
