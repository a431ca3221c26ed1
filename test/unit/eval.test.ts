import * as assert from 'assert';
import { labelsInSidecar, labelsInSource, parseLabelText } from '../../scripts/eval/labels';
import { categoryAccuracy, countOutcomes, precision, recall, scoreGroup } from '../../scripts/eval/metrics';

describe('evaluation labels', () => {
  it('reads expectations and traps from end-of-line comments in any comment syntax', () => {
    const source = [
      '  email: string; // expect: personal-data-field user.contact.email',
      '  t.string :diagnosis # expect: sensitive-personal-data-field user.health_and_medical',
      '  nric TEXT, -- expect: sensitive-personal-data-field user.government_id ; expect: personal-data-field user.name',
      '  fileName: string; // trap: a file, not a person',
      '  url = "http://example.com/#anchor"',
      '  greeting = "#{user.name}" # expect: personal-data-in-log user.name',
    ].join('\n');
    const labels = labelsInSource('a.ts', source);
    assert.deepStrictEqual(
      labels.map((l) => [l.line, l.expectations.map((e) => `${e.ruleId} ${e.category}`), l.trap]),
      [
        [1, ['personal-data-field user.contact.email'], undefined],
        [2, ['sensitive-personal-data-field user.health_and_medical'], undefined],
        [3, ['sensitive-personal-data-field user.government_id', 'personal-data-field user.name'], undefined],
        [4, [], 'a file, not a person'],
        [6, ['personal-data-in-log user.name'], undefined],
      ],
    );
  });

  it('reads JSON sidecars and names the place of a bad label', () => {
    assert.deepStrictEqual(labelsInSidecar('s.json', '# comment\n7: expect: personal-data-field user.contact.email\n9: trap: a format\n').map((l) => [l.line, l.expectations.length, l.trap]), [
      [7, 1, undefined],
      [9, 0, 'a format'],
    ]);
    assert.throws(() => parseLabelText('expect: personal data field', 'x.ts:3'), /x\.ts:3: cannot read label/);
    assert.deepStrictEqual(parseLabelText('expect: weak-cryptography', 'x.ts:4'), { expectations: [{ ruleId: 'weak-cryptography', category: '' }] }, 'gap rules may omit the category');
  });
});

describe('evaluation metrics', () => {
  const labels = [
    { file: 'a.ts', line: 1, expectations: [{ ruleId: 'personal-data-field', category: 'user.contact.email' }] },
    { file: 'a.ts', line: 2, expectations: [{ ruleId: 'sensitive-personal-data-field', category: 'user.health_and_medical' }] },
    { file: 'a.ts', line: 3, expectations: [], trap: 'template' },
  ];

  it('pairs findings with expectations per line and counts what is left', () => {
    const findings = [
      { file: 'a.ts', line: 1, ruleId: 'personal-data-field', category: 'user.name' },
      { file: 'a.ts', line: 3, ruleId: 'personal-data-field', category: 'user.contact.email' },
      { file: 'a.ts', line: 4, ruleId: 'personal-data-in-log', category: 'user.name' },
    ];
    const outcomes = scoreGroup(labels, findings, ['personal-data-field', 'sensitive-personal-data-field']);
    assert.deepStrictEqual(countOutcomes(outcomes), { tp: 1, fp: 1, fn: 1 });
    assert.strictEqual(precision(countOutcomes(outcomes)), 0.5);
    assert.strictEqual(recall(countOutcomes(outcomes)), 0.5);
    assert.deepStrictEqual(categoryAccuracy(outcomes), { right: 0, total: 1 }, 'user.name is not in the user.contact family');
  });

  it('counts a category right when the second level matches', () => {
    const findings = [{ file: 'a.ts', line: 2, ruleId: 'sensitive-personal-data-field', category: 'user.health_and_medical.genetic' }];
    const outcomes = scoreGroup(labels, findings, ['sensitive-personal-data-field']);
    assert.deepStrictEqual(categoryAccuracy(outcomes), { right: 1, total: 1 });
  });

  it('lets one finding per call answer every expectation on its line whose category it names', () => {
    const logLabels = [
      { file: 'b.py', line: 5, expectations: [{ ruleId: 'personal-data-in-log', category: 'user.name' }, { ruleId: 'personal-data-in-log', category: 'user.contact.phone_number' }] },
      { file: 'b.py', line: 6, expectations: [{ ruleId: 'personal-data-in-log', category: 'user.name' }, { ruleId: 'personal-data-in-log', category: 'user.contact.email' }] },
    ];
    const findings = [
      { file: 'b.py', line: 5, ruleId: 'personal-data-in-log', category: 'user.name', categories: ['user.name', 'user.contact.phone_number'] },
      { file: 'b.py', line: 6, ruleId: 'personal-data-in-log', category: 'user.name', categories: ['user.name'] },
      { file: 'b.py', line: 7, ruleId: 'personal-data-in-log', category: 'user', categories: ['user'] },
    ];
    assert.deepStrictEqual(countOutcomes(scoreGroup(logLabels, findings, ['personal-data-in-log'], true)), { tp: 3, fp: 1, fn: 1 }, 'line 6 misses the email; line 7 is a false alarm');
    assert.deepStrictEqual(countOutcomes(scoreGroup(logLabels, findings, ['personal-data-in-log'])), { tp: 2, fp: 1, fn: 2 }, 'paired one to one, a finding answers one expectation');
  });
});
