/**
 * The quick fixes of hardcoded-secret, insecure-randomness and insecure-cookie inside VS Code: in
 * one fixture per language (test/fixtures/workspace/gaps), each fix is applied as a user would
 * and its diagnostic goes. Every wait is on an event (see waitFor.ts); each file is reverted.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { quickFixesAt, ruleIds, waitForDiagnostics } from './waitFor';

interface ExpectedFix {
  readonly ruleId: string;
  /** The start of the quick fix's title. */
  readonly title: string;
  /** Text the document holds once the fix is applied. */
  readonly after: string;
  readonly preferred: boolean;
}

const secret = (variable: string, after: string): ExpectedFix => ({ ruleId: 'hardcoded-secret', title: `Read the secret from the environment variable ${variable}`, after, preferred: false });
const cookieOptions = (after: string): ExpectedFix => ({ ruleId: 'insecure-cookie', title: 'Set Secure, HttpOnly and SameSite=Lax', after, preferred: false });
const cookieOn = (after: string): ExpectedFix => ({ ruleId: 'insecure-cookie', title: 'Turn this cookie protection on', after, preferred: false });

const FIXTURES: ReadonlyArray<{ readonly file: string; readonly fixes: readonly ExpectedFix[] }> = [
  {
    file: 'gaps/session.ts',
    fixes: [
      secret('API_KEY', 'const apiKey = process.env.API_KEY;'),
      { ruleId: 'insecure-randomness', title: 'Use crypto.randomInt', after: "import { randomInt } from 'crypto';", preferred: false },
      cookieOptions("res.cookie('login_code', String(otp), { secure: true, httpOnly: true, sameSite: 'lax' })"),
    ],
  },
  {
    file: 'gaps/session.py',
    fixes: [
      secret('SECRET_KEY', 'app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]'),
      { ruleId: 'insecure-randomness', title: 'Use the secrets module', after: 'otp = secrets.randbelow(999999 - 100000 + 1) + 100000', preferred: true },
      cookieOptions('response.set_cookie("login_code", str(otp), secure=True, httponly=True, samesite="Lax")'),
    ],
  },
  {
    file: 'gaps/ResetCookies.java',
    fixes: [
      secret('MAIL_PASSWORD', 'MAIL_PASSWORD = System.getenv("MAIL_PASSWORD");'),
      { ruleId: 'insecure-randomness', title: 'Use SecureRandom', after: 'import java.security.SecureRandom;', preferred: true },
      cookieOn('cookie.setHttpOnly(true);'),
    ],
  },
  {
    file: 'gaps/tokens.go',
    fixes: [secret('API_TOKEN', 'var apiToken = os.Getenv("API_TOKEN")'), cookieOptions('HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}')],
  },
  {
    file: 'gaps/tokens.php',
    fixes: [
      secret('MAIL_PASSWORD', "define('MAIL_PASSWORD', getenv('MAIL_PASSWORD'));"),
      { ruleId: 'insecure-randomness', title: 'Use random_int', after: '$code = random_int(100000, 999999);', preferred: true },
      cookieOptions("setcookie('reset_code', (string) $code, ['secure' => true, 'httponly' => true, 'samesite' => 'Lax']);"),
    ],
  },
  {
    file: 'gaps/tokens.rb',
    fixes: [
      secret('API_KEY', 'API_KEY = ENV.fetch("API_KEY")'),
      { ruleId: 'insecure-randomness', title: 'Use SecureRandom.random_number', after: "require 'securerandom'", preferred: true },
      cookieOptions("response.set_cookie('reset', value: token, secure: true, httponly: true, same_site: :lax)"),
    ],
  },
  {
    file: 'gaps/ResetCodes.cs',
    fixes: [
      secret('SMTP_PASSWORD', 'SmtpPassword = Environment.GetEnvironmentVariable("SMTP_PASSWORD");'),
      { ruleId: 'insecure-randomness', title: 'Use RandomNumberGenerator.GetInt32', after: 'var code = RandomNumberGenerator.GetInt32(100000, 999999);', preferred: true },
      cookieOptions('new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Lax }'),
    ],
  },
];

describe('Quick fixes for hard-coded secrets, weak randomness and insecure cookies', () => {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;

  before(() => {
    assert.ok(folder, 'the fixture workspace is open');
  });

  for (const { file, fixes } of FIXTURES) {
    it(`applies ${fixes.map((f) => f.ruleId).join(', ')} fixes in ${file}, and each finding goes`, async () => {
      const uri = vscode.Uri.joinPath(folder!, file);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: false });
      if (document.languageId === 'typescript') {
        // The TypeScript server cancels code-action requests made while it starts: ask it something first.
        await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
      }
      try {
        for (const expected of fixes) {
          await applyFix(uri, document, expected);
        }
      } finally {
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    });
  }

  it('offers no randomness fix in Go, where crypto/rand has no one-call equivalent', async () => {
    const uri = vscode.Uri.joinPath(folder!, 'gaps/tokens.go');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const diagnostics = await waitForDiagnostics(uri, (d) => ruleIds(d).includes('insecure-randomness'), 'the insecure-randomness diagnostic');
    const random = diagnostics.find((d) => ruleIds([d])[0] === 'insecure-randomness')!;
    const actions = await quickFixesAt(uri, random.range, (offered) => offered.some((a) => a.title.startsWith('Suppress insecure-randomness')), 'the suppression quick fixes');
    assert.ok(!actions.some((a) => a.edit), actions.map((a) => a.title).join(' | '));
    assert.ok(actions.some((a) => a.title.startsWith('Suppress insecure-randomness')), actions.map((a) => a.title).join(' | '));
  });
});

/** Finds the rule's diagnostic, applies the quick fix titled as expected, and waits for the rescan to drop it. */
async function applyFix(uri: vscode.Uri, document: vscode.TextDocument, expected: ExpectedFix): Promise<void> {
  const { ruleId } = expected;
  const diagnostics = await waitForDiagnostics(uri, (d) => ruleIds(d).includes(ruleId), `the ${ruleId} diagnostic`);
  const diagnostic = diagnostics.find((d) => ruleIds([d])[0] === ruleId)!;
  const actions = await quickFixesAt(uri, diagnostic.range, (offered) => offered.some((a) => a.title.startsWith(expected.title)), `the ${ruleId} fix`);
  const fix = actions.find((a) => a.title.startsWith(expected.title));
  assert.ok(fix?.edit, `${ruleId}: ${actions.map((a) => a.title).join(' | ')}`);
  assert.strictEqual(fix.isPreferred === true, expected.preferred, `${ruleId}: preferred`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.ok(document.getText().includes(expected.after), document.getText());
  // The diagnostic goes only once the edited document is rescanned, so later fixes read fresh ranges.
  await waitForDiagnostics(uri, (d) => !ruleIds(d).includes(ruleId), `the ${ruleId} diagnostic to go`);
}
