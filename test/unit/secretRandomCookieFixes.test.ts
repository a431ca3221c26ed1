/**
 * The quick fixes for hardcoded-secret, insecure-randomness and insecure-cookie: the replacement
 * per language, which are preferred, the import each needs, and, end to end on the engine, that
 * applying the fix to the finding's own text makes the finding go.
 */
import * as assert from 'assert';
import { mechanicalFix, type MechanicalFix } from '../../src/core/fixes/mechanicalFixes';
import { environmentName } from '../../src/core/fixes/secretFixes';
import { scan } from './helpers';

const fix = (ruleId: string, text: string, languageId: string, lineText = text): MechanicalFix | undefined => mechanicalFix(ruleId, text, { languageId, lineText, maskingFunction: 'mask' });

/** Scans, applies the fix of the first finding of `ruleId` as the editor would (import line included), and scans again. */
async function fixedAndRescanned(ruleId: string, languageId: string, source: string): Promise<{ fixed: string; remaining: number }> {
  const lines = source.split('\n');
  const finding = (await scan(languageId, source)).findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `a ${ruleId} finding in ${languageId}`);
  const { start, end } = finding.range;
  assert.strictEqual(start.line, end.line, 'single-line findings in these fixtures');
  const line = lines[start.line]!;
  const applied = fix(ruleId, line.slice(start.column, end.column), languageId, line);
  assert.ok(applied, `a fix for ${line}`);
  lines[start.line] = line.slice(0, start.column) + applied.replacement + line.slice(end.column);
  if (applied.requiresLine && !source.includes(applied.requiresLine)) {
    lines.splice(/^(<\?php|package\s)/.test(lines[0] ?? '') ? 1 : 0, 0, applied.requiresLine);
  }
  const fixed = lines.join('\n');
  const remaining = (await scan(languageId, fixed)).findings.filter((f) => f.ruleId === ruleId).length;
  return { fixed, remaining };
}

describe('hardcoded-secret fix: an environment variable read', () => {
  it('reads the variable named after the key, in each language', () => {
    const cases: [string, string, string, string][] = [
      ['typescript', "'sk_live_x'", "const apiKey = 'sk_live_x';", 'process.env.API_KEY'],
      ['javascript', "'x'", "module.exports = { clientSecret: 'x' };", 'process.env.CLIENT_SECRET'],
      ['python', '"x"', 'db_password = "x"', 'os.environ["DB_PASSWORD"]'],
      ['python', 'b"x"', 'jwt.encode(claims, b"x")', 'os.environ["SIGNING_SECRET"].encode()'],
      ['java', '"x"', '    private static final String API_TOKEN = "x";', 'System.getenv("API_TOKEN")'],
      ['go', '"x"', 'var dbPassword = "x"', 'os.Getenv("DB_PASSWORD")'],
      ['php', "'x'", "define('STRIPE_SECRET', 'x');", "getenv('STRIPE_SECRET')"],
      ['ruby', "'x'", "  config = { api_key: 'x' }", 'ENV.fetch("API_KEY")'],
      ['csharp', '"x"', '    public string Password { get; set; } = "x";', 'Environment.GetEnvironmentVariable("PASSWORD")'],
    ];
    for (const [languageId, text, lineText, expected] of cases) {
      assert.strictEqual(fix('hardcoded-secret', text, languageId, lineText)?.replacement, expected, `${languageId}: ${lineText}`);
    }
  });

  it('is never preferred, says the value must be moved by hand, and asks for the imports it needs', () => {
    const python = fix('hardcoded-secret', '"x"', 'python', 'password = "x"')!;
    assert.strictEqual(python.preferred, undefined);
    assert.match(python.title, /^Read the secret from the environment variable PASSWORD \(set it there by hand and revoke this value\)$/);
    assert.strictEqual(python.requiresLine, 'import os');
    const go = fix('hardcoded-secret', '"x"', 'go', 'var token = "x"')!;
    assert.strictEqual(go.requiresLine, undefined, 'a Go import goes in the import block, which a one-line insert cannot edit safely');
    assert.match(go.title, /needs import "os"/);
  });

  it('names the variable from the key, the key-value call, the declaration, or else from what the secret is', () => {
    assert.strictEqual(environmentName('"x"', 'props.setProperty("db.password", "x");'), 'DB_PASSWORD');
    assert.strictEqual(environmentName('"x"', 'password = os.getenv("SMTP_PASSWORD", "x")'), 'SMTP_PASSWORD');
    assert.strictEqual(environmentName('"x"', 'pw: str = "x"'), 'PW');
    assert.strictEqual(environmentName('"x"', 'var password string = "x"'), 'PASSWORD');
    assert.strictEqual(environmentName("'x'", "$config['APIKey'] = 'x';"), 'API_KEY');
    assert.strictEqual(environmentName('"x"', '    DriverManager.getConnection(url, "admin", "x");'), 'PASSWORD');
    assert.strictEqual(environmentName('"postgres://u:p@h/db"', 'connect("postgres://u:p@h/db")'), 'DATABASE_URL');
    assert.strictEqual(environmentName('"-----BEGIN PRIVATE KEY-----', 'sign(`-----BEGIN PRIVATE KEY-----'), 'PRIVATE_KEY');
  });

  it('offers nothing where only a constant may stand: PHP class constants and properties, C# and Go const', () => {
    assert.strictEqual(fix('hardcoded-secret', "'x'", 'php', "    const TOKEN = 'x';"), undefined);
    assert.strictEqual(fix('hardcoded-secret', "'x'", 'php', "    private $secret = 'x';"), undefined);
    assert.strictEqual(fix('hardcoded-secret', '"x"', 'csharp', '    private const string ApiKey = "x";'), undefined);
    assert.strictEqual(fix('hardcoded-secret', '"x"', 'go', 'const apiKey = "x"'), undefined);
    assert.ok(fix('hardcoded-secret', "'x'", 'php', "    $secret = 'x';"), 'a local variable may call getenv');
  });
});

describe('insecure-randomness fix: the platform CSPRNG', () => {
  it('replaces each draw with its secure equivalent, preferred where the contract is kept', () => {
    const cases: [string, string, string, boolean, string | undefined][] = [
      ['python', 'random.choice(ALPHABET)', 'secrets.choice(ALPHABET)', true, 'import secrets'],
      ['python', 'random.randint(100000, 999999)', 'secrets.randbelow(999999 - 100000 + 1) + 100000', true, 'import secrets'],
      ['python', 'random.randint(0, n - 1)', 'secrets.randbelow((n - 1) + 1)', true, 'import secrets'],
      ['python', 'random.randrange(10)', 'secrets.randbelow(10)', true, 'import secrets'],
      ['python', 'random.getrandbits(64)', 'secrets.randbits(64)', true, 'import secrets'],
      ['python', 'random.choices(ALPHABET, k=32)', 'secrets.SystemRandom().choices(ALPHABET, k=32)', true, 'import secrets'],
      ['php', 'mt_rand(100000, 999999)', 'random_int(100000, 999999)', true, undefined],
      ['php', 'rand()', 'random_int(0, getrandmax())', true, undefined],
      ['ruby', 'rand(36**20)', 'SecureRandom.random_number(36**20)', true, "require 'securerandom'"],
      ['ruby', 'Random.rand(100000..999999)', 'SecureRandom.random_number(100000..999999)', true, "require 'securerandom'"],
      ['ruby', "('a'..'z').to_a.sample(8)", "('a'..'z').to_a.sample(8, random: SecureRandom)", true, "require 'securerandom'"],
      ['java', 'Math.random()', 'new SecureRandom().nextDouble()', true, 'import java.security.SecureRandom;'],
      ['java', 'new Random().nextLong()', 'new SecureRandom().nextLong()', true, 'import java.security.SecureRandom;'],
      ['java', 'ThreadLocalRandom.current().nextInt(100000, 999999)', 'new SecureRandom().nextInt(100000, 999999)', false, 'import java.security.SecureRandom;'],
      ['csharp', '_random.Next(100000, 999999)', 'RandomNumberGenerator.GetInt32(100000, 999999)', true, 'using System.Security.Cryptography;'],
      ['csharp', 'Random.Shared.Next(6)', 'RandomNumberGenerator.GetInt32(6)', true, 'using System.Security.Cryptography;'],
      ['typescript', 'Math.floor(Math.random() * 1e6)', 'randomInt(1e6)', false, "import { randomInt } from 'crypto';"],
      ['javascript', 'Math.floor(Math.random() * (max - min + 1))', "require('crypto').randomInt(max - min + 1)", false, undefined],
    ];
    for (const [languageId, text, replacement, preferred, requiresLine] of cases) {
      const made = fix('insecure-randomness', text, languageId);
      assert.deepStrictEqual([made?.replacement, made?.preferred === true, made?.requiresLine], [replacement, preferred, requiresLine], `${languageId}: ${text}`);
    }
  });

  it('offers nothing where no one call does the same: Go, a bare Math.random(), uniqid, a seeded Random, NextInt64', () => {
    for (const [languageId, text] of [
      ['go', 'rand.Intn(10)'],
      ['typescript', 'Math.random()'],
      ['php', 'uniqid(rand(), true)'],
      ['php', 'rand(1)'],
      ['java', 'rnd.nextInt(10)'],
      ['csharp', 'Random.Shared.NextInt64()'],
      ['python', 'rng.randint(0, 9)'],
    ] as const) {
      assert.strictEqual(fix('insecure-randomness', text, languageId), undefined, `${languageId}: ${text}`);
    }
  });
});

describe('insecure-cookie fix: protections on', () => {
  it('switches an explicit off back on', () => {
    const cases: [string, string][] = [
      ['false', 'true'],
      ['False', 'True'],
      ["'0'", "'1'"],
      ['"off"', '"on"'],
      ['CookieSecurePolicy.None', 'CookieSecurePolicy.Always'],
      ['HttpOnlyPolicy.None', 'HttpOnlyPolicy.Always'],
    ];
    for (const [text, expected] of cases) {
      assert.strictEqual(fix('insecure-cookie', text, 'typescript')?.replacement, expected, text);
    }
  });

  it('adds the missing options to a cookie call, in each language that sets cookies in one call', () => {
    const cases: [string, string, string][] = [
      ['typescript', "res.cookie('sid', token)", "res.cookie('sid', token, { secure: true, httpOnly: true, sameSite: 'lax' })"],
      ['javascript', "reply.setCookie('t', t, { path: '/' })", "reply.setCookie('t', t, { secure: true, httpOnly: true, sameSite: 'lax', path: '/' })"],
      ['python', 'response.set_cookie("sid", token)', 'response.set_cookie("sid", token, secure=True, httponly=True, samesite="Lax")'],
      ['python', 'response.set_cookie("sid", token, httponly=True)', 'response.set_cookie("sid", token, httponly=True, secure=True, samesite="Lax")'],
      ['php', "setcookie('sid', $token)", "setcookie('sid', $token, ['secure' => true, 'httponly' => true, 'samesite' => 'Lax'])"],
      ['php', "setcookie('sid', $token, time() + 3600, '/')", "setcookie('sid', $token, ['expires' => time() + 3600, 'path' => '/', 'secure' => true, 'httponly' => true, 'samesite' => 'Lax'])"],
      ['php', "setcookie('sid', $t, ['httponly' => true])", "setcookie('sid', $t, ['secure' => true, 'samesite' => 'Lax', 'httponly' => true])"],
      ['csharp', 'Response.Cookies.Append("sid", token)', 'Response.Cookies.Append("sid", token, new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Lax })'],
      ['csharp', 'Response.Cookies.Append("sid", t, new CookieOptions { HttpOnly = true })', 'Response.Cookies.Append("sid", t, new CookieOptions { Secure = true, SameSite = SameSiteMode.Lax, HttpOnly = true })'],
      ['go', 'http.SetCookie(w, &http.Cookie{Name: "sid", Value: t, HttpOnly: true})', 'http.SetCookie(w, &http.Cookie{Name: "sid", Value: t, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})'],
      ['ruby', "response.set_cookie('sid', token)", "response.set_cookie('sid', value: token, secure: true, httponly: true, same_site: :lax)"],
    ];
    for (const [languageId, text, expected] of cases) {
      const made = fix('insecure-cookie', text, languageId);
      assert.strictEqual(made?.replacement, expected, `${languageId}: ${text}`);
      assert.strictEqual(made.preferred, undefined, 'cookies stop travelling over plain HTTP: not behaviour-preserving');
      assert.match(made.title, /only travels over HTTPS/);
    }
  });

  it('offers no edit for a Java cookie never secured (it needs new statements) or options it cannot see', () => {
    assert.strictEqual(fix('insecure-cookie', 'remember', 'java'), undefined);
    assert.strictEqual(fix('insecure-cookie', 'new Cookie("sid", token)', 'java'), undefined);
    assert.strictEqual(fix('insecure-cookie', "res.cookie('sid', token, options)", 'typescript'), undefined);
  });
});

describe('the fixes applied to the findings they are offered for', () => {
  const cases: [string, string, string][] = [
    ['hardcoded-secret', 'typescript', "const apiKey = 'f3a9c2e1b7d64e5f8a0b1c2d3e4f5a6b';"],
    ['hardcoded-secret', 'python', 'db_password = "Tr0ub4dor&3xyz"'],
    ['hardcoded-secret', 'java', 'class A {\n    private String dbPassword = "Tr0ub4dor&3xyz";\n}'],
    ['hardcoded-secret', 'go', 'package p\nvar dbPassword = "Tr0ub4dor&3xyz"'],
    ['hardcoded-secret', 'php', "<?php\n$config = ['password' => 'Tr0ub4dor&3xyz'];"],
    ['hardcoded-secret', 'ruby', "API_KEY = 'a8Kd93jLq0Zm4xPw'"],
    ['hardcoded-secret', 'csharp', 'class A {\n    public string Password { get; set; } = "Tr0ub4dor&3xyz";\n}'],
    ['insecure-randomness', 'typescript', 'const otp = Math.floor(Math.random() * 1000000);'],
    ['insecure-randomness', 'python', 'otp = random.randint(100000, 999999)'],
    ['insecure-randomness', 'java', 'class A {\n    void f() {\n        double resetCode = Math.random();\n    }\n}'],
    ['insecure-randomness', 'php', '<?php\n$code = mt_rand(100000, 999999);'],
    ['insecure-randomness', 'ruby', 'token = rand(36**20).to_s(36)'],
    ['insecure-randomness', 'csharp', 'class A {\n    static readonly Random R = new Random();\n    void F() { var code = R.Next(100000, 999999); }\n}'],
    ['insecure-cookie', 'typescript', "res.cookie('sid', token);"],
    ['insecure-cookie', 'typescript', "app.use(session({ cookie: { secure: false } }));"],
    ['insecure-cookie', 'python', 'response.set_cookie("sid", token)'],
    ['insecure-cookie', 'python', 'SESSION_COOKIE_SECURE = False'],
    ['insecure-cookie', 'java', 'class A {\n    void f(Cookie c) {\n        c.setHttpOnly(false);\n    }\n}'],
    ['insecure-cookie', 'go', 'package p\nfunc h() {\n\thttp.SetCookie(w, &http.Cookie{Name: "sid", Value: t})\n}'],
    ['insecure-cookie', 'php', "<?php\nsetcookie('sid', $token);"],
    ['insecure-cookie', 'ruby', "response.set_cookie('sid', token)"],
    ['insecure-cookie', 'csharp', 'class A {\n    void F() { Response.Cookies.Append("sid", token); }\n}'],
  ];
  for (const [ruleId, languageId, source] of cases) {
    it(`${ruleId} in ${languageId}: the finding goes`, async () => {
      const { fixed, remaining } = await fixedAndRescanned(ruleId, languageId, source);
      assert.strictEqual(remaining, 0, fixed);
    });
  }
});
