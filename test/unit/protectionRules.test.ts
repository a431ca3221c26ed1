import * as assert from 'assert';
import { findingsOf, scan } from './helpers';

describe('tls-verification-disabled', () => {
  const RULE = 'tls-verification-disabled';

  it('reports certificate checks switched off (TypeScript)', async () => {
    const source = [
      'https.request({ host, rejectUnauthorized: false });',
      "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
      'axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: true }) });',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['1:false', "2:'0'"]);
  });

  it('reports verify=False, CERT_NONE and unverified contexts (Python)', async () => {
    const source = ['requests.get(url, verify=False)', 'ctx = ssl.create_default_context()', 'ctx.wrap_socket(s, cert_reqs=ssl.CERT_NONE)', 'ssl._create_default_https_context = ssl._create_unverified_context', 'requests.get(url, verify=True)'].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['1:False', '3:ssl.CERT_NONE', '4:ssl._create_unverified_context']);
  });

  it('reports InsecureSkipVerify (Go), and says what to do instead', async () => {
    const { findings } = await scan('go', 'package p\nvar c = &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS12}\n');
    assert.deepStrictEqual(findings.map((f) => f.ruleId), ['tls-verification-disabled']);
    assert.match(findings[0]?.message ?? '', /InsecureSkipVerify = true switches off TLS certificate verification.*trust that CA instead/);
    assert.deepStrictEqual(findings[0]?.checklist, ['encryption-in-transit']);
    assert.strictEqual(findings[0]?.severity, 'error');
  });
});

describe('insecure-transport', () => {
  const RULE = 'insecure-transport';

  it('reports plain-text URLs used to connect, not local ones, namespaces or prefix checks', async () => {
    const source = [
      "fetch('http://api.partner.com/v1/patients');",
      "const client = new Client({ baseUrl: 'http://crm.internal.acme.net' });",
      "const ws = new WebSocket('ws://chat.acme.com/socket');",
      "fetch('http://localhost:8080/health');",
      "const ns = 'http://www.w3.org/2000/svg';",
      "if (url.startsWith('http://')) { upgrade(url); }",
      "const docs = { homepage: 'https://acme.com' };",
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ["1:'http://api.partner.com/v1/patients'", "2:'http://crm.internal.acme.net'", "3:'ws://chat.acme.com/socket'"]);
  });

  it('reports plain-text URLs in Python and Go', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'python', 'requests.post("http://reports.acme.org/upload", json=payload)\nWEBHOOK_URL = "http://hooks.acme.org/x"\n'), ['1:"http://reports.acme.org/upload"', '2:"http://hooks.acme.org/x"']);
    assert.deepStrictEqual(await findingsOf(RULE, 'go', 'package p\nfunc f() { http.Get("http://api.acme.com/v1") }\n'), ['2:"http://api.acme.com/v1"']);
  });
});

describe('weak-cryptography', () => {
  const RULE = 'weak-cryptography';

  it('reports weak algorithms, createCipher, ECB and short RSA keys (TypeScript)', async () => {
    const source = [
      "crypto.createHash('md5').update(data);",
      "crypto.createCipheriv('des-ede3-cbc', key, iv);",
      "crypto.createCipher('aes-256-cbc', password);",
      "crypto.createCipheriv('aes-128-ecb', key, null);",
      "crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });",
      "crypto.createHash('sha256').update(data);",
      "crypto.generateKeyPairSync('rsa', { modulusLength: 4096 });",
    ].join('\n');
    const found = await findingsOf(RULE, 'typescript', source);
    assert.deepStrictEqual(found, ["1:'md5'", "2:'des-ede3-cbc'", "3:crypto.createCipher('aes-256-cbc', password)", "4:'aes-128-ecb'", '5:1024']);
  });

  it('reports hashlib.md5, DES.new, AES ECB mode and short keys (Python), and Go md5/des', async () => {
    const python = ['digest = hashlib.md5(data).hexdigest()', 'cipher = AES.new(key, AES.MODE_ECB)', 'key = rsa.generate_private_key(public_exponent=65537, key_size=1024)', 'ok = hashlib.sha256(data)'].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'python', python), ['1:hashlib.md5(data)', '2:AES.MODE_ECB', '3:1024']);
    const go = 'package p\nfunc f() {\n\th := md5.New()\n\tb, _ := des.NewCipher(key)\n\tk, _ := rsa.GenerateKey(rand.Reader, 1024)\n}\n';
    assert.deepStrictEqual(await findingsOf(RULE, 'go', go), ['3:md5.New()', '4:des.NewCipher(key)', '5:1024']);
  });

  it('raises the cryptographic-strength checklist item and says what to use instead', async () => {
    const { findings } = await scan('typescript', "crypto.createHash('sha1');");
    assert.deepStrictEqual(findings[0]?.checklist, ['cryptographic-strength']);
    assert.match(findings[0]?.message ?? '', /SHA-256 or stronger.*password hash/);
  });
});

describe('weak-cryptography in context', () => {
  const RULE = 'weak-cryptography';

  it('reads Java transformations, signature schemes and KeyPairGenerator sizes', async () => {
    const java = [
      'class C { void f() throws Exception {',
      '  Cipher a = Cipher.getInstance("Blowfish/CBC/PKCS5Padding");',
      '  Cipher b = Cipher.getInstance("AES");',
      '  Cipher ok = Cipher.getInstance("AES/GCM/NoPadding");',
      '  Signature s = Signature.getInstance("SHA1withRSA");',
      '  KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");',
      '  g.initialize(1024);',
      '  KeyGenerator k = KeyGenerator.getInstance("AES");',
      '} }',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'java', java), ['2:"Blowfish/CBC/PKCS5Padding"', '3:"AES"', '5:"SHA1withRSA"', '7:1024']);
  });

  it('reads .NET digest names, ECB assignments and PHP OpenSSL digest constants', async () => {
    const csharp = 'class C { void F() { aes.Mode = CipherMode.ECB; key.SignData(b, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1); var h = MD5.HashData(b); var ok = SHA256.HashData(b); } }';
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', csharp), ['1:CipherMode.ECB', '1:HashAlgorithmName.SHA1', '1:MD5.HashData(b)']);
    assert.deepStrictEqual(await findingsOf(RULE, 'php', '<?php\nopenssl_sign($data, $signature, $key, OPENSSL_ALGO_SHA1);\nopenssl_sign($data, $signature, $key, OPENSSL_ALGO_SHA256);'), ['2:OPENSSL_ALGO_SHA1']);
  });

  it('leaves digests of passwords to weak-password-hash, and digests of random values to insecure-randomness', async () => {
    const ts = ["const a = createHash('md5').update(password).digest('hex');", "const b = createHash('md5').update(body).digest('hex');"].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', ts), ["2:'md5'"]);
    const csharp = 'class C { string F(string pin) { using var sha1 = SHA1.Create(); return Hex(sha1.ComputeHash(Bytes(pin))); } }';
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', csharp), [], 'the hasher kept in a variable is fed the PIN');
    assert.deepStrictEqual(await findingsOf(RULE, 'php', '<?php\nreturn md5(uniqid((string) mt_rand(), true));'), []);
  });

  it('does not report MD5 marked not for security', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'python', 'a = hashlib.md5(scan, usedforsecurity=False)\nb = hashlib.md5(scan)'), ['2:hashlib.md5(scan)']);
  });
});

describe('tls-verification-disabled and insecure-transport, further spellings', () => {
  it('reports curl_setopt switches, host-name checks, and named accept-all validators', async () => {
    const php = "<?php\ncurl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);\ncurl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);\ncurl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);\n$o = ['verify_peer_name' => false];\nHttp::withoutVerifying()->get($u);";
    assert.deepStrictEqual(await findingsOf('tls-verification-disabled', 'php', php), ['2:false', '3:0', '5:false', '6:Http::withoutVerifying()']);
    assert.deepStrictEqual(await findingsOf('tls-verification-disabled', 'python', 'context.check_hostname = False'), ['1:False']);
    const csharp = 'class C { void F() { var h = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator }; } }';
    assert.deepStrictEqual(await findingsOf('tls-verification-disabled', 'csharp', csharp), ['1:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator']);
  });

  it('reports SMTP without TLS and insecure gRPC channels, not a client that starts TLS or a loopback channel', async () => {
    const python = ['def a():', '    with smtplib.SMTP("smtp.acme.co.uk", 25) as s:', '        s.send_message(m)', 'def b():', '    with smtplib.SMTP("smtp.acme.co.uk", 587) as s:', '        s.starttls()', 'EMAIL_USE_TLS = False'].join('\n');
    assert.deepStrictEqual(await findingsOf('insecure-transport', 'python', python), ['2:smtplib.SMTP("smtp.acme.co.uk", 25)', '7:False']);
    const go = ['package p', 'func f() {', '  grpc.NewClient("risk.acme.internal:50051", grpc.WithTransportCredentials(insecure.NewCredentials()))', '  grpc.NewClient("localhost:50051", grpc.WithTransportCredentials(insecure.NewCredentials()))', '}'].join('\n');
    assert.deepStrictEqual(await findingsOf('insecure-transport', 'go', go), ['3:insecure.NewCredentials()']);
    const java = 'class C { void f() { props.put("mail.smtp.starttls.enable", "false"); props.put("mail.smtp.auth", "false"); } }';
    assert.deepStrictEqual(await findingsOf('insecure-transport', 'java', java), ['1:"false"']);
  });
});
