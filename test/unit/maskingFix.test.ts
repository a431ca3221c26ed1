import * as assert from 'assert';
import { mechanicalFix } from '../../src/core/fixes/mechanicalFixes';
import { languageById } from '../../src/core/languages/languageRegistry';
import { TreeSitterHost } from '../../src/core/languages/treeSitter';
import { scan } from './helpers';

const RULE = 'personal-data-in-log';
const host = new TreeSitterHost();

/**
 * Scans `source`, applies the mask fix to its first log finding as the editor would (replace the
 * range with the replacement), and returns the edited line, whether the result still parses, and
 * the log findings left.
 */
async function applyMaskFix(languageId: string, source: string, maskingFunction = 'mask'): Promise<{ line: string; parses: boolean; left: number; title: string }> {
  const finding = (await scan(languageId, source)).findings.find((f) => f.ruleId === RULE);
  assert.ok(finding, `a ${RULE} finding in ${source}`);
  const lines = source.split('\n');
  const { start, end } = finding.range;
  assert.strictEqual(start.line, end.line, 'the flagged value is on one line');
  const lineText = lines[start.line]!;
  const fix = mechanicalFix(RULE, lineText.slice(start.column, end.column), { languageId, lineText, maskingFunction });
  assert.ok(fix, `a fix for ${lineText.slice(start.column, end.column)}`);
  const edited = lineText.slice(0, start.column) + fix.replacement + lineText.slice(end.column);
  const fixed = [...lines.slice(0, start.line), edited, ...lines.slice(start.line + 1)].join('\n');
  const grammar = languageById(languageId)!.grammarFile!;
  const parses = await host.withTree(grammar, fixed, (tree) => !tree.rootNode.hasError);
  const left = (await scan(languageId, fixed)).findings.filter((f) => f.ruleId === RULE).length;
  return { line: edited.trim(), parses, left, title: fix.title };
}

describe('mask quick fix for personal-data-in-log', () => {
  it('wraps the value in mask() and says how to name the project\'s own function; never preferred', () => {
    const fix = mechanicalFix(RULE, 'user.email', { languageId: 'typescript', lineText: '  logger.info(user.email);', maskingFunction: 'mask' });
    assert.deepStrictEqual(fix, { title: "Mask in the log: wrap in mask() (set privacyLens.maskingFunction to your project's function)", replacement: 'mask(user.email)' });
  });

  it('uses the configured masking function, with a plain title', () => {
    const fix = mechanicalFix(RULE, 'user.Email', { languageId: 'csharp', lineText: '_logger.LogInformation("{E}", user.Email);', maskingFunction: 'Redact.Mask' });
    assert.deepStrictEqual(fix, { title: 'Mask in the log: wrap in Redact.Mask()', replacement: 'Redact.Mask(user.Email)' });
  });

  it('TypeScript: arguments, template interpolations and object shorthands; the result parses and the finding goes', async () => {
    const cases: [string, string][] = [
      ['logger.info(user.email);', 'logger.info(mask(user.email));'],
      ['console.log(`registered ${user.email}`);', 'console.log(`registered ${mask(user.email)}`);'],
      ['logger.info({ id: user.id, email });', 'logger.info({ id: user.id, email: mask(email) });'],
    ];
    for (const [line, expected] of cases) {
      const result = await applyMaskFix('typescript', `function f(user, email) {\n  ${line}\n}`);
      assert.deepStrictEqual([result.line, result.parses, result.left], [expected, true, 0], line);
    }
  });

  it('Python: arguments and f-string interpolations', async () => {
    for (const [line, expected] of [
      ['logger.info("admitted %s", patient.full_name)', 'logger.info("admitted %s", mask(patient.full_name))'],
      ['logger.info(f"admitted {patient.full_name}")', 'logger.info(f"admitted {mask(patient.full_name)}")'],
    ]) {
      assert.deepStrictEqual(await applyMaskFix('python', `def f(patient):\n    ${line}\n`), { line: expected, parses: true, left: 0, title: "Mask in the log: wrap in mask() (set privacyLens.maskingFunction to your project's function)" }, line);
    }
  });

  it('Java and Go: getter chains and fields', async () => {
    const java = await applyMaskFix('java', 'class C {\n  void f(User user) {\n    log.info("user {}", user.getEmail());\n  }\n}');
    assert.deepStrictEqual([java.line, java.parses, java.left], ['log.info("user {}", mask(user.getEmail()));', true, 0]);
    const go = await applyMaskFix('go', 'package m\nfunc f(u User) {\n\tlog.Printf("%s", u.Email)\n}\n');
    assert.deepStrictEqual([go.line, go.parses, go.left], ['log.Printf("%s", mask(u.Email))', true, 0]);
  });

  it('Ruby and C#: string interpolations take the call as they are; a C# anonymous-object member gets its name', async () => {
    const ruby = await applyMaskFix('ruby', 'def f(user)\n  Rails.logger.info("signed up #{user.email}")\nend\n');
    assert.deepStrictEqual([ruby.line, ruby.parses, ruby.left], ['Rails.logger.info("signed up #{mask(user.email)}")', true, 0]);
    for (const [line, expected] of [
      ['_logger.LogInformation($"signed up {user.Email}");', '_logger.LogInformation($"signed up {mask(user.Email)}");'],
      ['_logger.LogInformation("user {@U}", new { user.Email });', '_logger.LogInformation("user {@U}", new { Email = mask(user.Email) });'],
    ]) {
      const result = await applyMaskFix('csharp', `class C {\n  void F(User user) {\n    ${line}\n  }\n}`);
      assert.deepStrictEqual([result.line, result.parses, result.left], [expected, true, 0], line);
    }
  });

  it('PHP: variables keep their $; a simple interpolation is split around the call; braces in a string get no fix', async () => {
    for (const [line, expected] of [
      ["Log::info('signed up ' . $user->email);", "Log::info('signed up ' . mask($user->email));"],
      ['Log::info("signed up $user->email");', 'Log::info("signed up " . mask($user->email) . "");'],
    ]) {
      const result = await applyMaskFix('php', `<?php\nfunction f($user) {\n    ${line}\n}\n`);
      assert.deepStrictEqual([result.line, result.parses, result.left], [expected, true, 0], line);
    }
    // The edit replaces `$user->email` only and cannot remove the braces around it, and PHP cannot call inside them.
    assert.strictEqual(mechanicalFix(RULE, '$user->email', { languageId: 'php', lineText: '    Log::info("signed up {$user->email}");', maskingFunction: 'mask' }), undefined);
  });
});
