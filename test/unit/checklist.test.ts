import * as assert from 'assert';
import { CHECKLIST, CHECKLIST_AS_OF, CHECKLIST_VERSION, checklistItem } from '../../src/core/checklist/items';
import { NOT_LEGAL_ADVICE, renderChecklistItemMarkdown, renderChecklistMarkdown } from '../../src/core/checklist/render';
import { RULES } from '../../src/core/rules';
import { REGULATIONS } from '../../src/core/taxonomy/sensitivity';

const ITEM_IDS = [
  'personal-data-inventory',
  'special-category-data',
  'encryption-at-rest',
  'encryption-in-transit',
  'cryptographic-strength',
  'secret-management',
  'access-control',
  'logging-minimisation',
  'third-party-sharing',
  'retention-erasure',
  'audit-logging',
  'pseudonymisation',
  'breach-readiness',
  'dpia-screening',
  'data-protection-by-design',
];

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('DPO checklist', () => {
  it('has the fifteen items of the issue, once each, in edition 2', () => {
    assert.deepStrictEqual(CHECKLIST.map((i) => i.id), ITEM_IDS);
    assert.strictEqual(CHECKLIST_VERSION, '2');
  });

  it('has an item for every checklist id a rule raises, and back', () => {
    for (const rule of RULES) {
      for (const id of rule.checklist) {
        assert.ok(checklistItem(id)?.ruleIds.includes(rule.id), `${rule.id} raises ${id}, which must list it`);
      }
    }
    for (const item of CHECKLIST) {
      for (const ruleId of item.ruleIds) {
        assert.ok(RULES.find((r) => r.id === ruleId)?.checklist.includes(item.id), `${item.id} lists ${ruleId}, which must raise it`);
      }
    }
  });

  it('asks one closed first-person question and cites all five regulations', () => {
    for (const item of CHECKLIST) {
      assert.match(item.question, /^(Have|Do|Is|Are) we .*\?$/, item.id);
      assert.deepStrictEqual([...new Set(item.citations.map((c) => c.regulation))].sort(), [...REGULATIONS].sort(), item.id);
      assert.ok(item.evidence.length > 0, item.id);
    }
  });

  it('says for every item and every law whether it applies, why, and as of the date the citations were checked', () => {
    for (const item of CHECKLIST) {
      assert.deepStrictEqual(Object.keys(item.applicability).sort(), [...REGULATIONS].sort(), item.id);
      for (const regulation of REGULATIONS) {
        const scope = item.applicability[regulation];
        assert.ok(['applies', 'depends', 'does-not-apply'].includes(scope.applicability), `${item.id} ${regulation}`);
        assert.strictEqual(scope.asOf, CHECKLIST_AS_OF, `${item.id} ${regulation}`);
        assert.ok(scope.note.length > 10 && !scope.note.endsWith('.'), `${item.id} ${regulation}: one line, no full stop (the renderer adds it)`);
      }
      assert.strictEqual(item.applicability.HIPAA.applicability, 'depends', `${item.id}: HIPAA binds only covered entities and business associates`);
    }
  });

  it('marks every citation and clock as primary, secondary or unverified, and carries the unverified ones', () => {
    const marks = CHECKLIST.flatMap((item) => [...item.citations, ...(item.deadlines ?? [])].map((c) => c.verification));
    for (const mark of marks) {
      assert.ok(['primary', 'secondary', 'unverified'].includes(mark), mark);
    }
    assert.ok(marks.includes('unverified') && marks.includes('secondary'));
  });

  it('gives breach-readiness every notification clock of every law', () => {
    const clocks = checklistItem('breach-readiness')!.deadlines ?? [];
    assert.deepStrictEqual([...new Set(clocks.map((c) => c.regulation))].sort(), [...REGULATIONS].sort());
    const clock = (provision: string, notify: RegExp) => clocks.find((c) => c.provision === provision && notify.test(c.notify));
    assert.match(clock('Art. 33(1)', /supervisory authority/)!.deadline, /72 hours/);
    assert.match(clock('Art. 34(1)', /individuals/)!.deadline, /without undue delay/);
    assert.match(clock('s 26D(1)', /PDPC/)!.deadline, /3 calendar days/);
    assert.ok(clock('s 26C(2)', /assessment/));
    assert.match(clock('Art. 57', /individuals/)!.deadline, /immediately/);
    assert.deepStrictEqual(clocks.filter((c) => c.provision.startsWith('CAC')).map((c) => [c.deadline.slice(0, 13), c.verification]), [
      ['within 1 hour', 'secondary'],
      ['within 2 hour', 'secondary'],
      ['within 4 hour', 'secondary'],
    ]);
    assert.deepStrictEqual(clocks.filter((c) => c.regulation === 'CCPA').map((c) => c.verification), ['secondary', 'secondary']);
    assert.match(clock('45 CFR 164.404(b)', /individuals/)!.deadline, /60 calendar days/);
    for (const provision of ['45 CFR 164.406', '45 CFR 164.408', '45 CFR 164.410']) {
      assert.ok(clock(provision, /./), provision);
    }
    assert.ok(CHECKLIST.filter((i) => i.deadlines).every((i) => i.id === 'breach-readiness'));
  });

  it('covers cross-border transfer in third-party sharing, and says where a law has no transfer rule', () => {
    const item = checklistItem('third-party-sharing')!;
    assert.match(item.title, /cross-border/);
    const provisions = item.citations.map((c) => `${c.regulation} ${c.provision}`);
    for (const expected of ['GDPR Arts. 44-49', 'PDPA s 26(1)', 'PIPL Art. 38', 'PIPL Art. 39']) {
      assert.ok(provisions.includes(expected), expected);
    }
    assert.match(item.applicability.CCPA.note, /No cross-border restriction/);
    assert.match(item.applicability.HIPAA.note, /no cross-border restriction/);
  });

  it('renders the question, the citations with their marks, and the not-legal-advice line', () => {
    const item = checklistItem('logging-minimisation')!;
    const markdown = renderChecklistItemMarkdown(item);
    assert.ok(markdown.includes(item.question));
    assert.ok(markdown.includes('**Art. 5(1)(b), (c), (e)**'));
    assert.ok(markdown.includes('**11 CCR §7002**: Regulations on reasonably necessary and proportionate use. *(secondary source only)*'));
    assert.strictEqual(occurrences(markdown, NOT_LEGAL_ADVICE), 1);
  });

  it('renders each law in scope with its applicability, note and as-of date', () => {
    const item = checklistItem('dpia-screening')!;
    const markdown = renderChecklistItemMarkdown(item, ['PDPA', 'PIPL']);
    assert.ok(markdown.includes(`*Applies only in some cases* (as of ${CHECKLIST_AS_OF}): ${item.applicability.PDPA.note}.`));
    assert.ok(markdown.includes(`*Applies* (as of ${CHECKLIST_AS_OF}): ${item.applicability.PIPL.note}.`));
  });

  it('keeps UNVERIFIED visible', () => {
    const markdown = renderChecklistItemMarkdown(checklistItem('data-protection-by-design')!, ['PDPA']);
    assert.ok(markdown.includes('**PDPC Guide to Data Protection by Design for ICT Systems**: PDPC guidance on designing systems for data protection; not retrieved. **(UNVERIFIED: confirm before relying on it)**'));
  });

  it('shows only the chosen regulations, clocks included', () => {
    const markdown = renderChecklistItemMarkdown(checklistItem('breach-readiness')!, ['GDPR', 'HIPAA']);
    assert.ok(markdown.includes('### GDPR') && markdown.includes('### HIPAA'));
    assert.ok(markdown.includes('- **supervisory authority**: without undue delay and, where feasible, within 72 hours'));
    assert.ok(markdown.includes('(45 CFR 164.410)'));
    for (const absent of ['Singapore PDPA', 'China PIPL', 'CCPA/CPRA', 'PDPC', '§1798.82', '较大']) {
      assert.ok(!markdown.includes(absent), absent);
    }
  });

  it('shows a secondary-source clock with its mark', () => {
    const markdown = renderChecklistItemMarkdown(checklistItem('breach-readiness')!, ['CCPA']);
    assert.match(markdown, /- \*\*affected California residents\*\*: within 30 calendar days .*\(Cal\. Civ\. Code §1798\.82 .*\) \*\(secondary source only\)\*/);
  });

  it('renders the whole checklist as one document that says it is not legal advice once', () => {
    const markdown = renderChecklistMarkdown(CHECKLIST, ['GDPR']);
    assert.strictEqual(occurrences(markdown, NOT_LEGAL_ADVICE), 1);
    for (const item of CHECKLIST) {
      assert.ok(markdown.includes(`## ${item.title}\n`), item.id);
      assert.ok(markdown.includes(item.question), item.id);
    }
    assert.ok(markdown.includes('`audit-logging`, raised by no rule: review it for the project as a whole.'));
    assert.ok(!markdown.includes('#### HIPAA'));
  });
});
