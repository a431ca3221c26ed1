/**
 * Bad input, syntax errors everywhere: a file broken around and after its valid parts still gives
 * the findings of those parts, in the editor and in the workspace scan, and is not skipped.
 */
import * as assert from 'assert';
import { makeWorkspace, removeWorkspace, scanAll, scanEditorText, skippedOf, writeAt } from './hostileSupport';

const GARBAGE = ') ] } {{ (( @@ ;; """ \'\'\' <<< >>> $$ ## %% \\\\ `';

/** Per language: broken text with one finding in a valid part, as `rule line` (0-based). */
const BROKEN: readonly { readonly languageId: string; readonly extension: string; readonly text: string; readonly expected: string }[] = [
  { languageId: 'typescript', extension: 'ts', text: `${GARBAGE}\nfunction f(user) {\n  console.log(user.email);\n}\nclass {{ ${GARBAGE}`, expected: 'personal-data-in-log 2' },
  { languageId: 'javascript', extension: 'js', text: `let = = ;\nconsole.log(user.email);\n${GARBAGE}`, expected: 'personal-data-in-log 1' },
  { languageId: 'python', extension: 'py', text: `import logging\ndef f(user):\n    logging.info(user.email)\ndef (:\n${GARBAGE}`, expected: 'personal-data-in-log 2' },
  { languageId: 'java', extension: 'java', text: `class A {\n  void m() { log.info(user.getEmail()); }\n  ${GARBAGE}\n`, expected: 'personal-data-in-log 1' },
  { languageId: 'go', extension: 'go', text: `package main\nfunc m() {\n  log.Println(user.Email)\n}\nfunc ( {\n${GARBAGE}`, expected: 'personal-data-in-log 2' },
  { languageId: 'php', extension: 'php', text: `<?php\nLog::info($user->email);\nfunction ( {\n${GARBAGE}`, expected: 'personal-data-in-log 1' },
  { languageId: 'ruby', extension: 'rb', text: `def f(user)\n  logger.info(user.email)\nend\ndef (\n${GARBAGE}`, expected: 'personal-data-in-log 1' },
  { languageId: 'csharp', extension: 'cs', text: `class A {\n  void M() { _logger.LogInformation(user.Email); }\n  ${GARBAGE}\n`, expected: 'personal-data-in-log 1' },
  { languageId: 'sql', extension: 'sql', text: `CREATE TABLE users (\n  email TEXT\n);\nCREATE TABLE ( ${GARBAGE}`, expected: 'personal-data-field 1' },
  { languageId: 'graphql', extension: 'graphql', text: `type User {\n  email: String\n}\ntype { ${GARBAGE}`, expected: 'personal-data-field 1' },
  { languageId: 'proto3', extension: 'proto', text: `syntax = "proto3";\nmessage User {\n  string email = 1;\n}\nmessage { ${GARBAGE}`, expected: 'personal-data-field 2' },
  { languageId: 'prisma', extension: 'prisma', text: `model User {\n  email String\n}\nmodel { ${GARBAGE}`, expected: 'personal-data-field 1' },
  { languageId: 'yaml', extension: 'yaml', text: `$schema: x\nproperties:\n  email:\n    type: string\n  bad: [ { : ${GARBAGE}`, expected: 'personal-data-field 2' },
  { languageId: 'json', extension: 'json', text: `{"$schema": "x",\n "properties": {"email": {"type": "string"},\n "bad": [ { : ${GARBAGE}`, expected: 'personal-data-field 1' },
];

describe('hostile input: syntax errors everywhere', () => {
  let root: string;
  beforeEach(async () => {
    root = await makeWorkspace();
  });
  afterEach(() => removeWorkspace(root));

  for (const source of BROKEN) {
    it(`finds the valid part's findings in broken ${source.languageId}, in both paths`, async () => {
      const inEditor = await scanEditorText(source.text, source.languageId);
      const ofRule = (findings: typeof inEditor.findings): string[] => findings.filter((f) => source.expected.startsWith(f.ruleId + ' ')).map((f) => `${f.ruleId} ${f.range.start.line}`);
      assert.deepStrictEqual(ofRule(inEditor.findings), [source.expected]);
      await writeAt(root, `broken.${source.extension}`, source.text);
      const fromDisk = await scanAll(root);
      assert.deepStrictEqual(skippedOf(fromDisk), []);
      assert.deepStrictEqual(ofRule(fromDisk.findings), [source.expected]);
    });
  }
});
