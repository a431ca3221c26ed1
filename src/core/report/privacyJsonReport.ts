/**
 * The full report as JSON for tools (`privacy-lens report --format json`, the editor's JSON
 * export): the PrivacyReport with every range 1-based, as in the scan's JSON (jsonReport.ts),
 * and only the citations of the laws in scope. Keys come out in a fixed order, so two runs over
 * the same code and review file produce the same bytes.
 */
import type { ChecklistItem } from '../checklist/model';
import type { DpiaScreening } from '../dpia/model';
import type { DataInventory, FilePersonalDataRecord, InventoryLocation } from '../inventory/model';
import type { Finding } from '../model';
import type { Regulation } from '../taxonomy/sensitivity';
import { type JsonRange, toOneBased } from './jsonReport';
import type { PrivacyReport } from './reportModel';

/** Bumped when a field changes meaning or goes away; new optional fields do not bump it. */
export const PRIVACY_JSON_REPORT_VERSION = 1;

export function privacyJsonReport(report: PrivacyReport): object {
  return {
    formatVersion: PRIVACY_JSON_REPORT_VERSION,
    tool: report.tool,
    generatedAt: report.generatedAt,
    rootName: report.rootName,
    regulations: report.regulations,
    notLegalAdvice: report.notLegalAdvice,
    ...(report.reviewProblem ? { reviewProblem: report.reviewProblem } : {}),
    summary: report.summary,
    findings: report.findings.map(({ review, ...finding }) => ({ ...jsonFinding(finding), ...(review ? { review } : {}) })),
    suppressed: report.suppressed.map(({ suppressionReason, ...finding }) => ({ ...jsonFinding(finding), suppressionReason })),
    checklist: report.checklist.map((status) => ({
      item: itemInScope(status.item, report.regulations),
      findingCount: status.findingCount,
      ...(status.review ? { review: status.review } : {}),
    })),
    dpia: jsonDpia(report.dpia),
    inventory: jsonInventory(report.inventory),
  };
}

/** The report as the text of a JSON file. */
export function renderPrivacyJsonReport(report: PrivacyReport): string {
  return JSON.stringify(privacyJsonReport(report), null, 2) + '\n';
}

interface JsonFileFinding extends Omit<Finding, 'range' | 'related'> {
  readonly file: string;
  readonly range: JsonRange;
  readonly related?: readonly { readonly range: JsonRange; readonly message: string }[];
}

function jsonFinding(finding: Finding & { readonly file: string }): JsonFileFinding {
  const related = finding.related?.map((r) => ({ range: toOneBased(r.range), message: r.message }));
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    file: finding.file,
    range: toOneBased(finding.range),
    dataCategories: finding.dataCategories,
    checklist: finding.checklist,
    fingerprint: finding.fingerprint,
    ...(related && related.length > 0 ? { related } : {}),
  };
}

/** The checklist item with only the laws in scope: their applicability, citations and clocks. */
export function itemInScope(item: ChecklistItem, regulations: readonly Regulation[]): object {
  const { applicability, citations, deadlines, ...rest } = item;
  return {
    ...rest,
    applicability: Object.fromEntries(regulations.map((r) => [r, applicability[r]])),
    citations: citations.filter((c) => regulations.includes(c.regulation)),
    ...(deadlines ? { deadlines: deadlines.filter((c) => regulations.includes(c.regulation)) } : {}),
  };
}

/** Evidence lines become 1-based, like every other line in this file. */
function jsonDpia(dpia: DpiaScreening): object {
  return {
    wp248CriteriaMet: dpia.wp248CriteriaMet,
    results: dpia.results.map((result) => ({ ...result, evidence: result.evidence.map((e) => ({ ...e, line: e.line + 1 })) })),
  };
}

function jsonLocation(location: InventoryLocation): object {
  return { ...location, range: toOneBased(location.range) };
}

function jsonRecord(record: FilePersonalDataRecord): object {
  return {
    ...record,
    range: toOneBased(record.range),
    nameRange: toOneBased(record.nameRange),
    fields: record.fields.map((field) => ({ ...field, range: toOneBased(field.range) })),
    ...(record.annotation ? { annotation: { ...record.annotation, range: toOneBased(record.annotation.range) } } : {}),
  };
}

function jsonInventory(inventory: DataInventory): object {
  return {
    entries: inventory.entries.map((entry) => ({
      ...entry,
      declaredIn: entry.declaredIn.map(jsonLocation),
      sinks: entry.sinks.map((sink) => ({ ...sink, location: jsonLocation(sink.location) })),
    })),
    records: inventory.records.map(jsonRecord),
  };
}
