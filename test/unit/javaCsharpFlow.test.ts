/**
 * The rules that read data flow and literals (personal-data-in-log through local flow,
 * insecure-transport, tls-verification-disabled, weak-cryptography) on Java and C#, whose adapters
 * emit those facts from their own walkers (javaFlow.ts, csharpFlow.ts).
 */
import * as assert from 'assert';
import type { SourceFacts } from '../../src/core/facts';
import { findingsOf, scan, scanner } from './helpers';

const JAVA_BOOKING = [
  '@Service',
  'public class BookingService {',
  '    private static final Logger log = LoggerFactory.getLogger(BookingService.class);',
  '',
  '    public void book(User user, List<User> users) {',
  '        String e = user.getEmail();',
  '        log.info("booked {}", e);',
  '        log.info("masked {}", mask(user.getEmail()));',
  '        log.info("hashed {}", user.getEmail().hashCode());',
  '        log.info("{} users", users.size());',
  '        String m = maskEmail(user.getPhone());',
  '        log.info("m {}", m);',
  '        String line = "booked ";',
  '        line += user.getDateOfBirth();',
  '        log.debug(line);',
  '        log.info("phone {}", String.valueOf(user.getPhone()));',
  '    }',
  '',
  '    public void other() {',
  '        log.info("e {}", e);',
  '    }',
  '}',
].join('\n');

const CSHARP_BOOKING = [
  'public class BookingService',
  '{',
  '    private readonly ILogger<BookingService> _logger;',
  '',
  '    public void Book(User user, List<User> users)',
  '    {',
  '        var e = user.Email;',
  '        _logger.LogInformation("Booked {Email}", e);',
  '        _logger.LogInformation("Masked {Email}", Mask(user.Email));',
  '        _logger.LogInformation("Hash {Hash}", user.Email.GetHashCode());',
  '        _logger.LogInformation("{Count} users", users.Count());',
  '        var (tel, n) = (user.Phone, 1);',
  '        _logger.LogWarning("Call {Tel}", tel);',
  '        string line = "booked ";',
  '        line += user.DateOfBirth;',
  '        _logger.LogDebug(line);',
  '        var dto = new Dto { Email = Mask(user.Email) };',
  '        _logger.LogInformation("Dto {@Dto}", dto);',
  '    }',
  '',
  '    public void Other() => _logger.LogInformation("{E}", e);',
  '}',
].join('\n');

describe('personal-data-in-log through local data flow (Java, C#)', () => {
  const RULE = 'personal-data-in-log';

  it('follows aliases and compound assignments, and stops at sanitisers, hashes and counts (Java)', async () => {
    // String.valueOf is no sanitiser: the phone number still reaches the log.
    assert.deepStrictEqual(await findingsOf(RULE, 'java', JAVA_BOOKING), ['7:e', '15:line', '16:user.getPhone()']);
  });

  it('follows aliases, tuple elements and compound assignments, and stops at sanitisers, hashes and counts (C#)', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', CSHARP_BOOKING), ['8:e', '13:tel', '16:line']);
  });

  it('says where the data came from, and points at it', async () => {
    const java = await scan('java', 'class A {\n  void f(User user) {\n    String e = user.getEmail();\n    log.info("{}", e);\n  }\n}');
    assert.match(java.findings[0]?.message ?? '', /writes e \(email address, from user\.email\) to the log/);
    assert.deepStrictEqual(java.findings[0]?.related?.map((r) => r.range.start.line), [2]);
    const csharp = await scan('csharp', 'class A {\n  void F(User user) {\n    var e = user.Email;\n    _logger.LogInformation("{E}", e);\n  }\n}');
    assert.match(csharp.findings[0]?.message ?? '', /writes e \(email address, from user\.Email\) to the log/);
    assert.deepStrictEqual(csharp.findings[0]?.related?.map((r) => r.range.start.line), [2]);
  });

  it('does not guess which part of a value each name of a deconstruction holds (C#)', async () => {
    const source = 'class A {\n  void F(User user) {\n    var (a, b) = Split(user.Email);\n    _logger.LogInformation("{A}", a);\n  }\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), []);
  });
});

describe('insecure-transport (Java, C#)', () => {
  const RULE = 'insecure-transport';

  it('reports plain-text URLs given to constructors, calls and URL constants, not local ones or namespaces (Java)', async () => {
    const source = [
      'class Client {',
      '    private static final String API_URL = "http://api.acme.com/v1";',
      '    void call() throws Exception {',
      '        URL u = new URL("http://api.acme.com");',
      '        HttpRequest r = HttpRequest.newBuilder(URI.create("http://reports.acme.com/upload")).build();',
      '        URL local = new URL("http://localhost:8080/health");',
      '        URL secure = new URL("https://api.acme.com");',
      '        String ns = "http://www.w3.org/2000/svg";',
      '        if (url.startsWith("http://")) { upgrade(url); }',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['2:"http://api.acme.com/v1"', '4:"http://api.acme.com"', '5:"http://reports.acme.com/upload"']);
  });

  it('reports plain-text URLs given to Uri, HttpClient calls, initialisers and URL constants, not local ones (C#)', async () => {
    const source = [
      'class Client',
      '{',
      '    const string ApiUrl = "http://api.acme.com/v1";',
      '    async Task Call(HttpClient client)',
      '    {',
      '        var u = new Uri("http://api.acme.com");',
      '        await client.GetAsync("http://api.acme.com/patients");',
      '        var http = new HttpClient { BaseAddress = new Uri("http://crm.acme.com") };',
      '        await client.GetAsync("https://api.acme.com/patients");',
      '        var local = new Uri("http://localhost:5000");',
      '        var ns = "http://schemas.microsoft.com/x";',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), [
      '3:"http://api.acme.com/v1"',
      '6:"http://api.acme.com"',
      '7:"http://api.acme.com/patients"',
      '8:"http://crm.acme.com"',
    ]);
  });
});

describe('weak-cryptography (Java, C#)', () => {
  const RULE = 'weak-cryptography';

  it('reports MD5, SHA-1, DES in ECB mode, RC4 and a short RSA key, not SHA-256 or AES-GCM (Java)', async () => {
    const source = [
      'class Crypto {',
      '    void m() throws Exception {',
      '        MessageDigest md5 = MessageDigest.getInstance("MD5");',
      '        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");',
      '        Cipher des = Cipher.getInstance("DES/ECB/PKCS5Padding");',
      '        Cipher rc4 = Cipher.getInstance("RC4");',
      '        RSAKeyGenParameterSpec spec = new RSAKeyGenParameterSpec(1024, RSAKeyGenParameterSpec.F4);',
      '        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");',
      '        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['3:"MD5"', '4:"SHA-1"', '5:"DES/ECB/PKCS5Padding"', '6:"RC4"', '7:1024']);
  });

  it('reports HashAlgorithm.Create("MD5"), MD5/SHA1/TripleDES.Create() and short RSA keys, not SHA-256, AES or 4096 bits (C#)', async () => {
    const source = [
      'class Crypto',
      '{',
      '    void M()',
      '    {',
      '        var md5 = HashAlgorithm.Create("MD5");',
      '        var h1 = MD5.Create();',
      '        var h2 = SHA1.Create();',
      '        var tdes = TripleDES.Create();',
      '        var rsa = new RSACryptoServiceProvider(1024);',
      '        var rsa2 = RSA.Create(1024);',
      '        var sha = SHA256.Create();',
      '        var aes = Aes.Create();',
      '        var rsa3 = new RSACryptoServiceProvider(4096);',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), ['5:"MD5"', '6:MD5.Create()', '7:SHA1.Create()', '8:TripleDES.Create()', '9:1024', '10:1024']);
  });
});

describe('tls-verification-disabled (Java, C#)', () => {
  const RULE = 'tls-verification-disabled';

  it('reports verification switched off through a field, a member or a named argument, not switched on', async () => {
    const java = 'class Tls {\n    private boolean verifySsl = false;\n    void m(Config config) {\n        config.insecure = true;\n        config.insecure = false;\n    }\n}';
    assert.deepStrictEqual(await findingsOf(RULE, 'java', java), ['2:false', '4:true']);
    const csharp = [
      'class Tls',
      '{',
      '    void M(Options options, string url)',
      '    {',
      '        var k8s = new KubernetesClientConfiguration { Host = "https://k8s.acme.com", SkipTlsVerify = true };',
      '        var client = new Client(url, verifySsl: false);',
      '        options.Insecure = false;',
      '    }',
      '}',
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', csharp), ['5:true', '6:false']);
  });
});

/**
 * Cases the rules do not report yet because of what they look for, not because the facts are
 * missing: these pin the facts a rule change would read (see the rule files).
 */
describe('facts for cases the rules do not cover yet (Java, C#)', () => {
  const literal = (facts: SourceFacts, value: string): string[] =>
    (facts.literals ?? []).filter((l) => l.value === value).map((l) => `${l.kind} ${l.value}${l.key ? ` [${l.key}]` : ''}${l.calleePath ? ` (${l.calleePath.join('.')})` : ''}`);
  const assigned = (facts: SourceFacts, name: string): string[] | undefined => facts.assignments?.find((a) => a.name === name)?.value.map((r) => r.path.join('.'));

  it('Java: a transformation without ECB, AES without a mode, and a key size given to KeyPairGenerator.initialize', async () => {
    const source = [
      'class Crypto { void m() throws Exception {',
      '    Cipher des = Cipher.getInstance("DES/CBC/PKCS5Padding");',
      '    Cipher aes = Cipher.getInstance("AES");',
      '    KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");',
      '    kpg.initialize(1024);',
      '    HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true);',
      '    builder.setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE);',
      '} }',
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'java');
    assert.deepStrictEqual(literal(facts, 'DES/CBC/PKCS5Padding'), ['string DES/CBC/PKCS5Padding (Cipher.getInstance)']);
    assert.deepStrictEqual(literal(facts, 'AES'), ['string AES (Cipher.getInstance)']);
    assert.deepStrictEqual(literal(facts, '1024'), ['number 1024 (kpg.initialize)']);
    // A lambda that accepts every host: the call and its argument's text, and a `true` given to no key.
    const verifier = facts.calls.find((c) => c.calleePath.join('.') === 'HttpsURLConnection.setDefaultHostnameVerifier');
    assert.deepStrictEqual(verifier?.arguments.map((a) => a.text), ['(hostname, session) -> true']);
    assert.deepStrictEqual(literal(facts, 'true'), ['boolean true']);
    const noop = facts.calls.find((c) => c.calleePath.join('.') === 'builder.setSSLHostnameVerifier');
    assert.deepStrictEqual(noop?.arguments[0]?.references.map((r) => r.path.join('.')), ['NoopHostnameVerifier.INSTANCE']);
  });

  it('C#: an ECB mode set on a property, certificate callbacks, and a named algorithm', async () => {
    const source = [
      'class Crypto { void M() {',
      '    aes.Mode = CipherMode.ECB;',
      '    var managed = new AesManaged { Mode = CipherMode.ECB };',
      '    var h = CryptoConfig.CreateFromName("MD5");',
      '    var digest = MD5.HashData(data);',
      '    var any = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };',
      '    var all = new HttpClientHandler { ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true };',
      '} }',
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'csharp');
    assert.deepStrictEqual(assigned(facts, 'aes.Mode'), ['CipherMode.ECB']);
    assert.deepStrictEqual(assigned(facts, 'AesManaged.Mode'), ['CipherMode.ECB']);
    assert.deepStrictEqual(literal(facts, 'MD5'), ['string MD5 (CryptoConfig.CreateFromName)']);
    assert.ok(facts.calls.some((c) => c.calleePath.join('.') === 'MD5.HashData'));
    const callbacks = facts.assignments?.filter((a) => a.name === 'HttpClientHandler.ServerCertificateCustomValidationCallback').map((a) => a.value.map((r) => r.path.join('.')));
    assert.deepStrictEqual(callbacks, [['HttpClientHandler.DangerousAcceptAnyServerCertificateValidator'], []]);
    assert.deepStrictEqual(literal(facts, 'true'), ['boolean true']);
  });
});
