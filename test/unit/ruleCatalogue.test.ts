import * as assert from 'assert';
import { RULE_CATALOGUE, ruleInfo } from '../../src/core/rules/catalogue';
import { RULES } from '../../src/core/rules';

/** A rule's metadata, without its check: what the catalogue holds. */
function metadataOf(rule: (typeof RULES)[number]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(rule).filter(([key]) => key !== 'check'));
}

describe('rule catalogue', () => {
  it('lists the rules RULES runs, in the same order', () => {
    assert.deepStrictEqual(
      RULE_CATALOGUE.map((info) => info.id),
      RULES.map((rule) => rule.id),
    );
  });

  it('holds each rule\'s id, description, default severity, checklist and languages as the rule has them', () => {
    for (const rule of RULES) {
      assert.deepStrictEqual(metadataOf(rule), { ...ruleInfo(rule.id) }, rule.id);
    }
  });

  it('names ids once', () => {
    const ids = RULE_CATALOGUE.map((info) => info.id);
    assert.deepStrictEqual(ids.filter((id, index) => ids.indexOf(id) !== index), []);
  });

  it('names the missing id when asked for a rule it lacks', () => {
    assert.throws(() => ruleInfo('no-such-rule'), /no rule 'no-such-rule'/);
  });
});
