import * as assert from 'assert';
import { CHECKLIST, checklistItem } from '../../src/core/checklist/items';
import { NOT_LEGAL_ADVICE, renderChecklistItemMarkdown } from '../../src/core/checklist/render';
import { RULES } from '../../src/core/rules';
import { REGULATIONS } from '../../src/core/taxonomy/sensitivity';

describe('DPO checklist', () => {
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
    }
  });

  it('renders the question, the citations with their marks, and the not-legal-advice line', () => {
    const item = checklistItem('logging-minimisation')!;
    const markdown = renderChecklistItemMarkdown(item);
    assert.ok(markdown.includes(item.question));
    assert.ok(markdown.includes('**Art. 5(1)(b), (c), (e)**'));
    assert.ok(markdown.includes('**11 CCR §7002**: Regulations on reasonably necessary and proportionate use. *(secondary source only)*'));
    assert.ok(markdown.includes(NOT_LEGAL_ADVICE));
  });

  it('shows only the chosen regulations', () => {
    const markdown = renderChecklistItemMarkdown(checklistItem('personal-data-inventory')!, ['GDPR']);
    assert.ok(markdown.includes('### GDPR'));
    assert.ok(!markdown.includes('HIPAA'));
  });
});
