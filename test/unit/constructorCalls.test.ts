/**
 * Constructor calls as Call facts, so the rules that read calls (randomness, cookies, errors) see
 * `new Random()`, `new Cookie("sid", v)` and `new IllegalArgumentException("..." + email)` in
 * every language that writes them; Python, Ruby and Go need nothing of their own (see each test).
 */
import * as assert from 'assert';
import type { Call, SourceFacts } from '../../src/core/facts';
import { calls, scanner } from './helpers';

async function factsOf(languageId: string, lines: readonly string[]): Promise<SourceFacts> {
  return scanner.extractFacts(lines.join('\n'), languageId);
}

function callNamed(facts: SourceFacts, callee: string): Call {
  const call = facts.calls.find((c) => c.calleePath.join('.') === callee);
  assert.ok(call, `a call of ${callee} in ${calls(facts).join(', ')}`);
  return call;
}

describe('constructor calls', () => {
  it('Java: the constructed type as written, qualified or not, with its arguments and scope', async () => {
    const facts = await factsOf('java', [
      'class Auth {',
      '    void login(User user, HttpServletResponse response) {',
      '        Random random = new Random();',
      '        long seed = new java.util.Random().nextLong();',
      '        response.addCookie(new Cookie("sid", user.getSessionId()));',
      '        throw new IllegalArgumentException("unknown " + user.getEmail());',
      '    }',
      '}',
    ]);
    assert.deepStrictEqual(calls(facts), [
      'Random()',
      'nextLong()',
      'java.util.Random()',
      'response.addCookie(user.sessionId)',
      'Cookie(, user.sessionId)',
      'user.getSessionId()',
      'IllegalArgumentException(user.email)',
      'user.getEmail()',
    ]);
    const login = facts.functions?.find((f) => f.name === 'login');
    assert.strictEqual(callNamed(facts, 'IllegalArgumentException').scope, login?.scope);
    assert.deepStrictEqual(
      callNamed(facts, 'IllegalArgumentException').arguments.map((a) => a.text),
      ['"unknown " + user.getEmail()'],
    );
  });

  it('C#: arguments, then an object initializer as one more argument; new() names the declared type', async () => {
    const facts = await factsOf('csharp', [
      'class Auth {',
      '    private readonly Random _random = new();',
      '    void Login(User user) {',
      '        var options = new CookieOptions { HttpOnly = true, Secure = user.IsAdmin };',
      '        CookieOptions other = new() { SameSite = SameSiteMode.Strict };',
      '        var rng = new System.Random(42);',
      '        throw new InvalidOperationException($"unknown {user.Email}");',
      '    }',
      '}',
    ]);
    assert.deepStrictEqual(calls(facts), [
      'Random()',
      'CookieOptions(user.IsAdmin)',
      'CookieOptions(SameSiteMode.Strict)',
      'System.Random()',
      'InvalidOperationException(user.Email)',
    ]);
    assert.deepStrictEqual(
      callNamed(facts, 'CookieOptions').arguments.map((a) => a.text),
      ['{ HttpOnly = true, Secure = user.IsAdmin }'],
    );
    assert.strictEqual(callNamed(facts, 'Random').scope, '', 'a field initialiser is in no function');
  });

  it('PHP: the class by its last name, as other PHP callees are; an anonymous class names no call', async () => {
    const facts = await factsOf('php', [
      '<?php',
      'function signup($user) {',
      '    $client = new \\GuzzleHttp\\Client([\'verify\' => true]);',
      '    $handler = new class { };',
      '    throw new Exception("unknown " . $user->email);',
      '}',
    ]);
    assert.deepStrictEqual(calls(facts), ['Client()', 'Exception(user.email)']);
    assert.strictEqual(callNamed(facts, 'Exception').scope, facts.functions?.[0]?.scope);
  });

  it('TypeScript and JavaScript: new is a call of the constructor', async () => {
    const facts = await factsOf('typescript', ['function fail(user: User) {', '  const agent = new https.Agent({ rejectUnauthorized: false });', '  throw new Error(`unknown ${user.email}`);', '}']);
    assert.deepStrictEqual(calls(facts), ['https.Agent()', 'Error(user.email)']);
    assert.strictEqual(callNamed(facts, 'Error').scope, facts.functions?.[0]?.scope);
  });

  it('Python and Ruby construct by calling, which is a call already; Go builds structs with literals, no call', async () => {
    assert.deepStrictEqual(calls(await factsOf('python', ['raise ValueError("unknown " + user.email)'])), ['ValueError(user.email)']);
    assert.deepStrictEqual(calls(await factsOf('ruby', ['cookie = Cookie.new("sid", user.session_id)'])), ['Cookie.new(, user.session_id)']);
    assert.deepStrictEqual(calls(await factsOf('go', ['package a', 'func f() { c := &http.Cookie{Name: "sid"}; _ = c }'])), []);
  });
});
