/**
 * `hardcoded-secret` in the seven languages: secrets by name and by shape, placeholders, names and
 * labels that are not secrets, the entropy thresholds, test code, and the gaps the facts leave.
 */
import * as assert from 'assert';
import { isTestPath } from '../../src/core/rules/hardcodedSecret';
import { isPlaceholder, isSecretValue, looksLikeName, secretShape, shannonEntropy } from '../../src/core/rules/secretValues';
import { findingsOf, scan, scanner } from './helpers';

const RULE = 'hardcoded-secret';
// Split so that this file does not itself hold whole provider keys.
const STRIPE = 'sk_' + 'live_4eC39HqLyjWDarjtT1zdp7dc';
const GITHUB = 'ghp_' + '16C7e42F292c6912E7710c838347Ae178B4a';
const AWS = 'AKIA' + 'QYLPMN5HFIQR7XQ2';

describe('hardcoded-secret by name, in each language', () => {
  it('TypeScript: keys, variables, assignments, headers and default values', async () => {
    const source = [
      `const apiKey = '${STRIPE}';`,
      "const config = { password: 'Tr0ub4dor&3xyz', clientSecret: process.env.CLIENT_SECRET };",
      "user.password = 'hunter2';",
      "headers.Authorization = 'Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0';",
      "await axios.get(url, { headers: { 'X-Api-Key': 'f3a9c2e1b7d64e5f8a0b1c2d3e4f5a6b' } });",
      "const secret = process.env.JWT_SECRET ?? 'q8W!zR2#vL5@';",
      "jwt.sign(payload, 'k9$Lm2!pQ7zX');",
      "const label = 'Password';",
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), [
      `1:'${STRIPE}'`,
      "2:'Tr0ub4dor&3xyz'",
      "3:'hunter2'",
      "4:'Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0'",
      "5:'f3a9c2e1b7d64e5f8a0b1c2d3e4f5a6b'",
      "6:'q8W!zR2#vL5@'",
      "7:'k9$Lm2!pQ7zX'",
    ]);
  });

  it('Python: assignments, dict keys, keyword arguments, os.environ defaults and login()', async () => {
    const source = [
      "SECRET_KEY = 'django-insecure-k2#v9z!x0p$w8q@r7s6t5u4y3e1a'",
      'settings = {"client_secret": "a8Kd93jLq0Zm4xPw"}',
      'conn = psycopg2.connect(host="db", password="s3cretPassw0rd!")',
      'password = os.getenv("DB_PASSWORD", "Tr0ub4dor&3xyz")',
      'server.login("me@acme.com", "Zx9kQ2mPa8Lw")',
      'self.api_key = "f3a9c2e1b7d64e5f8a0b1c2d3e4f5a6b"',
      'api_key = os.environ["API_KEY"]',
      'token_url = "https://oauth2.googleapis.com/token"',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'python', source), [
      "1:'django-insecure-k2#v9z!x0p$w8q@r7s6t5u4y3e1a'",
      '2:"a8Kd93jLq0Zm4xPw"',
      '3:"s3cretPassw0rd!"',
      '4:"Tr0ub4dor&3xyz"',
      '5:"Zx9kQ2mPa8Lw"',
      '6:"f3a9c2e1b7d64e5f8a0b1c2d3e4f5a6b"',
    ]);
  });

  it('Java: constants, fields, setProperty, getConnection, HMAC keys and Authorization headers', async () => {
    const source = [
      'class Db {',
      '    private static final String API_TOKEN = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";',
      '    private String dbPassword = "Tr0ub4dor&3xyz";',
      '    void connect() throws Exception {',
      '        DriverManager.getConnection(url, "admin", "s3cretPassw0rd!");',
      '        props.setProperty("password", "hunter2hunter2");',
      '        Algorithm alg = Algorithm.HMAC256("Zx9kQ2mPa8Lw3rT6");',
      '        headers.set("Authorization", "Basic YWRtaW46VHIwdWI0ZG9yJjN4eXo=");',
      '        props.setProperty("user", "admin");',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'java', source), [
      '2:"9f8e7d6c5b4a39281706f5e4d3c2b1a0"',
      '3:"Tr0ub4dor&3xyz"',
      '5:"s3cretPassw0rd!"',
      '6:"hunter2hunter2"',
      '7:"Zx9kQ2mPa8Lw3rT6"',
      '8:"Basic YWRtaW46VHIwdWI0ZG9yJjN4eXo="',
    ]);
  });

  it('Go: variables, struct fields, smtp.PlainAuth and SetBasicAuth', async () => {
    const source = [
      'package main',
      'var dbPassword = "Tr0ub4dor&3xyz"',
      'func main() {',
      '\tcfg := Config{Password: "s3cretPassw0rd!", User: "admin"}',
      '\tauth := smtp.PlainAuth("", "me@acme.com", "Zx9kQ2mPa8Lw", "smtp.acme.com")',
      '\treq.SetBasicAuth("admin", "Tr0ub4dor&3xyz")',
      '\tapiKey := os.Getenv("API_KEY")',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['2:"Tr0ub4dor&3xyz"', '4:"s3cretPassw0rd!"', '5:"Zx9kQ2mPa8Lw"', '6:"Tr0ub4dor&3xyz"']);
  });

  it('PHP: array keys, properties, class constants and define()', async () => {
    const source = [
      '<?php',
      "define('API_KEY', 'a8Kd93jLq0Zm4xPw');",
      "$config = ['password' => 'Tr0ub4dor&3xyz', 'api_key' => getenv('API_KEY')];",
      'class Auth {',
      "    private $secret = 'abcd1234efgh5678';",
      "    const TOKEN = '9f8e7d6c5b4a39281706f5e4d3c2b1a0';",
      "    private $passwordField = 'password';",
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'php', source), [
      "2:'a8Kd93jLq0Zm4xPw'",
      "3:'Tr0ub4dor&3xyz'",
      "5:'abcd1234efgh5678'",
      "6:'9f8e7d6c5b4a39281706f5e4d3c2b1a0'",
    ]);
  });

  it('Ruby: constants, hash keys, keyword arguments and ENV.fetch defaults', async () => {
    const source = [
      "API_KEY = 'a8Kd93jLq0Zm4xPw'",
      'class Auth',
      '  SECRET = "abcd1234efgh5678"',
      '  def config',
      "    { password: 'Tr0ub4dor&3xyz', api_key: ENV['API_KEY'] }",
      '  end',
      'end',
      "ENV.fetch('DB_PASSWORD', 'Zx9kQ2mPa8Lw')",
      "set :sessions, secret: 'f3a9c2e1b7d64e5f8a0b1c2d3e4f5a6b'",
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', source), [
      "1:'a8Kd93jLq0Zm4xPw'",
      '3:"abcd1234efgh5678"',
      "5:'Tr0ub4dor&3xyz'",
      "8:'Zx9kQ2mPa8Lw'",
      "9:'f3a9c2e1b7d64e5f8a0b1c2d3e4f5a6b'",
    ]);
  });

  it('C#: constants, properties with initialisers, connection strings and ?? defaults', async () => {
    const source = [
      'public class AuthService',
      '{',
      '    private const string ApiKey = "a8Kd93jLq0Zm4xPw";',
      '    public string Password { get; set; } = "Tr0ub4dor&3xyz";',
      '    public void Login()',
      '    {',
      '        var connectionString = "Server=db;Database=app;User Id=sa;Password=S3cr3tPwd!;";',
      '        string password = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? "Zx9kQ2mPa8Lw";',
      '        var local = "Server=(localdb);Database=app;Trusted_Connection=True;";',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), [
      '3:"a8Kd93jLq0Zm4xPw"',
      '4:"Tr0ub4dor&3xyz"',
      '7:"Server=db;Database=app;User Id=sa;Password=S3cr3tPwd!;"',
      '8:"Zx9kQ2mPa8Lw"',
    ]);
  });
});

describe('hardcoded-secret: defaults and conversions that hide the name', () => {
  it("reads Laravel env() defaults as the value of the key they name", async () => {
    const source = [
      '<?php',
      'return [',
      "    'password' => env('DB_PASSWORD', 'Rk8#vQ2m!Lz7pW4x'),",
      "    'username' => env('DB_USERNAME', 'shop_app'),",
      "    'secret' => env('APP_SECRET'),",
      '];',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'php', source), ["3:'Rk8#vQ2m!Lz7pW4x'"]);
  });

  it('reads the default of a property placeholder as given to its key, and a placeholder without one as no secret', async () => {
    const source = [
      'public class BureauClient {',
      '    public BureauClient(',
      '            @Value("${bureau.api-key}") String bureauApiKey,',
      '            @Value("${openbanking.client-secret:Zr7Kq2Vx9LmP4tWb8Nc1Hs6Jd3Fg0Ya5}") String secret,',
      '            @Value("${bureau.timeout:30s}") String timeout) {',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['4:"${openbanking.client-secret:Zr7Kq2Vx9LmP4tWb8Nc1Hs6Jd3Fg0Ya5}"']);
  });

  it('looks through byte conversions to the key constructor they feed', async () => {
    const source = [
      'public static class Keys',
      '{',
      '    public static readonly SymmetricSecurityKey SigningKey =',
      '        new(Encoding.UTF8.GetBytes("p9Xr2Kq7Lw4Zm1Vb8Nc5Hs3Jd6Fg0Ty2"));',
      '    public static readonly byte[] Greeting = Encoding.UTF8.GetBytes("Hello there, Wellcare");',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), ['4:"p9Xr2Kq7Lw4Zm1Vb8Nc5Hs3Jd6Fg0Ty2"']);
  });
});

describe('hardcoded-secret by shape, whatever the name', () => {
  it('reports private keys, cloud and SaaS keys, JWTs and passwords in URLs and connection strings', async () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQyIiwicm9sZSI6ImFkbWluIn0.c2lnbmF0dXJlLWJ5dGVzLWhlcmUtMTIz';
    const source = [
      'const pem = `-----BEGIN RSA PRIVATE KEY-----',
      'MIIEowIBAAKCAQEA1c7+9z5Pad7OejecsQ0bu3aumZ2hs+SOO4uLC2+ATNtsYdDf',
      '-----END RSA PRIVATE KEY-----`;',
      `const a = '${AWS}';`,
      `const b = '${GITHUB}';`,
      "const c = 'xox" + "b-2436851021-5834712098-Zq8sLk3PwX9aMn2B';",
      "const d = 'AIza" + "SyB3x9Q2mPa8Lw3rT6vZk1NqR4sE7uY0cDh';",
      `const e = '${jwt}';`,
      "const f = 'postgres://app:Tr0ub4dor3xyz@db.acme.com/app';",
      "const g = 'mongodb+srv://app:${DB_PASSWORD}@cluster0.acme.net/app';",
      "if (pem.startsWith('-----BEGIN RSA PRIVATE KEY-----')) {}",
    ].join('\n');
    const found = await findingsOf(RULE, 'typescript', source);
    assert.deepStrictEqual(found.map((f) => f.split(':')[0]), ['1', '4', '5', '6', '7', '8', '9']);
  });

  it('says what the secret is, never repeats it, and raises secret-management as an error', async () => {
    const { findings } = await scan('go', `package p\nconst (\n\tgithubToken = "${GITHUB}"\n)\n`);
    assert.strictEqual(findings.length, 1);
    assert.match(findings[0]!.message, /^A GitHub token is written into the code: .*Read it from the environment or a secret manager, and revoke this one\.$/);
    assert.ok(!findings[0]!.message.includes(GITHUB.slice(4)), 'the message does not hold the token');
    assert.deepStrictEqual(findings[0]!.checklist, ['secret-management', 'breach-readiness']);
    assert.strictEqual(findings[0]!.severity, 'error');
    const named = await scan('python', 'db_password = "Tr0ub4dor&3xyz"');
    assert.match(named.findings[0]!.message, /^db_password is given a hard-coded password: /);
    assert.ok(!named.findings[0]!.message.includes('Tr0ub4dor'));
  });

  it("does not report vendors' documentation examples", async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'python', 'AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"\nSTRIPE = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"'), []);
  });
});

describe('hardcoded-secret: placeholders, names and labels are not secrets', () => {
  it('does not report placeholders given to secret names', async () => {
    const values = ['', 'changeme', 'your-api-key', 'xxx', 'xxxxxxxxxxxxxxxx', '<token>', '${API_KEY}', '%(password)s', '{{secret}}', '********', 'REPLACE_ME', 'your_secret_here', 'mysecret', 'test-token-1', 'secret', 'password'];
    const source = values.map((v, i) => `password_${i} = "${v}"\napi_key_${i} = "${v}"`).join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'python', source), []);
  });

  it('does not report names of secrets: environment variables, keys, headers, labels, paths and URLs', async () => {
    const source = [
      "const API_KEY_ENV = 'API_KEY';",
      "const password = 'DB_PASSWORD';",
      "const tokenKey = 'access_token';",
      "const apiKeyHeader = 'X-Api-Key';",
      "const authorization = 'Authorization';",
      "const passwordLabel = 'Enter your password';",
      "const secret = 'Enter your password';",
      "const privateKey = './keys/private.pem';",
      "const tokenEndpoint = 'https://oauth.acme.com/token';",
      "const passwordField = 'Tr0ub4dor&3xyz';",
      "const form = { type: 'password', name: 'password', placeholder: 'Password' };",
      "const passwordMinLength = '12';",
      "const labels = { password: 'Contraseña', token: 'Jeton d’accès' };",
      "const hashedPassword = '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy';",
      "const adminPassword = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG';",
      "const publicKey = 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq8a9Zk3LmN2pQ7rT6vX1yB4cD5eF8gH';",
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), []);
  });

  it('does not report short or patterned values, nor values given to names that do not say secret', async () => {
    const source = ['PASSWORD = "abc"', 'TOKEN = "aaaaaaaaaaaa"', 'SECRET = "abababababab"', 'api_key = "lowercaseword"', 'username = "Tr0ub4dor&3xyz"', 'key = "a8Kd93jLq0Zm4xPw"', 'bypass = "Tr0ub4dor&3xyz"'].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'python', source), []);
  });
});

describe('hardcoded-secret: entropy and thresholds', () => {
  it('measures Shannon entropy in bits per character', () => {
    assert.strictEqual(shannonEntropy('aaaa'), 0);
    assert.strictEqual(shannonEntropy('abab'), 1);
    assert.strictEqual(shannonEntropy('abcd'), 2);
    assert.strictEqual(shannonEntropy('0123456789abcdef'), 4);
    assert.strictEqual(shannonEntropy(''), 0);
  });

  it('holds a password to 6 characters and 2 bits per character, a token to 8, 3 bits and two character classes', () => {
    assert.strictEqual(isSecretValue('hunter2', 'password'), true);
    assert.strictEqual(isSecretValue('hunt2', 'password'), false, 'too short');
    assert.strictEqual(isSecretValue('aabbaabb', 'password'), false, '1 bit per character');
    assert.strictEqual(isSecretValue('hunter2', 'token'), false, 'too short for a token');
    assert.strictEqual(isSecretValue('qwertzuiop', 'token'), false, 'one character class: a word');
    assert.strictEqual(isSecretValue('a8Kd93jLq0', 'token'), true);
    assert.strictEqual(isSecretValue('Bearer a8Kd93jLq0', 'token'), true, 'the scheme is not part of the credential');
  });

  it('tells placeholders and names from values', () => {
    assert.ok(isPlaceholder('${DB_PASSWORD}') && isPlaceholder('%(pw)s') && isPlaceholder('vault:secret/data/app') && isPlaceholder('dev_password'));
    assert.ok(!isPlaceholder('Tr0ub4dor&3xyz') && !isPlaceholder('password123'));
    assert.ok(looksLikeName('DB_PASSWORD') && looksLikeName('x-api-key') && looksLikeName('Enter your password') && looksLikeName('/run/secrets/db'));
    assert.ok(!looksLikeName('Tr0ub4dor&3xyz'));
    assert.strictEqual(secretShape('postgres://app:password@localhost/app'), undefined, 'a placeholder password in a URL');
  });
});

describe('hardcoded-secret in test code', () => {
  const scanAt = async (filePath: string, languageId: string, text: string) =>
    (await scanner.scanText(text, { languageId, filePath })).findings.filter((f) => f.ruleId === RULE).map((f) => f.range.start.line + 1);

  it('recognises test, spec and fixture paths in each language', () => {
    const tests = ['test/unit/auth.test.ts', 'src/__tests__/a.js', 'spec/models/user_spec.rb', 'tests/test_auth.py', 'pkg/auth/auth_test.go', 'src/test/java/AuthTest.java', 'Auth.Tests/LoginTests.cs', 'test/fixtures/workspace/a.ts'];
    const code = ['src/auth.ts', 'app/models/user.rb', 'auth/contest.py', 'src/main/java/Attestation.java', 'fixture.typescript'];
    assert.deepStrictEqual(tests.filter((p) => !isTestPath(p)), []);
    assert.deepStrictEqual(code.filter(isTestPath), []);
  });

  it('reports only generated-looking values and shaped keys there, not fixture passwords or JWTs', async () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQyIn0.c2lnbmF0dXJlLWJ5dGVzLWhlcmU';
    const source = [
      "const password = 'Tr0ub4dor&3xyz';",
      "const apiKey = 'f3a9c2e1b7d64e5f8a0b1c2d3e4f5a6b';",
      `const token = '${jwt}';`,
      `const stripe = '${STRIPE}';`,
      "const db = 'postgres://app:Tr0ub4dor3xyz@localhost/app';",
    ].join('\n');
    assert.deepStrictEqual(await scanAt('test/auth.test.ts', 'typescript', source), [2, 4]);
    assert.deepStrictEqual(await scanAt('src/auth.ts', 'typescript', source), [1, 2, 3, 4, 5]);
  });
});

/**
 * What the facts do not carry yet, pinned so that the rule picks it up once they do: these tests
 * name the missing fact, and change when an adapter starts emitting it.
 */
describe('hardcoded-secret: gaps in the facts', () => {
  it('reads a Go const by its name, like a var', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'go', 'package p\nconst apiKey = "a8Kd93jLq0Zm4xPw"\nvar apiToken = "a8Kd93jLq0Zm4xPw"\n'), ['2:"a8Kd93jLq0Zm4xPw"', '3:"a8Kd93jLq0Zm4xPw"']);
  });

  it('Java and C# constructors are Call facts now, so their positional credentials are found', async () => {
    const csharp = 'class A { void M() { var c = new NetworkCredential("svc", "Zx9kQ2mPa8Lw"); } }';
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', csharp), ['1:"Zx9kQ2mPa8Lw"']);
  });

  it('gap: a Python tuple element has no key, so requests auth=("user", "password") is not found', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'python', 'requests.get(url, auth=("admin", "Tr0ub4dor&3xyz"))'), []);
  });
});
