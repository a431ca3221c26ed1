/**
 * Bad and extreme input, structure: nesting 10,000 deep in every language and syntax errors
 * everywhere. No walk may overflow the stack (a RangeError never escapes, nor is it swallowed
 * into silently missing findings), none may hang: each file is read fully, or refused for its
 * time budget with the reason, which the workspace scan lists.
 */
import * as assert from 'assert';
import { collectSchemaFacts } from '../../src/core/languages/schema/schemaFacts';
import { ParseBudgetExceeded } from '../../src/core/languages/treeSitter';
import { scanner } from './helpers';
import { makeWorkspace, removeWorkspace, scanAll, scanEditorText, skippedOf, writeAt } from './hostileSupport';

const DEPTH = 10_000;

function nested(open: string, close: string, inside: string, depth = DEPTH): string {
  return open.repeat(depth) + inside + close.repeat(depth);
}

/**
 * The text with blank lines after it, so the workspace scan does not take it for minified code
 * (long lines on average) and skip it before the nesting is ever read.
 */
function onDisk(text: string): string {
  return text + '\n'.repeat(Math.ceil(text.length / 100));
}

/** Per language: a file nested DEPTH deep, then a line the log rule finds (its 0-based line). */
const DEEP_SOURCES: readonly { readonly languageId: string; readonly extension: string; readonly text: string; readonly logLine: number }[] = [
  { languageId: 'typescript', extension: 'ts', text: `const x = ${nested('(', ')', '1')};\nconsole.log(user.email);\n`, logLine: 1 },
  // Objects nested deep were read in time quadratic in their depth while each node's parent was asked of WASM.
  { languageId: 'typescript', extension: 'objects.ts', text: `const x = ${nested('{a:', '}', '1')};\nconsole.log(user.email);\n`, logLine: 1 },
  { languageId: 'typescriptreact', extension: 'tsx', text: `const x = ${nested('[', ']', '1')};\nconsole.log(user.email);\n`, logLine: 1 },
  { languageId: 'javascript', extension: 'js', text: `function f() ${nested('{', '}', '')}\nconsole.log(user.email);\n`, logLine: 1 },
  { languageId: 'python', extension: 'py', text: `import logging\nx = ${nested('(', ')', '1')}\nlogging.info(user.email)\n`, logLine: 2 },
  { languageId: 'java', extension: 'java', text: `class A {\n  void m() { int x = ${nested('(', ')', '1')};\n  log.info(user.getEmail()); }\n}\n`, logLine: 2 },
  { languageId: 'go', extension: 'go', text: `package main\nfunc m() {\n  x := ${nested('(', ')', '1')}\n  log.Println(user.Email)\n}\n`, logLine: 3 },
  { languageId: 'php', extension: 'php', text: `<?php\n$x = ${nested('(', ')', '1')};\nLog::info($user->email);\n`, logLine: 2 },
  { languageId: 'ruby', extension: 'rb', text: `x = ${nested('(', ')', '1')}\nlogger.info(user.email)\n`, logLine: 1 },
  { languageId: 'csharp', extension: 'cs', text: `class A {\n  void M() { var x = ${nested('(', ')', '1')};\n  _logger.LogInformation(user.Email); }\n}\n`, logLine: 2 },
];

/** Per schema format: a document nested DEPTH deep and a personal-data field outside it (its 0-based line). */
const DEEP_DOCUMENTS: readonly { readonly languageId: string; readonly extension: string; readonly text: string; readonly fieldLines: readonly number[] }[] = [
  { languageId: 'json', extension: 'json', text: `{"$schema": "x",\n "properties": {"email": {"type": "string"},\n "deep": ${nested('[', ']', '1')}}}\n`, fieldLines: [1] },
  { languageId: 'json', extension: 'schema.json', text: `{"$schema": "x",\n "properties": {"email": {"type": "string"},\n "deep": ${nested('{"properties": {"a": ', '}}', '{}')}}}\n`, fieldLines: [1] },
  { languageId: 'yaml', extension: 'yaml', text: `$schema: x\nproperties:\n  email:\n    type: string\n  deep: ${nested('[', ']', '1')}\n`, fieldLines: [2] },
  { languageId: 'yaml', extension: 'props.yaml', text: `$schema: x\nproperties:\n  email:\n    type: string\n  deep: ${nested('{properties: {a: ', '}}', '{}')}\n`, fieldLines: [2] },
  { languageId: 'sql', extension: 'sql', text: `SELECT ${nested('(', ')', '1')};\nCREATE TABLE users (\n  email TEXT\n);\n`, fieldLines: [2] },
  { languageId: 'graphql', extension: 'graphql', text: `type User {\n  email: String\n  deep: ${nested('[', ']', 'Int')}\n}\n`, fieldLines: [1] },
  { languageId: 'proto3', extension: 'proto', text: `syntax = "proto3";\nmessage User {\n  string email = 1;\n}\n${nested('message M {', '}', 'string phone = 1;')}\n`, fieldLines: [2, 4] },
  { languageId: 'prisma', extension: 'prisma', text: `model User {\n  email String\n}\n${nested('{', '}', '')}\n`, fieldLines: [1] },
];

describe('hostile input: nesting 10,000 deep and syntax errors', function () {
  this.timeout(120_000);
  let root: string;
  beforeEach(async () => {
    root = await makeWorkspace();
  });
  afterEach(() => removeWorkspace(root));

  for (const source of DEEP_SOURCES) {
    it(`reads deep.${source.extension} (${source.languageId}) nested ${DEPTH} deep to the end, in the editor and the workspace scan`, async () => {
      const inEditor = await scanEditorText(source.text, source.languageId);
      assert.deepStrictEqual(inEditor.findings.filter((f) => f.ruleId === 'personal-data-in-log').map((f) => f.range.start.line), [source.logLine]);
      await writeAt(root, `deep.${source.extension}`, onDisk(source.text));
      const fromDisk = await scanAll(root);
      assert.deepStrictEqual(skippedOf(fromDisk), []);
      assert.deepStrictEqual(fromDisk.findings.filter((f) => f.ruleId === 'personal-data-in-log').map((f) => f.range.start.line), [source.logLine]);
    });
  }

  for (const document of DEEP_DOCUMENTS) {
    it(`reads ${document.extension} nested ${DEPTH} deep without overflowing, keeping the fields it can read`, async () => {
      const inEditor = await scanEditorText(document.text, document.languageId);
      const fields = (findings: typeof inEditor.findings): number[] => findings.filter((f) => f.ruleId === 'personal-data-field').map((f) => f.range.start.line);
      assert.deepStrictEqual(fields(inEditor.findings), document.fieldLines);
      await writeAt(root, `deep.${document.extension}`, onDisk(document.text));
      const fromDisk = await scanAll(root);
      assert.deepStrictEqual(skippedOf(fromDisk), []);
      assert.deepStrictEqual(fields(fromDisk.findings), document.fieldLines);
    });
  }

  it('says a schema reader ran out of stack rather than return what it had read as if it were all', () => {
    const recurse = (depth: number): number => (depth > 1e9 ? depth : recurse(depth + 1) + 1);
    assert.throws(
      () => collectSchemaFacts('email: x', 'yaml', () => recurse(0)),
      (error: unknown) => error instanceof Error && !(error instanceof RangeError) && /^yaml nested too deeply to read \(Maximum call stack size exceeded\)$/.test(error.message),
    );
  });

  it('reads a member chain 10,000 links long (the chain reader is a loop, not recursion)', async () => {
    const text = `const x = user${'.a'.repeat(DEPTH)};\nconsole.log(user.email);\n`;
    const result = await scanEditorText(text, 'typescript');
    assert.deepStrictEqual(result.findings.map((f) => `${f.ruleId} ${f.range.start.line}`), ['personal-data-in-log 1']);
  });

  const QUADRATIC: readonly { readonly languageId: string; readonly extension: string; readonly text: string }[] = [
    { languageId: 'typescript', extension: 'ts', text: `const x = ${nested('f(', ')', 'user.email')};\n` },
    { languageId: 'python', extension: 'py', text: `x = ${nested('f(', ')', 'user.email')}\n` },
    { languageId: 'java', extension: 'java', text: `class A { void m() { Object x = ${nested('f(', ')', 'user.email')}; } }\n` },
    { languageId: 'go', extension: 'go', text: `package main\nfunc m() { x := ${nested('f(', ')', 'user.Email')}\n}\n` },
    { languageId: 'php', extension: 'php', text: `<?php $x = ${nested('f(', ')', '$user->email')};\n` },
    { languageId: 'ruby', extension: 'rb', text: `x = ${nested('f(', ')', 'user.email')}\n` },
    { languageId: 'csharp', extension: 'cs', text: `class A { void M() { var x = ${nested('F(', ')', 'user.Email')}; } }\n` },
  ];
  for (const source of QUADRATIC) {
    it(`refuses ${source.extension} with calls or objects nested ${DEPTH} deep within its time budget, with the reason`, async () => {
      const budgetMs = 500;
      const started = Date.now();
      await assert.rejects(
        scanner.scanText(source.text, { languageId: source.languageId, filePath: `deep.${source.extension}`, timeBudgetMs: budgetMs }),
        (error: unknown) => error instanceof ParseBudgetExceeded && /^reading the syntax tree took longer than the 500 ms budget$/.test(error.message),
      );
      assert.ok(Date.now() - started < budgetMs + 2_000, `took ${Date.now() - started} ms`);
      await writeAt(root, `deep.${source.extension}`, onDisk(source.text));
      await writeAt(root, 'other.ts', 'console.log(user.email);\n');
      const fromDisk = await scanAll(root, { timeBudgetMs: budgetMs });
      assert.deepStrictEqual(skippedOf(fromDisk), [`deep.${source.extension} time-budget reading the syntax tree took longer than the 500 ms budget`]);
      assert.deepStrictEqual(fromDisk.findings.map((f) => f.file), ['other.ts']);
    });
  }
});
