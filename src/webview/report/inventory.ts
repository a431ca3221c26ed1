/**
 * The data inventory as a draft record of processing in the shape of GDPR Art. 30(1): per data
 * category, where it is declared, where it goes and to whom, and the purpose, lawful basis and
 * retention the code's privacy annotations record, "unknown" where they say nothing. Then the
 * records (types, models, tables) that hold personal data, with their annotation.
 */
import type { FilePersonalDataRecord, InventoryEntry } from '../../core/inventory/model';
import type { RenderContext } from './context';
import { h, section, table, unknown, type Child } from './dom';
import { SINK_LABELS } from './format';
import { locationElement } from './location';

export function inventorySection(context: RenderContext): HTMLElement {
  const { entries, records } = context.report.inventory;
  return section(
    'inventory',
    'Data inventory',
    h('p', { className: 'section-intro' }, 'A draft record of processing in the shape of GDPR Art. 30(1), built from the code: purpose, lawful basis and retention come from privacy annotations and are unknown where none is recorded.'),
    entries.length === 0
      ? h('p', { className: 'empty' }, 'No personal data found.')
      : table(
          'inventory',
          'Categories of personal data',
          ['Data category', 'Declared in', 'Stored or sent to', 'Recipients', 'Purpose', 'Lawful basis', 'Retention'],
          entries.map((entry) => entryRow(context, entry)),
        ),
    records.length === 0
      ? undefined
      : table(
          'records',
          'Records holding personal data',
          ['Record', 'Where', 'Personal-data fields', 'Purpose', 'Lawful basis', 'Retention'],
          records.map((record) => recordRow(context, record)),
        ),
  );
}

function entryRow(context: RenderContext, entry: InventoryEntry): Child[] {
  return [
    h('span', { className: 'category', data: { category: entry.category } }, h('strong', {}, entry.categoryName), ' ', h('code', {}, entry.category), entry.sensitive ? h('span', { className: 'sensitive' }, ' sensitive') : ''),
    list(entry.declaredIn.map((place) => locationElement(context, place.file, place.range.start, place.label))),
    list(entry.sinks.map((sink) => h('span', {}, `${SINK_LABELS[sink.kind]}${sink.recipient ? ` (${sink.recipient})` : ''}: `, locationElement(context, sink.location.file, sink.location.range.start)))),
    entry.recipients.length === 0 ? h('span', { className: 'none' }, 'none found') : h('span', {}, entry.recipients.join('; ')),
    orUnknown(entry.purposes),
    orUnknown(entry.lawfulBases),
    orUnknown(entry.retention),
  ];
}

function recordRow(context: RenderContext, record: FilePersonalDataRecord): Child[] {
  const sensitive = record.fields.filter((field) => field.sensitive).length;
  const annotation = record.annotation;
  return [
    h('strong', {}, record.name),
    locationElement(context, record.file, record.nameRange.start),
    h('span', {}, `${record.fields.length} (${sensitive} sensitive): `, record.fields.map((field) => field.name).join(', ')),
    orUnknown(annotation?.purposes ?? []),
    orUnknown(annotation?.lawfulBasis ? [annotation.lawfulBasis] : []),
    h('span', {}, orUnknown(annotation?.retention ? [annotation.retention] : []), ...(annotation?.problems ?? []).map((problem) => h('span', { className: 'annotation-problem' }, ` ${problem}`))),
  ];
}

/** What annotations record, or "unknown": unlike a sink, a purpose is never "none". */
function orUnknown(values: readonly string[]): HTMLElement {
  return values.length === 0 ? unknown() : h('span', {}, values.join('; '));
}

function list(items: readonly HTMLElement[]): HTMLElement {
  return items.length === 0 ? h('span', { className: 'none' }, 'none found') : h('ul', { className: 'compact' }, ...items.map((item) => h('li', {}, item)));
}
