import * as assert from 'assert';
import { TreeSitterHost } from '../../src/core/languages/treeSitter';
import { languageById } from '../../src/core/languages/languageRegistry';
import { Scanner } from '../../src/core/scan/scanner';
import { calls, declarations, scan, scanner } from './helpers';

describe('language adapters', () => {
  it('TypeScript: declarations with owner, kind, type and range', async () => {
    const facts = await scanner.extractFacts(
      [
        'class Patient {',
        '  email: string;',
        '  #ssn = "";',
        '  constructor(private readonly phone: string, note: string) {}',
        '}',
        'interface Contact { address?: { street: string } }',
        'const patientSchema = { email: String };',
      ].join('\n'),
      'typescript',
    );
    assert.deepStrictEqual(declarations(facts), [
      'field Patient.email: string @2',
      'field Patient.ssn @3',
      'field Patient.phone: string @4',
      'parameter note: string @4',
      'field Contact.address: { street: string } @6',
      'field address.street: string @6',
      'variable patientSchema @7',
      'objectProperty patientSchema.email @7',
    ]);
  });

  it('TypeScript: decorators are the annotations of a field, and a validator speaks for it', async () => {
    const facts = await scanner.extractFacts('class SignupDto {\n  @IsEmail() @MaxLength(80)\n  contact: string;\n}', 'typescript');
    assert.deepStrictEqual(facts.declarations[0]?.annotations, ['@IsEmail()', '@MaxLength(80)']);
    const { findings } = await scanner.scanText('class SignupDto {\n  @IsEmail()\n  contact: string;\n}', { languageId: 'typescript', filePath: 'a.ts' });
    assert.deepStrictEqual(findings.map((f) => f.dataCategories[0]), ['user.contact.email']);
  });

  it('TypeScript: calls with callee paths and the references each argument reads', async () => {
    const facts = await scanner.extractFacts('this.logger.info(`x ${a.b}`, { k: c }, fmt(d), e.getF(), g["h"]);', 'typescript');
    assert.deepStrictEqual(calls(facts), ['this.logger.info(a.b, c, d, e.f, g.h)', 'fmt(d)', 'e.getF()']);
  });

  it('Python: class attributes, self attributes, dict keys, parameters and calls', async () => {
    const facts = await scanner.extractFacts(
      [
        'class Patient(Base):',
        '    email: str',
        '    phone = Column(String)',
        '    def __init__(self, name: str):',
        '        self.name = name',
        'record = {"email": x}',
        'logger.info(f"{p.email}", extra={"k": q}, *args)',
      ].join('\n'),
      'python',
    );
    assert.deepStrictEqual(declarations(facts), [
      'field Patient.email: str @2',
      'field Patient.phone: Column @3',
      'parameter name: str @4',
      'field Patient.name @5',
      'variable record @6',
      'objectProperty record.email @6',
      'objectProperty extra.k @7',
    ]);
    assert.deepStrictEqual(calls(facts).filter((c) => c.startsWith('logger')), ['logger.info(p.email, q, args)']);
  });

  // Found by the fuzz suite (test/unit/fuzz/adapterCorpus.test.ts, mixed line endings): tree-sitter
  // starts rows only at \n, so a finding after a lone \r pointed past the end of its line.
  it('ends a line at a lone carriage return, as the editor does', async () => {
    for (const [languageId, text] of [
      ['typescript', 'const a = 1;\rconsole.log(user.email);\n'],
      ['python', 'a = 1\rlogger.info(user.email)\n'],
    ] as const) {
      const log = (await scan(languageId, text)).findings.find((f) => f.ruleId === 'personal-data-in-log');
      const line = text.split(/\r\n|\r|\n/)[1]!;
      assert.deepStrictEqual(log?.range, { start: { line: 1, column: line.indexOf('user') }, end: { line: 1, column: line.indexOf(')') } }, languageId);
    }
  });

  it('reports comments with their ranges', async () => {
    const facts = await scanner.extractFacts('x = 1  # note\n', 'python');
    assert.deepStrictEqual(facts.comments.map((c) => [c.text, c.range.start.line, c.range.start.column]), [['# note', 0, 7]]);
  });

  it('rejects a language it does not read', async () => {
    await assert.rejects(scanner.extractFacts('fn main() {}', 'rust'), /unsupported language: rust/);
  });
});

describe('tree-sitter loading', () => {
  it('loads nothing until the first parse, then only the grammar that parse needs', async () => {
    const host = new TreeSitterHost();
    const lazyScanner = new Scanner(host);
    assert.strictEqual(host.loadedLanguageCount, 0);
    await lazyScanner.scanText('x = 1\n', { languageId: 'python', filePath: 'a.py' });
    assert.strictEqual(host.loadedLanguageCount, 1);
  });

  it('cancels a parse that runs past its time budget', async () => {
    const host = new TreeSitterHost();
    const python = languageById('python')!.grammarFile!;
    const huge = 'x = [' + '1, '.repeat(400_000) + ']\n';
    await assert.rejects(host.withTree(python, huge, () => undefined, 0), { name: 'ParseBudgetExceeded' });
  });
});
