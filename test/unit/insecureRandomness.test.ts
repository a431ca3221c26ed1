/**
 * `insecure-randomness` in the seven languages: non-cryptographic generators making tokens,
 * codes, session ids and salts (findings), and making jitter, samples and shuffles (not), with
 * function names and Java and C# constructors read from their facts.
 */
import * as assert from 'assert';
import { findingsOf, scan } from './helpers';

const RULE = 'insecure-randomness';

describe('insecure-randomness, in each language', () => {
  it('TypeScript: Math.random() for tokens, session ids and codes, not for jitter, keys of lists or shuffles', async () => {
    const source = [
      'const token = Math.random().toString(36).slice(2);',
      'const session = { sessionId: Math.floor(Math.random() * 1e9) };',
      'const resetCode = `${Date.now()}-${Math.random()}`;',
      'const inviteCode = _.random(100000, 999999);',
      'const jitter = Math.random() * 1000;',
      'const items = list.map((x) => ({ key: Math.random(), x }));',
      'const shuffledQuestions = _.shuffle(questions);',
      'const nonce = crypto.randomBytes(16).toString("hex");',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), [
      '1:Math.random()',
      '2:Math.floor(Math.random() * 1e9)',
      '3:Math.random()',
      '4:_.random(100000, 999999)',
    ]);
  });

  it('Python: the random module and random.Random instances, not secrets or SystemRandom', async () => {
    const source = [
      'import random, secrets',
      "token = ''.join(random.choice(string.ascii_letters) for _ in range(32))",
      'otp = random.randint(100000, 999999)',
      "x = {'session_id': random.getrandbits(64)}",
      'rng = random.Random()',
      'pin = rng.randint(0, 9999)',
      'delay = random.random() * 2',
      'sample = random.sample(population, 10)',
      'reset_token = secrets.token_urlsafe(32)',
      'salt = random.SystemRandom().choice(ALPHABET)',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['2:random.choice(string.ascii_letters)', '3:random.randint(100000, 999999)', '4:random.getrandbits(64)', '6:rng.randint(0, 9999)']);
  });

  it('Java: Math.random, ThreadLocalRandom, RandomStringUtils and java.util.Random variables and fields, not SecureRandom', async () => {
    const source = [
      'class Tokens {',
      '    private static final Random RANDOM = new Random();',
      '    void make() {',
      '        Random rnd = new Random();',
      '        int otp = rnd.nextInt(1000000);',
      '        int code = ThreadLocalRandom.current().nextInt(100000, 999999);',
      '        double resetCode = Math.random();',
      '        String apiKey = RandomStringUtils.randomAlphanumeric(32);',
      '        long sessionId = RANDOM.nextLong();',
      '        int delayMs = rnd.nextInt(500);',
      '        String salt = String.valueOf(new SecureRandom().nextLong());',
      '        SecureRandom secure = new SecureRandom();',
      '        byte[] nonce = new byte[16]; secure.nextBytes(nonce);',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'java', source), [
      '5:rnd.nextInt(1000000)',
      '6:ThreadLocalRandom.current().nextInt(100000, 999999)',
      '7:Math.random()',
      '8:RandomStringUtils.randomAlphanumeric(32)',
      '9:RANDOM.nextLong()',
    ]);
  });

  it('Go: math/rand and its generators, told from crypto/rand by the imports', async () => {
    const source = [
      'package auth',
      'import (',
      '\t"math/rand"',
      '\t"time"',
      ')',
      'func tokens() {',
      '\ttoken := fmt.Sprintf("%d", rand.Int63())',
      '\totp := rand.Intn(999999)',
      '\trng := rand.New(rand.NewSource(time.Now().UnixNano()))',
      '\tsessionID := rng.Int63()',
      '\tjitter := time.Duration(rand.Intn(100)) * time.Millisecond',
      '\tinviteCode := rand.Int()',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['7:rand.Int63()', '8:rand.Intn(999999)', '10:rng.Int63()', '12:rand.Int()']);
    const crypto = 'package auth\nimport "crypto/rand"\nfunc f() {\n\tresetCode, _ := rand.Int(rand.Reader, max)\n\tn, _ := rand.Read(token)\n}\n';
    assert.deepStrictEqual(await findingsOf(RULE, 'go', crypto), []);
    // Both imported (one under an alias the facts do not show): only what crypto/rand lacks is math/rand.
    const both = 'package auth\nimport (\n\tcrand "crypto/rand"\n\t"math/rand"\n)\nfunc f() {\n\tkey, _ := rand.Int(crand.Reader, max)\n\totp := rand.Intn(10)\n}\n';
    assert.deepStrictEqual(await findingsOf(RULE, 'go', both), ['8:rand.Intn(10)']);
  });

  it('PHP: rand, mt_rand, uniqid and str_shuffle, not random_int or random_bytes', async () => {
    const source = [
      '<?php',
      'function reset(User $user) {',
      '    $token = md5(uniqid(rand(), true));',
      '    $code = mt_rand(100000, 999999);',
      "    $password = substr(str_shuffle('abcdefghjkmnpqrstuvwxyz23456789'), 0, 10);",
      '    $otp = random_int(100000, 999999);',
      '    $nonce = bin2hex(random_bytes(16));',
      '    $delay = rand(100, 500);',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'php', source), ['3:uniqid(rand(), true)', '4:mt_rand(100000, 999999)', "5:str_shuffle('abcdefghjkmnpqrstuvwxyz23456789')"]);
  });

  it('Ruby: rand, Random and Array#sample, not SecureRandom or sample(random: SecureRandom)', async () => {
    const source = [
      'class Invitations',
      '  def create(user)',
      '    token = rand(36**20).to_s(36)',
      '    code = Random.rand(100000..999999)',
      '    otp = Random.new.rand(1_000_000)',
      "    invite = ('a'..'z').to_a.sample(8).join",
      '    rng = Random.new',
      '    @session_id = rng.rand(2**64)',
      '    safe = SecureRandom.hex(16)',
      "    pin = ('0'..'9').to_a.sample(4, random: SecureRandom).join",
      '    question = QUESTIONS.sample',
      '  end',
      'end',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', source), [
      '3:rand(36**20)',
      '4:Random.rand(100000..999999)',
      '5:Random.new.rand(1_000_000)',
      "6:('a'..'z').to_a.sample(8)",
      '8:rng.rand(2**64)',
    ]);
  });

  it('C#: Random.Shared and System.Random fields and typed variables, not RandomNumberGenerator', async () => {
    const source = [
      'public class Codes',
      '{',
      '    private static readonly Random _random = new Random();',
      '    public void Make()',
      '    {',
      '        var token = _random.Next(100000, 999999).ToString();',
      '        var sessionId = Random.Shared.NextInt64();',
      '        Random rnd = new Random();',
      '        int otp = rnd.Next(1000000);',
      '        var delay = Random.Shared.Next(100, 500);',
      '        var resetCode = RandomNumberGenerator.GetInt32(100000, 1000000);',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), ['6:_random.Next(100000, 999999)', '7:Random.Shared.NextInt64()', '9:rnd.Next(1000000)']);
  });
});

describe('insecure-randomness: what the finding says', () => {
  it('names the secret, the generator and the platform’s secure generator, and points at where a generator was made', async () => {
    const { findings } = await scan('java', 'class A {\n  void f() {\n    Random rnd = new Random();\n    int otp = rnd.nextInt(1000000);\n  }\n}');
    assert.strictEqual(findings.filter((f) => f.ruleId === RULE).length, 1);
    const finding = findings.find((f) => f.ruleId === RULE)!;
    assert.match(finding.message, /^rnd\.nextInt\(\) makes otp with a generator that is not cryptographic: .*so otp can be guessed\. Use java\.security\.SecureRandom\.$/);
    assert.deepStrictEqual(finding.related?.map((r) => [r.range.start.line, r.message]), [[2, 'the non-cryptographic generator is created here']]);
    assert.deepStrictEqual(finding.checklist, ['cryptographic-strength']);
    assert.strictEqual(finding.severity, 'warning');
    const python = await scan('python', 'otp = random.randint(0, 999999)');
    assert.match(python.findings[0]!.message, /Use the secrets module/);
  });

  it('follows a neutral variable one step to the name that says secret', async () => {
    const source = 'def make():\n    n = random.randint(0, 999999)\n    code = f"{n:06d}"\n    return code\n';
    assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['2:random.randint(0, 999999)']);
    assert.deepStrictEqual(await findingsOf(RULE, 'python', 'def pick():\n    n = random.randint(0, 9)\n    index = n\n'), []);
  });
});

/**
 * Facts the adapters do not emit yet, pinned: the rule is written for them (function names,
 * constructors as calls) and these tests show it working on facts that carry them.
 */
describe('insecure-randomness: functions and constructors are facts now', () => {
  it('sees a value returned by generateToken() as a token, and one returned by pickColour() as harmless', async () => {
    const source = 'function generateToken() {\n  let result = "";\n  for (let i = 0; i < 32; i++) {\n    result += chars.charAt(Math.floor(Math.random() * chars.length));\n  }\n  return result;\n}\nfunction pickColour() {\n  return palette[Math.floor(Math.random() * palette.length)];\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['4:Math.floor(Math.random() * chars.length)']);
  });

  it('sees Java new Random().nextLong() and C# var rnd = new Random() through their constructor calls', async () => {
    const java = 'class A {\n  void f() {\n    String token = Long.toHexString(new Random().nextLong());\n  }\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'java', java), ['3:new Random().nextLong()']);
    const csharp = 'class A {\n  void F() {\n    var rnd = new Random();\n    var otp = rnd.Next(1000000);\n  }\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', csharp), ['4:rnd.Next(1000000)']);
  });
});

describe('insecure-randomness: one value, one finding', () => {
  it('reports two draws that make one token on one line once', async () => {
    const source = 'function passwordResetToken() {\n  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'javascript', source), ['2:Math.random()']);
  });

  it("reads commons-lang's RandomStringUtils.insecure() and names redeemable codes (vouchers, coupons) as secrets", async () => {
    const java = 'class C {\n  static String temporaryStaffPassword() {\n    return RandomStringUtils.insecure().nextAlphanumeric(12);\n  }\n}';
    assert.deepStrictEqual((await findingsOf(RULE, 'java', java)).map((f) => f.split(':')[0]), ['3']);
    const php = "<?php\nfunction referralVoucher(): string {\n    return substr(str_shuffle('ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), 0, 8);\n}\nfunction shuffledTips(): string {\n    return str_shuffle('abc');\n}";
    assert.deepStrictEqual((await findingsOf(RULE, 'php', php)).map((f) => f.split(':')[0]), ['3']);
  });
});
