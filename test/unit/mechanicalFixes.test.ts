import * as assert from 'assert';
import { mechanicalFix } from '../../src/core/fixes/mechanicalFixes';

describe('mechanical fixes', () => {
  it('turn TLS verification back on, in each spelling', () => {
    const cases: [string, string][] = [
      ['false', 'true'],
      ['False', 'True'],
      ['true', 'false'],
      ["'0'", "'1'"],
      ['"0"', '"1"'],
      ['ssl.CERT_NONE', 'ssl.CERT_REQUIRED'],
      ['OpenSSL::SSL::VERIFY_NONE', 'OpenSSL::SSL::VERIFY_PEER'],
      ['ssl._create_unverified_context()', 'ssl.create_default_context()'],
    ];
    for (const [text, expected] of cases) {
      assert.strictEqual(mechanicalFix('tls-verification-disabled', text)?.replacement, expected, text);
    }
  });

  it('switch http:// and ws:// to their encrypted schemes, and leave ftp:// for a person to decide', () => {
    assert.strictEqual(mechanicalFix('insecure-transport', "'http://api.acme.com/v1'")?.replacement, "'https://api.acme.com/v1'");
    assert.strictEqual(mechanicalFix('insecure-transport', '`ws://chat.acme.com/${room}`')?.replacement, '`wss://chat.acme.com/${room}`');
    assert.strictEqual(mechanicalFix('insecure-transport', "'ftp://files.acme.com'"), undefined);
  });

  it('replace MD5 and SHA-1 hashes with SHA-256, and nothing else', () => {
    assert.strictEqual(mechanicalFix('weak-cryptography', "'md5'")?.replacement, "'sha256'");
    assert.strictEqual(mechanicalFix('weak-cryptography', '"SHA1"')?.replacement, '"sha256"');
    assert.strictEqual(mechanicalFix('weak-cryptography', "'des-ede3-cbc'"), undefined);
    assert.strictEqual(mechanicalFix('weak-cryptography', 'hashlib.md5(data)'), undefined);
    assert.strictEqual(mechanicalFix('personal-data-field', 'email'), undefined);
  });
});
