import * as assert from 'assert';
import { renderMarkdownReport, TOP_FILES } from '../../src/core/report/markdownReport';
import { code, linkTarget, text } from '../../src/core/report/markdownText';
import { EVIDENCE_PER_TRIGGER } from '../../src/core/report/markdownDpia';
import { DPIA, finding, fixtureReport, INVENTORY, MARKED_ITEM, status } from './reportFixtures';

function linesOf(markdown: string): string[] {
  return markdown.split('\n');
}

/** The lines of one `## ` section, heading excluded. */
function section(markdown: string, heading: string): string[] {
  const lines = linesOf(markdown);
  const start = lines.indexOf(`## ${heading}`);
  assert.ok(start >= 0, `no section "${heading}"`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe('Markdown report', () => {
  const markdown = renderMarkdownReport(fixtureReport());

  it('opens with the title, the tool and the laws in scope, and says it is not legal advice once', () => {
    const lines = linesOf(markdown);
    assert.strictEqual(lines[0], '# Privacy report: clinic');
    assert.ok(lines.includes('Generated 2026-11-30T10:00:00.000Z by privacy-lens 9.9.9. Laws in scope: GDPR, Singapore PDPA, CCPA/CPRA.'));
    assert.strictEqual(markdown.split('Not legal advice.').length, 2);
    assert.ok(!markdown.includes('Review file problem'), 'no problem, no warning');
  });

  it('summarises by severity, rule, data category and file in tables', () => {
    const summary = section(markdown, 'Summary');
    assert.ok(summary.includes('2 open finding(s) in 3 file(s) scanned; 1 suppressed.'));
    for (const expected of ['| warning | 1 |', '| information | 1 |', '| error | 0 |', '| `personal-data-in-log` | 1 |', '| `user.health_and_medical` | 1 |', '| [src/booking.ts](src/booking.ts) | 1 |']) {
      assert.ok(summary.includes(expected), expected);
    }
  });

  it('lists the busiest files first and at most TOP_FILES of them', () => {
    const byFile = Object.fromEntries(Array.from({ length: TOP_FILES + 2 }, (_, i) => [`src/f${String(i).padStart(2, '0')}.ts`, i + 1]));
    const summary = section(renderMarkdownReport(fixtureReport({ summary: { ...fixtureReport().summary, byFile } })), 'Summary');
    const fileRows = summary.filter((line) => line.startsWith('| [src/f'));
    assert.strictEqual(fileRows.length, TOP_FILES);
    assert.strictEqual(fileRows[0], '| [src/f11.ts](src/f11.ts) | 12 |');
    assert.ok(summary.includes('_And 2 more file(s)._'));
  });

  it('groups findings by file with 1-based file:line links', () => {
    const findings = section(markdown, 'Findings');
    assert.deepStrictEqual(findings.filter((line) => line.startsWith('### ')), ['### src/booking.ts', '### src/patient.ts']);
    assert.ok(findings.includes('- [src/booking.ts:12](src/booking.ts#L12) **warning** `personal-data-in-log`: logger.info() writes patient.email (email) to the log'));
  });

  it('shows a finding\'s review beside it', () => {
    const reviewed = finding('src/a.ts', 0, 'personal-data-field', 'User.email is an email', {
      review: { status: 'acceptable', ruleId: 'personal-data-field', file: 'src/a.ts', reviewer: 'Sam', date: '2026-11-02', note: 'Needed for login' },
    });
    const findings = section(renderMarkdownReport(fixtureReport({ findings: [reviewed] })), 'Findings');
    assert.ok(findings.includes('- [src/a.ts:1](src/a.ts#L1) **warning** `personal-data-field`: User.email is an email<br>Review: Acceptable (Sam, 2026-11-02): Needed for login'));
  });

  it('escapes Markdown and HTML in anything that comes from the code or the review', () => {
    const hostile = finding('src/app (old)/a b.ts', 2, 'personal-data-in-log', 'User.*_token_* | <script>alert(1)</script> [x](http://e.test) $a$', {
      review: { status: 'pending', ruleId: 'personal-data-in-log', file: 'src/app (old)/a b.ts', note: 'line one\nline # two `tick`' },
    });
    const findings = section(renderMarkdownReport(fixtureReport({ findings: [hostile] })), 'Findings');
    const line = findings.find((l) => l.startsWith('- '));
    assert.strictEqual(
      line,
      '- [src/app (old)/a b.ts:3](src/app%20%28old%29/a%20b.ts#L3) **warning** `personal-data-in-log`: ' +
        'User.\\*\\_token\\_\\* \\| &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](http://e.test) \\$a\\$' +
        '<br>Review: Pending: line one line # two \\`tick\\`',
    );
  });

  it('writes @ as an entity, so a decorator named in a message notifies no GitHub user', () => {
    const decorated = finding('app/views.py', 4, 'unauthenticated-personal-data-route', 'profile() returns user.email without @login_required');
    const line = section(renderMarkdownReport(fixtureReport({ findings: [decorated] })), 'Findings').find((l) => l.startsWith('- '));
    assert.ok(line?.endsWith('returns user.email without &#64;login\\_required'), line);
  });

  it('lists suppressed findings with their reasons', () => {
    assert.ok(section(markdown, 'Suppressed findings').includes('- [src/legacy.ts:3](src/legacy.ts#L3) `personal-data-field`: test double, never deployed'));
  });

  it('puts each checklist item in a status table, then its citations for the laws in scope only, with their marks', () => {
    const checklist = section(markdown, 'DPO checklist');
    assert.ok(checklist.includes('| Item | Open findings | Status | Reviewer | Date |'));
    assert.ok(checklist.includes('| Marked item (`marked-item`) | 1 | To correct | Dana DPO | 2026-11-20 |'));
    assert.ok(checklist.includes('**Have we checked the marks?**'));
    assert.ok(checklist.includes('Review note: Mask before v2'));
    assert.ok(checklist.includes('  - Art. 5(1)(c): Data minimisation.'), 'primary text carries no mark');
    assert.ok(checklist.includes('  - s 24: Guidance on sensitive data. *(secondary source only)*'));
    assert.ok(checklist.includes('  - 11 CCR §7150(b): Risk assessment triggers. **(UNVERIFIED: confirm before relying on it)**'));
    assert.ok(!checklist.some((line) => line.includes('164.312') || line.includes('HHS')), 'HIPAA is not in scope');
    assert.deepStrictEqual(checklist.filter((line) => line.startsWith('- **')), [
      '- **GDPR**: Applies (as of 2026-11-29): Anyone processing personal data.',
      '- **Singapore PDPA**: Applies only in some cases (as of 2026-11-29): Only organisations in Singapore.',
      '- **CCPA/CPRA**: Applies (as of 2026-11-28): Businesses over the thresholds.',
    ]);
    assert.ok(checklist.includes('  - Notify the supervisory authority: within 72 hours of becoming aware, where feasible (Art. 33(1))'));
  });

  it('details, folded, only the items the findings raise or the DPO has reviewed, so a pull-request comment stays short', () => {
    const quiet = { ...MARKED_ITEM, id: 'quiet-item', title: 'Quiet <item>', question: 'Have we been quiet?' };
    const report = fixtureReport({ checklist: [status(MARKED_ITEM, 2), status(quiet, 0), status({ ...quiet, id: 'reviewed-item', title: 'Reviewed', question: 'Have we reviewed it?' }, 0, { status: 'acceptable' })] });
    const checklist = section(renderMarkdownReport(report), 'DPO checklist');
    assert.ok(checklist.includes('| Quiet &lt;item&gt; (`quiet-item`) | 0 | Not reviewed |  |  |'), 'every item is in the table');
    assert.ok(!checklist.includes('**Have we been quiet?**'), 'but an item nothing raised is not detailed');
    assert.ok(checklist.includes('The question, evidence and law for the 2 item(s) these findings raise or the DPO has reviewed; `privacy-lens checklist --format markdown` prints every item.'));
    const open = checklist.indexOf('<summary>Marked item: 2 open finding(s), Not reviewed</summary>');
    assert.deepStrictEqual(checklist.slice(open - 1, open + 3), ['<details>', '<summary>Marked item: 2 open finding(s), Not reviewed</summary>', '', '**Have we checked the marks?**']);
    assert.ok(checklist.includes('<summary>Reviewed: 0 open finding(s), Acceptable</summary>'));
    assert.strictEqual(checklist.filter((line) => line === '</details>').length, 2);
  });

  it('says "Not reviewed" for an item without a decision, and shows a HIPAA outcome where recorded', () => {
    const report = fixtureReport({
      regulations: ['HIPAA'],
      checklist: [status(MARKED_ITEM, 0), status({ ...MARKED_ITEM, id: 'other', title: 'Other' }, 2, { status: 'acceptable', hipaaOutcome: 'alternative-documented' })],
    });
    const checklist = section(renderMarkdownReport(report), 'DPO checklist');
    assert.ok(checklist.includes('| Marked item (`marked-item`) | 0 | Not reviewed |  |  |'));
    assert.ok(checklist.includes('| Other (`other`) | 2 | Acceptable; HIPAA: Equivalent alternative implemented (documented) |  |  |'));
  });

  it('lists the DPIA triggers hit with the findings behind them, those the DPO decides, and the ones not hit', () => {
    const dpia = section(markdown, 'DPIA screening');
    assert.ok(dpia.includes('WP248 criteria met: 1 (two or more usually means a DPIA is needed). Triggers hit: 1 of 4.'));
    const hits = dpia.slice(dpia.indexOf('### Triggers the findings hit'), dpia.indexOf('### For the DPO to decide'));
    assert.ok(hits.includes('- **WP248 rev.01 criterion 4**: Sensitive data or data of a highly personal nature. *(secondary source only)*'));
    assert.ok(hits.includes('  - [src/patient.ts:7](src/patient.ts#L7) `sensitive-personal-data-field`: Patient.diagnosis is health data'), '0-based evidence line 6 links to line 7');
    const forDpo = dpia.slice(dpia.indexOf('### For the DPO to decide'));
    assert.ok(forDpo.includes('- **GDPR Art. 35(3)(b)**: Large-scale special-category data. To decide: Whether the processing is large-scale.'));
    assert.ok(forDpo.includes('  - [src/patient.ts:7](src/patient.ts#L7) `sensitive-personal-data-field`: health data under GDPR'));
    assert.ok(forDpo.includes('For the DPO to decide, with no finding pointing at them: GDPR Art. 35(3)(c).'));
    assert.ok(dpia.includes('Not hit: PIPL Art. 55(1).'));
  });

  it('lists at most EVIDENCE_PER_TRIGGER findings under a trigger', () => {
    const [hit] = DPIA.results;
    assert.ok(hit);
    const evidence = Array.from({ length: EVIDENCE_PER_TRIGGER + 3 }, (_, i) => ({ ...hit.evidence[0]!, line: i }));
    const dpia = section(renderMarkdownReport(fixtureReport({ dpia: { wp248CriteriaMet: 1, results: [{ ...hit, evidence }] } })), 'DPIA screening');
    assert.strictEqual(dpia.filter((line) => line.startsWith('  - [src/patient.ts:')).length, EVIDENCE_PER_TRIGGER);
    assert.ok(dpia.includes('  - and 3 more finding(s)'));
  });

  it('renders the inventory as an Art. 30(1) table, with "unknown" where nothing is recorded', () => {
    const inventory = section(markdown, 'Data inventory (draft record of processing, GDPR Art. 30(1))');
    assert.ok(inventory.includes('| Data category | Sensitive | Declared in | Sent to | Recipients | Purpose | Lawful basis | Retention |'));
    assert.ok(
      inventory.includes(
        '| Email (`user.contact.email`) | no | [src/patient.ts:6](src/patient.ts#L6) (Patient) | log: [src/booking.ts:12](src/booking.ts#L12)<br>third party (Segment): [src/booking.ts:21](src/booking.ts#L21) | Segment | essential.service.authentication | contract | 2 years after account closure |',
      ),
    );
    assert.ok(inventory.includes('| Health and medical (`user.health_and_medical`) | yes | [src/patient.ts:7](src/patient.ts#L7) (Patient) | none found | none found | unknown | unknown | unknown |'));
    assert.ok(inventory.includes('- `Patient` at [src/patient.ts:4](src/patient.ts#L4): 2 personal-data field(s), 1 sensitive; no privacy annotation (purpose, lawful basis and retention unknown)'));
  });

  it('reads an annotated record\'s purpose, basis and retention, and its annotation problems', () => {
    const [record] = INVENTORY.records;
    assert.ok(record);
    const annotated = { ...record, annotation: { purposes: ['marketing.advertising'], lawfulBasis: 'consent', range: record.range, problems: ['unknown key "owner"'] } };
    const inventory = section(renderMarkdownReport(fixtureReport({ inventory: { ...INVENTORY, records: [annotated] } })), 'Data inventory (draft record of processing, GDPR Art. 30(1))');
    assert.ok(inventory.some((line) => line.endsWith('purpose: marketing.advertising; lawful basis: consent; retention: unknown; annotation problems: unknown key "owner"')));
  });

  it('names the review file problem when there is one', () => {
    const withProblem = renderMarkdownReport(fixtureReport({ reviewProblem: { message: '.privacy-lens/review.json is not valid JSON', backupPath: '.privacy-lens/review.json.bak' } }));
    assert.ok(linesOf(withProblem).includes('> **Review file problem:** .privacy-lens/review.json is not valid JSON'));
  });

  it('says so when there is nothing to report, and keeps every table well formed', () => {
    const empty = renderMarkdownReport(
      fixtureReport({ findings: [], suppressed: [], summary: { filesScanned: 0, findings: 0, suppressed: 0, bySeverity: { error: 0, warning: 0, information: 0, hint: 0 }, byRule: {}, byCategory: {}, byFile: {} }, inventory: { entries: [], records: [] } }),
    );
    assert.ok(section(empty, 'Findings').includes('_No open findings._'));
    assert.ok(section(empty, 'Summary').includes('| _no findings_ |  |'));
    assert.ok(section(empty, 'Data inventory (draft record of processing, GDPR Art. 30(1))').includes('| _no personal data found_ |  |  |  |  |  |  |  |'));
  });

  it('is deterministic', () => {
    assert.strictEqual(renderMarkdownReport(fixtureReport()), markdown);
  });
});

describe('Markdown text helpers', () => {
  it('escapes inline markup, entities and line breaks', () => {
    assert.strictEqual(text('a*b_c`d[e]f|g~h$i\\j'), 'a\\*b\\_c\\`d\\[e\\]f\\|g\\~h\\$i\\\\j');
    assert.strictEqual(text('<b>&amp;</b>'), '&lt;b&gt;&amp;amp;&lt;/b&gt;');
    assert.strictEqual(text('one\r\ntwo\nthree'), 'one two three');
  });

  it('fences code spans longer than any backtick run inside, and escapes pipes for tables', () => {
    assert.strictEqual(code('plain'), '`plain`');
    assert.strictEqual(code('a``b'), '```a``b```');
    assert.strictEqual(code('`edge'), '`` `edge ``');
    assert.strictEqual(code('a|b'), '`a\\|b`');
  });

  it('percent-encodes link targets and adds the line anchor', () => {
    assert.strictEqual(linkTarget('src/my file (1).ts', 4), 'src/my%20file%20%281%29.ts#L4');
    assert.strictEqual(linkTarget('src/ü.ts'), 'src/%C3%BC.ts');
  });
});
