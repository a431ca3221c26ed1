/**
 * The data inventory in Markdown: a draft record of processing in the shape of GDPR Art. 30(1);
 * what the code does not record reads "unknown", never a guess.
 */
import type { DataInventory, FilePersonalDataRecord, InventoryEntry, InventoryLocation, InventorySink, SinkKind } from '../inventory/model';
import { capped, code, fileLink, table, text } from './markdownText';

/** How many locations one inventory cell lists before "and N more". */
export const LOCATIONS_PER_CELL = 5;
export const UNKNOWN = 'unknown';

const SINK_LABELS: Readonly<Record<SinkKind, string>> = {
  log: 'log',
  url: 'URL',
  error: 'error message',
  'client-storage': 'client storage',
  'third-party': 'third party',
  storage: 'storage',
  response: 'response',
};

export function renderInventoryMarkdown(inventory: DataInventory): string[] {
  const header = ['Data category', 'Sensitive', 'Declared in', 'Sent to', 'Recipients', 'Purpose', 'Lawful basis', 'Retention'];
  const lines = [
    'Built from the code: purpose, lawful basis and retention come from privacy annotations, and read "unknown" where none records them.',
    '',
    ...table(header, inventory.entries.map(entryRow), 'no personal data found'),
  ];
  if (inventory.records.length > 0) {
    lines.push('', '### Records holding personal data', '', ...inventory.records.map(recordLine));
  }
  return lines;
}

function entryRow(entry: InventoryEntry): string[] {
  return [
    `${text(entry.categoryName)} (${code(entry.category)})`,
    entry.sensitive ? 'yes' : 'no',
    capped(entry.declaredIn.map(locationText), LOCATIONS_PER_CELL) || 'not declared in scanned code',
    capped(entry.sinks.map(sinkText), LOCATIONS_PER_CELL) || 'none found',
    entry.recipients.length > 0 ? entry.recipients.map(text).join(', ') : 'none found',
    knownOrUnknown(entry.purposes),
    knownOrUnknown(entry.lawfulBases),
    knownOrUnknown(entry.retention),
  ];
}

function knownOrUnknown(values: readonly string[]): string {
  return values.length > 0 ? values.map(text).join(', ') : UNKNOWN;
}

function locationText(location: InventoryLocation): string {
  return location.label ? `${fileLink(location.file, location.range)} (${text(location.label)})` : fileLink(location.file, location.range);
}

function sinkText(sink: InventorySink): string {
  const what = sink.recipient ? `${SINK_LABELS[sink.kind]} (${text(sink.recipient)})` : SINK_LABELS[sink.kind];
  return `${what}: ${fileLink(sink.location.file, sink.location.range)}`;
}

function recordLine(record: FilePersonalDataRecord): string {
  const sensitive = record.fields.filter((f) => f.sensitive).length;
  const fields = `${record.fields.length} personal-data field(s)${sensitive > 0 ? `, ${sensitive} sensitive` : ''}`;
  const annotation = record.annotation;
  const recorded = annotation
    ? `purpose: ${knownOrUnknown(annotation.purposes)}; lawful basis: ${annotation.lawfulBasis ? text(annotation.lawfulBasis) : UNKNOWN}; retention: ${annotation.retention ? text(annotation.retention) : UNKNOWN}`
    : 'no privacy annotation (purpose, lawful basis and retention unknown)';
  const problems = annotation && annotation.problems.length > 0 ? `; annotation problems: ${annotation.problems.map(text).join('; ')}` : '';
  return `- ${code(record.name)} at ${fileLink(record.file, record.nameRange)}: ${fields}; ${recorded}${problems}`;
}
