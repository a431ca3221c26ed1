/**
 * weak-password-hash on credentials kept as typed: stored credential columns, comparisons of the
 * typed credential with the stored one (constant-time ones too), and fast schemes named by
 * configuration or salt. PINs, passcodes and recovery codes are credentials.
 */
import * as assert from 'assert';
import { findingsOf, scan } from './helpers';

const RULE = 'weak-password-hash';

describe('weak-password-hash: credentials compared as typed', () => {
  it('Python: `==` in a return, not a confirmation check, a hash comparison or a None check', async () => {
    const source = [
      'def check_van_pin(driver, entered_pin: str) -> bool:',
      '    return driver.van_pin == entered_pin',
      'def passwords_match(password, password_confirmation):',
      '    return password == password_confirmation',
      'def digest_matches(user, digest):',
      '    return user.password_hash == digest',
      'def missing(password):',
      '    return password == None',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['2:driver.van_pin == entered_pin']);
  });

  it('TypeScript, PHP, C# and Go: `===` and `==` between a stored and a typed credential', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'javascript', 'function checkSupportPin(customer, enteredPin) {\n  return customer.supportPin === enteredPin;\n}'), [
      '2:customer.supportPin === enteredPin',
    ]);
    const php = "<?php\nfunction check($row, string $password): bool {\n    return $row !== false && $row['password'] === $password;\n}";
    assert.deepStrictEqual(await findingsOf(RULE, 'php', php), ["3:$row['password'] === $password"]);
    const csharp = 'class P {\n  public static bool TillPinMatches(Staff staff, string enteredPin) =>\n      staff.TillPin == enteredPin;\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', csharp), ['3:staff.TillPin == enteredPin']);
    const go = 'package auth\nfunc SupportPinMatches(storedPin, spokenPin string) bool {\n\treturn storedPin == spokenPin\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'go', go), ['3:storedPin == spokenPin']);
  });

  it('equals() and constant-time comparisons of plaintext, not of a digest', async () => {
    const java = 'class C {\n  boolean a(String spokenPin) {\n    return telephonePin.equals(spokenPin);\n  }\n  boolean b(String raw) {\n    return encoder.matches(raw, passwordHash);\n  }\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'java', java), ['3:telephonePin.equals(spokenPin)']);
    const go = 'package auth\nfunc Matches(storedPassword, entered string) bool {\n\treturn subtle.ConstantTimeCompare([]byte(storedPassword), []byte(entered)) == 1\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'go', go), ['3:subtle.ConstantTimeCompare([]byte(storedPassword), []byte(entered))']);
    const csharp = 'class C {\n  static bool M(string storedPasscode, string entered) =>\n    string.Equals(storedPasscode, entered, StringComparison.Ordinal);\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', csharp), ['3:string.Equals(storedPasscode, entered, StringComparison.Ordinal)']);
    const ruby = 'class Applicant\n  def recovery_code_matches?(entered)\n    ActiveSupport::SecurityUtils.secure_compare(recovery_code, entered)\n  end\nend';
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', ruby), ['3:ActiveSupport::SecurityUtils.secure_compare(recovery_code, entered)']);
    const digest = [
      'export function verify(password: string, stored: string): boolean {',
      "  const candidate = Buffer.from(legacyDigest(password), 'hex');",
      "  return timingSafeEqual(candidate, Buffer.from(stored, 'hex'));",
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', digest), []);
  });

  it("a record's own equals() comparing every field is not a credential check", async () => {
    const java = 'class Account {\n  @Override\n  public boolean equals(Object o) {\n    Account other = (Account) o;\n    return Objects.equals(legacyPin, other.legacyPin) && Objects.equals(email, other.email);\n  }\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'java', java), []);
  });
});

describe('weak-password-hash: credential columns stored as typed', () => {
  it('TypeORM, Django, Rails migrations and JPA: PIN, passcode, recovery-code and qualified password columns; not hashes or a bare password', async () => {
    const typeorm = [
      '@Entity()',
      'export class PatientAccount {',
      '  @Column({ length: 60 })',
      '  passwordHash: string;',
      '  @Column({ length: 64, nullable: true })',
      '  legacyPassword?: string;',
      '  @Column()',
      '  password: string;',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', typeorm), ['6:legacyPassword']);
    const django = 'class DeliveryDriver(models.Model):\n    van_pin = models.CharField(max_length=6)\n    pin_hash = models.CharField(max_length=128)';
    assert.deepStrictEqual(await findingsOf(RULE, 'python', django), ['2:van_pin']);
    const rails = 'class CreateApplicants < ActiveRecord::Migration[7.1]\n  def change\n    create_table :applicants do |t|\n      t.string :recovery_code\n      t.string :password_digest, null: false\n    end\n  end\nend';
    assert.deepStrictEqual((await findingsOf(RULE, 'ruby', rails)).map((f) => f.split(':')[0]), ['4']);
    const jpa = '@Entity\npublic class CustomerProfile {\n    @Column(name = "telephone_pin")\n    private String telephonePin;\n    @Column(name = "password_hash")\n    private String passwordHash;\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'java', jpa), ['4:telephonePin']);
  });

  it('flags and dates about a credential are not the credential', async () => {
    const django = 'class Member(models.Model):\n    pin_enabled = models.BooleanField(default=False)\n    has_passcode = models.BooleanField(default=False)\n    passcode_set = models.DateTimeField(null=True)';
    assert.deepStrictEqual(await findingsOf(RULE, 'python', django), []);
  });

  it('a DTO field named for a PIN is not a column', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', 'export class VerifyPinDto {\n  @IsString()\n  pin: string;\n}'), []);
  });
});

describe('weak-password-hash: fast schemes named by configuration or salt', () => {
  it("Django's MD5PasswordHasher, not PBKDF2PasswordHasher", async () => {
    const settings = 'PASSWORD_HASHERS = [\n    "django.contrib.auth.hashers.MD5PasswordHasher",\n    "django.contrib.auth.hashers.PBKDF2PasswordHasher",\n]';
    assert.deepStrictEqual(await findingsOf(RULE, 'python', settings), ['2:"django.contrib.auth.hashers.MD5PasswordHasher"']);
  });

  it("PHP crypt() with an MD5-crypt salt, not with a bcrypt one", async () => {
    const php = "<?php\nfunction a(string $password, string $salt) {\n    return crypt($password, '$1$' . $salt . '$');\n}\nfunction b(string $password) {\n    return crypt($password, '$2y$12$abcdefghijklmnopqrstuv');\n}";
    assert.deepStrictEqual(await findingsOf(RULE, 'php', php), ["3:crypt($password, '$1$' . $salt . '$')"]);
  });
});

describe('weak-password-hash and weak-cryptography on recovery codes', () => {
  it('a recovery code hashed with MD5 is weak-password-hash only', async () => {
    const source = 'import hashlib\ndef store(recovery_code: str) -> str:\n    return hashlib.md5(recovery_code.encode()).hexdigest()';
    const { findings } = await scan('python', source);
    assert.deepStrictEqual(findings.filter((f) => f.ruleId === RULE || f.ruleId === 'weak-cryptography').map((f) => `${f.ruleId}@${f.range.start.line + 1}`), ['weak-password-hash@3']);
  });
});
