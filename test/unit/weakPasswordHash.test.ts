/**
 * weak-password-hash in the seven languages: fast hashes over passwords (one-shot, chained and
 * through a hash object in a variable), PBKDF2 with too few iterations, passwords stored as typed;
 * and what is fine: password hashes, fast hashes of other data, a fast pre-hash fed to bcrypt.
 */
import * as assert from 'assert';
import { findingsOf, scan, scanner } from './helpers';

const RULE = 'weak-password-hash';

describe('weak-password-hash (TypeScript/JavaScript)', () => {
  const SOURCE = [
    'export async function register(req: Request, res: Response) {',
    "  const digest = crypto.createHash('sha256').update(req.body.password).digest('hex');",
    '  const pw = req.body.password;',
    "  const legacy = crypto.createHash('md5').update(pw + salt).digest('hex');",
    "  const hasher = crypto.createHash('sha1');",
    '  hasher.update(pw);',
    '  const quick = md5(req.body.newPassword);',
    '  const safe = await bcrypt.hash(pw, 12);',
    '  const argon = await argon2.hash(req.body.password);',
    "  const prehashed = await bcrypt.hash(crypto.createHash('sha256').update(pw).digest('base64'), 12);",
    "  const checksum = crypto.createHash('sha256').update(fileContents).digest('hex');",
    "  const resetDigest = crypto.createHash('sha256').update(passwordResetToken).digest('hex');",
    "  const key = crypto.pbkdf2Sync(pw, salt, 1000, 64, 'sha512');",
    "  const strong = crypto.pbkdf2Sync(pw, salt, 600000, 64, 'sha512');",
    '}',
  ].join('\n');

  it('reports fast hashes fed a password (chained, through a variable, one-shot) and PBKDF2 with 1000 iterations', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', SOURCE), [
      "2:crypto.createHash('sha256').update(req.body.password)",
      "4:crypto.createHash('md5').update(pw + salt)",
      '6:hasher.update(pw)',
      '7:md5(req.body.newPassword)',
      '13:1000',
    ]);
  });

  it('says which password, which hash and what to use, points at where the password came from, and raises cryptographic-strength', async () => {
    const { findings } = await scan('typescript', SOURCE);
    const legacy = findings.find((f) => f.ruleId === RULE && f.range.start.line === 3)!;
    assert.match(legacy.message, /^update\(\) hashes the password in pw \(from req\.body\.password\) with MD5, a fast hash: .* Use a password hash: bcrypt, scrypt, Argon2id, or PBKDF2/);
    assert.deepStrictEqual(legacy.related?.map((r) => r.range.start.line), [2]);
    assert.deepStrictEqual(legacy.checklist, ['cryptographic-strength']);
    assert.strictEqual(legacy.severity, 'error');
    const pbkdf2 = findings.find((f) => f.ruleId === RULE && f.range.start.line === 12)!;
    assert.match(pbkdf2.message, /^PBKDF2 with 1000 iterations .* at least 100,000/);
  });

  it('does not report a raw password given to a model field: Mongoose and Sequelize hooks often hash it (pinned: the facts cannot show a hook)', async () => {
    const source = 'async function signup(req) {\n  user.password = req.body.password;\n  await user.save();\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'javascript', source), []);
    // A field named for a hash given the raw password is wrong whatever the framework.
    assert.deepStrictEqual(await findingsOf(RULE, 'javascript', 'async function signup(req) {\n  user.passwordHash = req.body.password;\n}'), ['2:user.passwordHash']);
  });
});

describe('weak-password-hash (Python)', () => {
  it('reports hashlib over a password, a hash object fed one, weak PBKDF2, and a Django password field given the raw value', async () => {
    const source = [
      'def register(request):',
      '    password = request.POST["password"]',
      '    digest = hashlib.sha256(password.encode()).hexdigest()',
      '    legacy = hashlib.md5(request.form["password"].encode("utf-8")).hexdigest()',
      '    named = hashlib.new("sha1", password.encode())',
      '    m = hashlib.sha512()',
      '    m.update(password.encode())',
      '    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)',
      '    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=10000)',
      '    user.password = request.POST["password"]',
      '    ok = bcrypt.hashpw(password.encode(), bcrypt.gensalt())',
      '    also_ok = make_password(password)',
      '    strong = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations=600000)',
      '    etag = hashlib.sha256(file_bytes).hexdigest()',
      '    user.set_password(password)',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'python', source), [
      '3:hashlib.sha256(password.encode())',
      '4:hashlib.md5(request.form["password"].encode("utf-8"))',
      '5:hashlib.new("sha1", password.encode())',
      '7:m.update(password.encode())',
      '8:1000',
      '9:10000',
      '10:user.password',
    ]);
  });
});

describe('weak-password-hash (Java)', () => {
  it('reports MessageDigest and DigestUtils over a password, weak PBEKeySpec, and an entity given the raw request password', async () => {
    const source = [
      'class AccountService {',
      '    String hash(String password) throws Exception {',
      '        MessageDigest md = MessageDigest.getInstance("SHA-256");',
      '        return Base64.getEncoder().encodeToString(md.digest(password.getBytes(StandardCharsets.UTF_8)));',
      '    }',
      '    String legacy(User user) {',
      '        return DigestUtils.md5Hex(user.getPassword());',
      '    }',
      '    void register(HttpServletRequest request, User user) {',
      '        user.setPassword(request.getParameter("password"));',
      '        PBEKeySpec weak = new PBEKeySpec(password.toCharArray(), salt, 1000, 256);',
      '        PBEKeySpec fine = new PBEKeySpec(password.toCharArray(), salt, 310000, 256);',
      '        String encoded = passwordEncoder.encode(request.getParameter("password"));',
      '    }',
      '    byte[] checksum(byte[] fileBytes) throws Exception {',
      '        MessageDigest md = MessageDigest.getInstance("SHA-256");',
      '        return md.digest(fileBytes);',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'java', source), [
      '4:md.digest(password.getBytes(StandardCharsets.UTF_8))',
      '7:DigestUtils.md5Hex(user.getPassword())',
      '10:user.setPassword(request.getParameter("password"))',
      '11:1000',
    ]);
  });
});

describe('weak-password-hash (Go)', () => {
  it('reports sha256.Sum256 and md5.Sum over a password, a sha1 hash object fed one, weak pbkdf2.Key, and a struct field given the form value', async () => {
    const source = [
      'package accounts',
      '',
      'func Register(w http.ResponseWriter, r *http.Request) {',
      '\tpassword := r.FormValue("password")',
      '\tsum := sha256.Sum256([]byte(password))',
      '\tlegacy := md5.Sum([]byte(req.Password))',
      '\th := sha1.New()',
      '\th.Write([]byte(password))',
      '\tkey := pbkdf2.Key([]byte(password), salt, 4096, 32, sha256.New)',
      '\tstrong := pbkdf2.Key([]byte(password), salt, 600000, 32, sha256.New)',
      '\thashed, _ := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)',
      '\tetag := sha256.Sum256(body)',
      '\tuser.Password = r.FormValue("password")',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'go', source), [
      '5:sha256.Sum256([]byte(password))',
      '6:md5.Sum([]byte(req.Password))',
      '8:h.Write([]byte(password))',
      '9:4096',
      '13:user.Password',
    ]);
  });
});

describe('weak-password-hash (PHP)', () => {
  it("reports md5(), sha1() and hash('sha256') over a password and weak hash_pbkdf2; not password_hash or Hash::make", async () => {
    const source = [
      '<?php',
      'function register(Request $request, User $user) {',
      "    $password = $_POST['password'];",
      '    $a = md5($password);',
      "    $b = sha1($request->input('password'));",
      "    $c = hash('sha256', $password . $salt);",
      "    $k = hash_pbkdf2('sha256', $password, $salt, 1000);",
      '    $ok = password_hash($password, PASSWORD_DEFAULT);',
      '    $user->password = Hash::make($request->password);',
      "    $etag = hash('sha256', $fileContents);",
      '    $user->password_hash = $request->password;',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'php', source), [
      '4:md5($password)',
      "5:sha1($request->input('password'))",
      "6:hash('sha256', $password . $salt)",
      '7:1000',
      '11:$user->password_hash',
    ]);
  });

  it('does not report $user->password = $request->password: Laravel hashes it through the hashed cast or a mutator (pinned)', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'php', '<?php\nfunction f($request, $user) {\n    $user->password = $request->password;\n}'), []);
  });
});

describe('weak-password-hash (Ruby)', () => {
  it('reports Digest over a password and weak PBKDF2; not BCrypt, or a password given to has_secure_password', async () => {
    const source = [
      'class UsersController < ApplicationController',
      '  def create',
      '    password = params[:password]',
      '    digest = Digest::SHA256.hexdigest(password)',
      '    legacy = Digest::MD5.hexdigest(params[:user][:password] + salt)',
      '    key = OpenSSL::PKCS5.pbkdf2_hmac(password, salt, 1000, 32, OpenSSL::Digest::SHA256.new)',
      "    key2 = OpenSSL::KDF.pbkdf2_hmac(password, salt: salt, iterations: 20_000, length: 32, hash: 'sha256')",
      '    ok = BCrypt::Password.create(password)',
      '    @user.password = params[:password]',
      '    etag = Digest::SHA1.hexdigest(file_contents)',
      '    @user.password_digest = params[:password]',
      '  end',
      'end',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', source), [
      '4:Digest::SHA256.hexdigest(password)',
      '5:Digest::MD5.hexdigest(params[:user][:password] + salt)',
      '6:1000',
      '7:20_000',
      '11:@user.password_digest',
    ]);
  });
});

describe('weak-password-hash (C#)', () => {
  it('reports SHA256.HashData, MD5.Create().ComputeHash and a SHA256 object over a password, weak PBKDF2, and an entity given the raw password', async () => {
    const source = [
      'public class AccountService',
      '{',
      '    public void Register(RegisterRequest request, User user, string password)',
      '    {',
      '        var a = SHA256.HashData(Encoding.UTF8.GetBytes(password));',
      '        var b = MD5.Create().ComputeHash(Encoding.UTF8.GetBytes(request.Password));',
      '        using var sha = SHA512.Create();',
      '        var c = sha.ComputeHash(Encoding.UTF8.GetBytes(password));',
      '        var k = Rfc2898DeriveBytes.Pbkdf2(password, salt, 1000, HashAlgorithmName.SHA256, 32);',
      '        var k2 = KeyDerivation.Pbkdf2(password: password, salt: salt, prf: KeyDerivationPrf.HMACSHA256, iterationCount: 10000, numBytesRequested: 32);',
      '        var k3 = new Rfc2898DeriveBytes(password, salt, 5000, HashAlgorithmName.SHA256);',
      '        var ok = _hasher.HashPassword(user, password);',
      '        var fine = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600000, HashAlgorithmName.SHA256, 32);',
      '        var etag = SHA256.HashData(fileBytes);',
      '        user.Password = request.Password;',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), [
      '5:SHA256.HashData(Encoding.UTF8.GetBytes(password))',
      '6:MD5.Create().ComputeHash(Encoding.UTF8.GetBytes(request.Password))',
      '8:sha.ComputeHash(Encoding.UTF8.GetBytes(password))',
      '9:1000',
      '10:10000',
      '11:5000',
      '15:user.Password',
    ]);
  });
});

/**
 * What the facts do not show. Each test pins the gap, so that the day an adapter emits the fact the
 * test fails and the rule can claim the case.
 */
describe('weak-password-hash: known gaps', () => {
  it('a comparison of passwords in an `if` condition leaves no fact in any language (in a return it does)', async () => {
    const ts = "function login(req, user) {\n  if (user.password === req.body.password) { return 'ok'; }\n}";
    const facts = await scanner.extractFacts(ts, 'typescript');
    assert.deepStrictEqual(facts.calls, []);
    assert.deepStrictEqual(facts.assignments, []);
    assert.deepStrictEqual(await findingsOf(RULE, 'python', 'def login(request, user):\n    if user.password == request.POST["password"]:\n        return True'), []);
  });

  it("Ruby: a method's last expression is not among its returns, so `driver.van_pin == entered_pin` ending a method is not seen (an explicit return is)", async () => {
    const implicit = 'def van_pin_ok?(driver, entered_pin)\n  driver.van_pin == entered_pin\nend';
    const facts = await scanner.extractFacts(implicit, 'ruby');
    assert.deepStrictEqual(facts.functions?.[0]?.returns, []);
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', implicit), []);
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', implicit.replace('  driver', '  return driver')), ['2:driver.van_pin == entered_pin']);
  });

  it("an object literal's key is not paired with its value: `User.create({ password: req.body.password })`", async () => {
    const facts = await scanner.extractFacts('async function signup(req) {\n  await User.create({ email: req.body.email, password: req.body.password });\n}', 'typescript');
    const create = facts.calls.find((c) => c.calleePath.join('.') === 'User.create');
    // The value is there, and a declaration for the key, but nothing says which value the key was given.
    assert.deepStrictEqual(create?.arguments[0]?.references.map((r) => r.path.join('.')), ['req.body.email', 'req.body.password']);
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', 'async function signup(req) {\n  await User.create({ passwordHash: req.body.password });\n}'), []);
  });
});
