/**
 * A report whose every free-text field is an attack: a workspace written in a temporary folder
 * with hostile file names and a hostile @privacy annotation, scanned for real, then reviewed by a
 * "DPO" whose name and notes are hostile too. Finding messages are built from identifiers, which
 * cannot hold markup in these languages, but can in quoted SQL or schema identifiers, so markup
 * is added to them after the scan. Every payload calls alert() or a named global, so anything
 * that runs shows up as a dialog or a flag.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildPrivacyReport } from '../../../src/core/report/buildReport';
import type { PrivacyReport } from '../../../src/core/report/reportModel';
import type { FindingReviewEntry, ReviewEntry, ReviewState } from '../../../src/core/review/model';
import { Scanner } from '../../../src/core/scan/scanner';
import { scanWorkspace } from '../../../src/core/scan/workspaceScan';
import { REGULATIONS } from '../../../src/core/taxonomy/sensitivity';

/** What the tests look for as text on the page; none may become an element, a link or a run script. */
export const PAYLOADS = {
  img: '<img src=x onerror="alert(\'img\')">',
  scriptEnd: '</script><script>alert("script")</script>',
  svg: '"><svg onload=alert("svg")>',
  link: 'javascript:alert("link")',
  markdownLink: '[open](javascript:alert("md"))',
  iframe: '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
  comment: '<!-- --><b id="injected">bold</b>',
} as const;

const ALL = Object.values(PAYLOADS).join(' ');

/** In a quoted annotation value, where a double quote would end the value. */
export const HOSTILE_RETENTION = "<img src=x onerror=alert('retention')> </script><script>alert('retention')</script> javascript:alert('retention')";

/** File names may hold all of it but `/`. */
export const HOSTILE_FILES = {
  imgFile: 'src/<img src=x onerror=alert(1)>.ts',
  svgFile: 'src/"><svg onload=alert(2)>.ts',
  linkFile: 'src/javascript:alert(3).ts',
} as const;

/** A binary file (NUL bytes) with a hostile name: skipped, so it reaches the page in the "not scanned" table. */
export const HOSTILE_SKIPPED_FILE = 'src/<svg onload=alert(5)> skipped.ts';

const SOURCE = (retention: string) => `// @privacy purpose=essential.service basis=contract retention="${retention}"
export class Patient {
  email = '';
  diagnosis = '';
}

export function register(patient: Patient): void {
  console.log(\`registered \${patient.email}\`);
}
`;

export interface HostileReport {
  readonly report: PrivacyReport;
  /** Where the workspace was written: a test that follows links can check they stay inside. */
  readonly root: string;
}

export async function hostileReport(): Promise<HostileReport> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lens-hostile-'));
  for (const file of Object.values(HOSTILE_FILES)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), SOURCE(HOSTILE_RETENTION));
  }
  fs.writeFileSync(path.join(root, HOSTILE_SKIPPED_FILE), Buffer.from([0x00, 0x01, 0x02, 0x00]));
  const scan = await scanWorkspace(root, [root], { scanner: new Scanner() });
  const reviewer = `${PAYLOADS.svg} (DPO)`;
  const checklist: Record<string, ReviewEntry> = {
    'logging-minimisation': { status: 'to-correct', reviewer, date: '2026-11-30', note: ALL },
    'personal-data-inventory': { status: 'acceptable', reviewer: PAYLOADS.scriptEnd, date: '2026-11-30', note: PAYLOADS.markdownLink },
  };
  const findings: Record<string, FindingReviewEntry> = {};
  for (const finding of scan.findings) {
    findings[finding.fingerprint] = { status: 'improvable', ruleId: finding.ruleId, file: finding.file, reviewer, date: '2026-11-30', note: `${PAYLOADS.iframe} ${PAYLOADS.comment}` };
  }
  const state: ReviewState = { version: 1, checklist, findings };
  const report = buildPrivacyReport(scan, { state }, { regulations: REGULATIONS, generatedAt: '2026-11-30T09:30:00.000Z', rootName: PAYLOADS.img });
  return { root, report: { ...report, findings: report.findings.map((finding) => ({ ...finding, message: `${finding.message} ${PAYLOADS.scriptEnd} ${PAYLOADS.svg}` })) } };
}
