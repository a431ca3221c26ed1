import * as assert from 'assert';
import { NOT_LEGAL_ADVICE } from '../../src/core/checklist/render';
import { renderChecklistJson, renderChecklistMarkdownDocument, renderChecklistText, type ChecklistView } from '../../src/core/report/checklistReport';
import { MARKED_ITEM, status } from './reportFixtures';

const OTHER = { ...MARKED_ITEM, id: 'other-item', title: 'Other item', question: 'Have we done the other thing?' };

const VIEW: ChecklistView = {
  statuses: [status(MARKED_ITEM, 0, { status: 'improvable', reviewer: 'Dana DPO', date: '2026-11-20', note: 'Retention\nnot yet set' }), status(OTHER, 0)],
  regulations: ['GDPR', 'PDPA', 'CCPA'],
};

describe('checklist on its own', () => {
  it('prints each item as text with its review state and the marked provisions of the laws in scope', () => {
    const lines = renderChecklistText(VIEW).split('\n');
    assert.match(lines[0] ?? '', /^DPO checklist \(version \S+, citations as of \d{4}-\d{2}-\d{2}; laws in scope: GDPR, Singapore PDPA, CCPA\/CPRA\)$/);
    assert.strictEqual(lines[1], NOT_LEGAL_ADVICE);
    const marked = lines.indexOf('marked-item: Improvable (Dana DPO, 2026-11-20)');
    assert.deepStrictEqual(lines.slice(marked + 1, marked + 8), [
      '  Marked item',
      '  Have we checked the marks?',
      '  Note: Retention not yet set',
      '  GDPR (applies): Art. 5(1)(c)',
      '    notify the supervisory authority: within 72 hours of becoming aware, where feasible (Art. 33(1))',
      '  Singapore PDPA (applies only in some cases): s 24 [secondary source]',
      '  CCPA/CPRA (applies): 11 CCR §7150(b) [UNVERIFIED]',
    ]);
    assert.ok(lines.includes('other-item: Not reviewed'));
    assert.ok(!lines.some((line) => line.includes('164.312')), 'HIPAA is out of scope');
  });

  it('renders a Markdown document without the open-findings column, since no scan stands behind it', () => {
    const markdown = renderChecklistMarkdownDocument(VIEW);
    const lines = markdown.split('\n');
    assert.strictEqual(lines[0], '# DPO checklist');
    assert.ok(lines.includes('| Item | Status | Reviewer | Date |'));
    assert.ok(lines.includes('| Marked item (`marked-item`) | Improvable | Dana DPO | 2026-11-20 |'));
    assert.ok(lines.includes('| Other item (`other-item`) | Not reviewed |  |  |'));
    assert.ok(lines.includes('### Other item') && lines.includes('**Have we done the other thing?**'), 'every item is detailed, unfolded');
    assert.ok(!markdown.includes('<details>'));
    assert.ok(lines.includes('  - 11 CCR §7150(b): Risk assessment triggers. **(UNVERIFIED: confirm before relying on it)**'));
    assert.strictEqual(markdown.split(NOT_LEGAL_ADVICE).length, 2, 'said once');
  });

  it('gives tools the items in scope with their review as JSON, and the review file problem', () => {
    const json = JSON.parse(renderChecklistJson({ ...VIEW, reviewProblem: { message: 'review.json is not valid JSON' } })) as {
      regulations: string[];
      reviewProblem: { message: string };
      items: { id: string; citations: { regulation: string }[]; review?: { status: string } }[];
    };
    assert.deepStrictEqual(json.regulations, ['GDPR', 'PDPA', 'CCPA']);
    assert.strictEqual(json.reviewProblem.message, 'review.json is not valid JSON');
    assert.deepStrictEqual(json.items.map((i) => [i.id, i.review?.status]), [['marked-item', 'improvable'], ['other-item', undefined]]);
    assert.deepStrictEqual(json.items[0]?.citations.map((c) => c.regulation), ['GDPR', 'PDPA', 'CCPA']);
  });
});
