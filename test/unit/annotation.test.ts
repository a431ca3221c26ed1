import * as assert from 'assert';
import type { Comment } from '../../src/core/facts';
import { annotationTemplate, LAWFUL_BASES, parseAnnotation, parseAnnotations } from '../../src/core/inventory/annotations';
import { DATA_USES, dataUse } from '../../src/core/taxonomy/dataUses';
import { scanner } from './helpers';

function comment(text: string, line = 0): Comment {
  return { text, range: { start: { line, column: 0 }, end: { line, column: text.length } } };
}

/** What an annotation records, without its range. */
function read(text: string): { purposes: readonly string[]; lawfulBasis?: string; retention?: string; problems: readonly string[] } | undefined {
  const annotation = parseAnnotation(comment(text));
  if (!annotation) {
    return undefined;
  }
  const { range: _range, ...recorded } = annotation;
  return recorded;
}

describe('privacy annotations', () => {
  it('reads purposes, lawful basis and a quoted retention period', () => {
    assert.deepStrictEqual(read('// @privacy purpose=essential.service.authentication,marketing.communications.email basis=contract retention="2 years after account closure"'), {
      purposes: ['essential.service.authentication', 'marketing.communications.email'],
      lawfulBasis: 'contract',
      retention: '2 years after account closure',
      problems: [],
    });
  });

  it('reads every comment syntax the languages use', () => {
    const expected = { purposes: ['essential.service'], lawfulBasis: 'legal-obligation', problems: [] };
    assert.deepStrictEqual(read('# @privacy purpose=essential.service basis=legal-obligation'), expected);
    assert.deepStrictEqual(read('-- @privacy purpose=essential.service basis=legal-obligation'), expected);
    assert.deepStrictEqual(read('/* @privacy purpose=essential.service basis=legal-obligation */'), expected);
    assert.deepStrictEqual(read("/**\n * Patient record.\n * @privacy purpose=essential.service basis=legal-obligation\n */"), expected);
    assert.deepStrictEqual(read("// @privacy purpose=essential.service basis=legal-obligation retention='until the claim is settled'"), { ...expected, retention: 'until the claim is settled' });
  });

  it('ignores comments without the tag, and words that only contain it', () => {
    assert.strictEqual(read('// privacy matters'), undefined);
    assert.strictEqual(read('// privacy-lens-disable-next-line personal-data-field -- test data'), undefined);
    assert.strictEqual(read('// ask dpo@privacy.example.com'), undefined);
    assert.strictEqual(read('// @privacy-policy see the wiki'), undefined);
  });

  it('turns what it cannot read into problems and keeps what it can', () => {
    assert.deepStrictEqual(read('// @privacy purpose=essential.service,authentication,nonsense basis=because retention=30d owner=team-a oops'), {
      purposes: ['essential.service'],
      retention: '30d',
      problems: [
        'unknown data use "authentication" in purpose (did you mean essential.service.authentication?): purposes are fideslang data-use keys',
        'unknown data use "nonsense" in purpose: purposes are fideslang data-use keys',
        'unknown lawful basis "because": expected one of consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests (GDPR Art. 6(1)(a)-(f))',
        'unknown key "owner": expected purpose, basis, retention',
        'could not read "oops": expected key=value, such as purpose=essential.service',
      ],
    });
  });

  it('reports a missing closing quote, a repeated key and an empty annotation', () => {
    assert.deepStrictEqual(read('// @privacy basis=consent basis=contract retention="2 years'), {
      purposes: [],
      lawfulBasis: 'consent',
      retention: '2 years',
      problems: ['basis is given more than once: the first is used', 'retention: the closing quote is missing'],
    });
    assert.deepStrictEqual(read('// @privacy'), { purposes: [], problems: ['@privacy records nothing yet: add purpose=, basis= and retention='] });
  });

  it('writes a template in the language comment syntax that reads back as "not recorded yet"', () => {
    const line = annotationTemplate('#', '    ');
    assert.strictEqual(line, '    # @privacy purpose=<data-use> basis=<lawful-basis> retention="<retention period>"');
    assert.deepStrictEqual(read(line.trim()), {
      purposes: [],
      problems: [
        'purpose not recorded yet: name fideslang data uses, such as essential.service.authentication',
        'basis not recorded yet: name one of consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests',
        'retention not recorded yet: say how long the data is kept, such as retention="2 years after account closure"',
      ],
    });
    assert.throws(() => annotationTemplate('', ''), /no line comment/);
  });

  it('reads the annotations a real adapter hands over, with their ranges', async () => {
    const source = 'class Patient:\n    # @privacy purpose=essential.service basis=contract\n    email = models.EmailField()\n';
    const facts = await scanner.extractFacts(source, 'python');
    const annotations = parseAnnotations(facts.comments);
    assert.deepStrictEqual(annotations.map((a) => [a.range.start, a.purposes, a.lawfulBasis]), [[{ line: 1, column: 4 }, ['essential.service'], 'contract']]);
  });

  it('knows every fideslang data use, and only those', () => {
    assert.strictEqual(DATA_USES.length, 54);
    assert.strictEqual(dataUse('marketing.advertising')?.name, 'Advertising, Marketing or Promotion');
    assert.strictEqual(dataUse('data_use'), undefined, 'the root names no purpose');
    assert.deepStrictEqual(LAWFUL_BASES.map((b) => b.provision.slice(-3)), ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)']);
  });
});
