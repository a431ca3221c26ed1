/**
 * Personal-data records: the types, classes, models, schemas and tables that hold personal-data
 * fields, built from the facts and the file's field findings. They are what a CodeLens sits above
 * and the rows of the data inventory's "where declared". A field counts when personal-data-field
 * or sensitive-personal-data-field reported it (not suppressed), so a record agrees with the
 * diagnostics the developer sees.
 */
import type { Declaration, SourceFacts, TypeDeclaration } from '../facts';
import { comparePositions, type Finding, type TextRange } from '../model';
import { AnnotationPlacement } from './annotationPlacement';
import { parseAnnotations } from './annotations';
import type { PersonalDataRecord, PrivacyAnnotation, RecordField } from './model';

export const FIELD_RULE_IDS: readonly string[] = ['personal-data-field', 'sensitive-personal-data-field'];
const SENSITIVE_FIELD_RULE_ID = 'sensitive-personal-data-field';

interface ClassifiedField {
  readonly declaration: Declaration;
  readonly categories: ReadonlySet<string>;
  readonly sensitive: boolean;
}

/** Fields of one record before it is placed: the type they are in, or where their owner is named. */
interface FieldGroup {
  readonly name: string;
  readonly type?: TypeDeclaration;
  readonly nameRange: TextRange;
  readonly fields: ClassifiedField[];
}

/** The records in one file, in source order. `lines` is the file's text split into lines. */
export function buildRecords(facts: SourceFacts, findings: readonly Finding[], lines: readonly string[]): PersonalDataRecord[] {
  const placement = new AnnotationPlacement(parseAnnotations(facts.comments), facts.comments, lines);
  return groupFields(facts, findings, lines)
    .map((group) => toRecord(group, placement))
    .sort((a, b) => comparePositions(a.range.start, b.range.start) || compareText(a.name, b.name));
}

function groupFields(facts: SourceFacts, findings: readonly Finding[], lines: readonly string[]): FieldGroup[] {
  const groups = new Map<string, FieldGroup>();
  for (const field of classifiedFields(facts, findings)) {
    const owner = field.declaration.owner!;
    const type = owningType(facts.types ?? [], field.declaration);
    const nameRange = type?.nameRange ?? ownerNameRange(owner, field.declaration, facts, lines);
    // Two tables or schemas may share a name: where the name was found tells them apart.
    const key = nameRange ? `${owner} ${rangeKey(nameRange)}` : `${owner} unnamed`;
    let group = groups.get(key);
    if (!group) {
      group = { name: type?.name ?? owner, ...(type ? { type } : {}), nameRange: nameRange ?? field.declaration.range, fields: [] };
      groups.set(key, group);
    }
    group.fields.push(field);
  }
  return [...groups.values()];
}

/** Declarations with an owner that a field rule reported, with the categories of every such finding. */
function classifiedFields(facts: SourceFacts, findings: readonly Finding[]): ClassifiedField[] {
  const byRange = new Map<string, { categories: Set<string>; sensitive: boolean }>();
  for (const finding of findings) {
    if (FIELD_RULE_IDS.includes(finding.ruleId)) {
      const entry = byRange.get(rangeKey(finding.range)) ?? { categories: new Set<string>(), sensitive: false };
      finding.dataCategories.forEach((c) => entry.categories.add(c));
      entry.sensitive ||= finding.ruleId === SENSITIVE_FIELD_RULE_ID;
      byRange.set(rangeKey(finding.range), entry);
    }
  }
  const fields = facts.declarations.flatMap((declaration) => {
    const found = byRange.get(rangeKey(declaration.range));
    return found && declaration.owner && (declaration.kind === 'field' || declaration.kind === 'objectProperty') ? [{ declaration, ...found }] : [];
  });
  return fields.sort((a, b) => comparePositions(a.declaration.range.start, b.declaration.range.start));
}

function toRecord(group: FieldGroup, placement: AnnotationPlacement): PersonalDataRecord {
  const fields = group.fields;
  const firstLine = (group.type?.range ?? group.nameRange).start.line;
  const own = placement.on(firstLine, group.nameRange.start.line);
  const recordFields: RecordField[] = fields.map((field) => {
    const annotation = placement.on(field.declaration.range.start.line, field.declaration.range.start.line, own);
    return {
      name: field.declaration.name,
      range: field.declaration.range,
      dataCategories: [...field.categories].sort(compareText),
      sensitive: field.sensitive,
      ...(annotation ? { annotation } : {}),
    };
  });
  const annotation: PrivacyAnnotation | undefined = own ?? recordFields.find((f) => f.annotation)?.annotation;
  const lastEnd = fields.reduce((end, f) => (comparePositions(f.declaration.range.end, end) > 0 ? f.declaration.range.end : end), group.nameRange.end);
  return {
    name: group.name,
    range: group.type?.range ?? { start: group.nameRange.start, end: lastEnd },
    nameRange: group.nameRange,
    fields: recordFields,
    ...(annotation ? { annotation } : {}),
  };
}

/** The innermost type named like the field's owner that contains the field. */
function owningType(types: readonly TypeDeclaration[], field: Declaration): TypeDeclaration | undefined {
  const containing = types.filter((t) => t.name === field.owner && contains(t.range, field.range));
  return containing.sort((a, b) => comparePositions(b.range.start, a.range.start))[0];
}

/**
 * Where a record without a type fact is named: the variable an object-literal schema is assigned
 * to, or the nearest mention of the owner above the field (`CREATE TABLE patients`, `model
 * Patient`, a JSON schema's `"title": "Patient"`). Undefined when the text never names it.
 */
function ownerNameRange(owner: string, field: Declaration, facts: SourceFacts, lines: readonly string[]): TextRange | undefined {
  const variable = facts.declarations.filter((d) => d.kind === 'variable' && d.name === owner && comparePositions(d.range.start, field.range.start) <= 0).pop();
  if (variable) {
    return variable.range;
  }
  const word = owner.split('.').pop() ?? owner;
  const pattern = new RegExp(`(?<![\\w$])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w$])`, 'gi');
  for (let line = field.range.start.line; line >= 0; line--) {
    const text = line === field.range.start.line ? (lines[line] ?? '').slice(0, field.range.start.column) : (lines[line] ?? '');
    const last = [...text.matchAll(pattern)].pop();
    if (last?.index !== undefined) {
      return { start: { line, column: last.index }, end: { line, column: last.index + last[0].length } };
    }
  }
  return undefined;
}

function contains(outer: TextRange, inner: TextRange): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

function rangeKey(range: TextRange): string {
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}

/** Code-unit order, the same on every machine whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
