/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers. Suppressed findings are included
 * with an in-source suppression and its reason, so the decision is visible, not lost.
 */
import { checklistItem } from '../checklist/items';
import { renderChecklistItemMarkdown } from '../checklist/render';
import type { Severity, TextRange } from '../model';
import { RULE_CATALOGUE } from '../rules/catalogue';
import type { RuleInfo } from '../rules/rule';
import type { FileFinding, FileSuppressedFinding, ScanResultLists } from '../scan/workspaceScan';
import { TOOL_VERSION } from '../version';
import { concatLists } from './reportList';

/** Where the rule documentation lives: docs/rules.md in the project's repository (package.json `repository`). */
export const RULE_DOCS_URL = 'https://github.com/privacy-lens/privacy-lens/blob/main/docs/rules.md';
export const FINGERPRINT_KEY = 'privacyLens/v1';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVELS: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function buildSarifReport(result: Omit<ScanResultLists, 'filesScanned' | 'skipped' | 'ruleErrors'>): object {
  const ruleIndex = new Map(RULE_CATALOGUE.map((rule, index) => [rule.id, index]));
  const results = concatLists<object>(
    result.findings.map((f) => sarifResult(f, ruleIndex)),
    result.suppressed.map((f) => ({ ...sarifResult(f, ruleIndex), suppressions: [{ kind: 'inSource', justification: f.suppressionReason || 'no reason given' }] })),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            // privacy-lens-disable-next-line personal-data-field -- SARIF's tool driver, not a person who drives
            name: 'Privacy Lens',
            semanticVersion: TOOL_VERSION,
            informationUri: 'https://github.com/privacy-lens/privacy-lens',
            rules: RULE_CATALOGUE.map(sarifRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function sarifRule(rule: RuleInfo): object {
  const items = rule.checklist.map(checklistItem).filter((item) => item !== undefined);
  const markdown = [rule.description, '', ...items.map((item) => renderChecklistItemMarkdown(item).replace(/^# /gm, '## '))].join('\n');
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_m: string, _dash: string, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} Raises the DPO checklist item(s): ${items.map((i) => i.question).join(' ')}` },
    helpUri: `${RULE_DOCS_URL}#${rule.id}`,
    help: { text: rule.description, markdown },
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
    properties: { tags: ['privacy', ...rule.checklist] },
  };
}

function physicalLocation(file: string, range: TextRange): object {
  return {
    artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' },
    region: { startLine: range.start.line + 1, startColumn: range.start.column + 1, endLine: range.end.line + 1, endColumn: range.end.column + 1 },
  };
}

function sarifResult(finding: FileFinding | FileSuppressedFinding, ruleIndex: ReadonlyMap<string, number>): object {
  const related = (finding.related ?? []).map((r, id) => ({ id, message: { text: r.message }, physicalLocation: physicalLocation(finding.file, r.range) }));
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: physicalLocation(finding.file, finding.range) }],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: { dataCategories: finding.dataCategories, checklist: finding.checklist },
  };
}
