/**
 * The function and type collector (structure.ts) on input that stresses the walk: deeply nested
 * functions and types in every language (no stack overflow, the innermost call joined to the
 * innermost function), parameters the grammars write without a parameter node, and broken code.
 */
import * as assert from 'assert';
import { functions, scanner, scopeMismatches, types } from './helpers';

/** Deep enough to show the walk holds; reading call arguments and assigned values costs depth squared (a whole nest is an argument of its outer call). */
const DEPTH = 100;
/** Nesting that costs linear time to read: thousands deep, past where a recursive walk would overflow. */
const DEEP = 5000;

/** How each language nests a function in a function, around one call. */
const NESTED: readonly { languageId: string; before: string; open: string; close: string; after: string }[] = [
  { languageId: 'typescript', before: '', open: 'run(() => { ', close: ' });', after: '' },
  { languageId: 'python', before: 'f = ', open: 'lambda: ', close: '', after: '' },
  { languageId: 'go', before: 'package a\nvar f = ', open: 'func() { run(', close: ') }', after: '' },
  { languageId: 'java', before: 'class A { void m() { ', open: 'run(() -> { ', close: ' });', after: ' } }' },
  { languageId: 'csharp', before: 'class A { void M() { ', open: 'Run(() => { ', close: ' });', after: ' } }' },
  { languageId: 'php', before: '<?php\n$f = ', open: 'function () { return ', close: '; }', after: ';' },
  { languageId: 'ruby', before: '', open: 'run do ', close: ' end', after: '' },
];

describe('function and type facts on demanding input', () => {
  for (const { languageId, before, open, close, after } of NESTED) {
    it(`${languageId}: ${DEPTH} nested functions, each its own scope, without overflowing the stack`, async () => {
      const source = before + open.repeat(DEPTH) + 'innermost()' + close.repeat(DEPTH) + after;
      const facts = await scanner.extractFacts(source, languageId);
      const anonymous = (facts.functions ?? []).filter((f) => f.name === '');
      assert.strictEqual(anonymous.length, DEPTH);
      assert.strictEqual(new Set(anonymous.map((f) => f.scope)).size, DEPTH);
      const innermost = facts.calls.find((c) => c.calleePath.join('.') === 'innermost');
      assert.strictEqual(innermost?.scope, anonymous[anonymous.length - 1]?.scope);
    });
  }

  it(`TypeScript: ${DEEP} nested function declarations`, async () => {
    const source = 'function f() { '.repeat(DEEP) + 'return innermost();' + ' }'.repeat(DEEP);
    const facts = await scanner.extractFacts(source, 'typescript');
    assert.strictEqual(facts.functions?.length, DEEP);
    assert.deepStrictEqual(facts.functions?.[DEEP - 1]?.returns.map((r) => r.text), ['innermost()']);
    assert.strictEqual(facts.calls[0]?.scope, facts.functions?.[DEEP - 1]?.scope);
  });

  it(`Ruby: ${DEEP} nested modules own the class at their centre`, async () => {
    const source = 'module M\n'.repeat(DEEP) + 'class Patient < Base\n  def show; end\nend\n' + 'end\n'.repeat(DEEP);
    const facts = await scanner.extractFacts(source, 'ruby');
    assert.strictEqual(facts.types?.length, DEEP + 1);
    assert.deepStrictEqual(functions(facts), [`Patient.show () @${DEEP + 2}`]);
  });

  it('names the parameters grammars write without a parameter node: JavaScript, lambdas, implicit parameters', async () => {
    const cases: readonly [string, string, string][] = [
      ['javascript', 'app.get("/", (req, res = {}, ...rest) => res.send(req.user));', '<anonymous> (req, res, rest) => res.send(req.user) @1'],
      ['typescript', 'app.get("/", req => req.user);', '<anonymous> (req) => req.user @1'],
      ['python', 'key = lambda row, *rest: row.email', '<anonymous> (row, rest) => row.email @1'],
      ['java', 'class A { void m() { list.forEach((a, b) -> a.send(b)); } }', 'A.<anonymous> (a, b) => a.send(b) @1'],
      ['csharp', 'class A { void M() { list.Select(p => p.Email); } }', 'A.<anonymous> (p) => p.Email @1'],
    ];
    for (const [languageId, source, expected] of cases) {
      const facts = await scanner.extractFacts(source, languageId);
      assert.ok(functions(facts).includes(expected), `${languageId}: ${functions(facts).join(' / ')}`);
      assert.deepStrictEqual(scopeMismatches(facts), []);
    }
  });

  it('reads what it can of broken code without throwing', async () => {
    const broken: readonly [string, string][] = [
      ['typescript', '@Controller()\nexport class A {\n  @Get()\n  find(id: string) {\n    return this.x.find(id\n  }\n}'],
      ['python', '@app.get("/p")\ndef read(user: User = Depends(get_user)):\n    return user.email +\nclass V(Base):\n    pass\n'],
      ['java', '@RestController class C { @GetMapping("/p") public P get(@PathVariable Long id { return s.find(id) }'],
      ['csharp', '[ApiController] class C : ControllerBase { [HttpGet] public P Get(int id => Ok(id }'],
      ['go', 'package a\nfunc (h *H) Get(c *gin.Context {\n\treturn c.JSON(200\n'],
      ['php', '<?php\n#[Route("/p")]\nclass C extends Controller { public function show($id) { return $id->; } }'],
      ['ruby', 'class C < Base\n  def show(id)\n    return Patient.find(id) +\n  end\nend\n'],
    ];
    for (const [languageId, source] of broken) {
      const facts = await scanner.extractFacts(source, languageId);
      assert.ok(Array.isArray(facts.functions) && Array.isArray(facts.types), languageId);
      assert.ok(facts.functions.length + types(facts).length > 0, `${languageId} reads something`);
    }
  });
});
