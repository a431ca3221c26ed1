/**
 * The rules that read data flow and literals (personal-data-in-log through local flow,
 * insecure-transport, tls-verification-disabled, weak-cryptography) on PHP and Ruby, whose
 * adapters emit those facts from their own walkers (phpFlow.ts, rubyFlow.ts).
 */
import * as assert from 'assert';
import type { Literal } from '../../src/core/facts';
import { findingsOf, scan, scanner } from './helpers';

const PHP_BOOKING = [
  '<?php',
  'final class BookingService',
  '{',
  '    public function book(User $user, array $patients): void',
  '    {',
  '        $e = $user->email;',
  '        Log::info("booked {$e}");',
  '        $masked = mask_email($user->email);',
  '        Log::info($masked);',
  "        Log::info('hashed', ['email' => hash('sha256', $e)]);",
  "        Log::info('patients', ['n' => count($patients)]);",
  "        $this->logger->info(Str::mask($e, '*', 3));",
  "        $line = 'booked ';",
  '        $line .= $user->phone;',
  '        Log::debug($line);',
  "        ['date_of_birth' => $born] = $user;",
  '        Log::info($born);',
  '    }',
  '',
  '    public function other(): void',
  '    {',
  '        Log::info($e);',
  '    }',
  '}',
].join('\n');

const RUBY_BOOKING = [
  'class BookingService',
  '  def book(user, patients)',
  '    e = user.email',
  '    logger.info("booked #{e}")',
  '    masked = redact(user.email)',
  '    Rails.logger.info(masked)',
  '    logger.info(Digest::SHA256.digest(user.email))',
  '    logger.info("patients: #{patients.count}", total: patients.size)',
  '    tel, name = user.phone, user.name',
  '    logger.warn(tel)',
  "    line = 'booked '",
  '    line += user.date_of_birth.to_s',
  '    logger.debug(line)',
  '  end',
  '',
  '  def other',
  '    logger.info(e)',
  '  end',
  'end',
].join('\n');

describe('personal-data-in-log through local data flow (PHP, Ruby)', () => {
  const RULE = 'personal-data-in-log';

  it('follows aliases, compound assignments and keyed destructuring, and stops at sanitisers and counts (PHP)', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'php', PHP_BOOKING), ['7:$e', '15:$line', '17:$born']);
  });

  it('follows aliases, pairs of a multiple assignment and compound assignments, and stops at sanitisers and counts (Ruby)', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', RUBY_BOOKING), ['4:e', '10:tel', '13:line']);
  });

  it('says where the data came from, and points at it', async () => {
    const php = await scan('php', '<?php\nfunction f($user) {\n  $e = $user->email;\n  Log::info($e);\n}');
    assert.match(php.findings[0]?.message ?? '', /writes e \(email address, from user\.email\) to the log/);
    assert.deepStrictEqual(php.findings[0]?.related?.map((r) => r.range.start.line), [2]);
    const ruby = await scan('ruby', 'def f(user)\n  e = user.email\n  logger.info(e)\nend');
    assert.match(ruby.findings[0]?.message ?? '', /writes e \(email address, from user\.email\) to the log/);
    assert.deepStrictEqual(ruby.findings[0]?.related?.map((r) => r.range.start.line), [1]);
  });

  it('does not guess which of several returned values a name holds', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'php', '<?php\nfunction f($user) {\n  [$a, $b] = split_up($user);\n  Log::info($a);\n}'), []);
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', 'def f(user)\n  a, b = split_up(user)\n  logger.info(a)\nend'), []);
    // ...whereas one name given the whole value holds it.
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', 'def f(user)\n  a = split_up(user)\n  logger.info(a)\nend'), ['3:a']);
  });
});

describe('insecure-transport (PHP, Ruby)', () => {
  const RULE = 'insecure-transport';

  it('reports plain-text URLs given to HTTP clients and connection settings, not local ones or https (PHP)', async () => {
    const source = [
      '<?php',
      "$client = new GuzzleHttp\\Client(['base_uri' => 'http://api.partner.com']);",
      "$res = Http::get('http://reports.acme.org/upload');",
      "$soap = new SoapClient('http://soap.partner.com/service?wsdl');",
      "$webhookUrl = 'http://hooks.acme.org/x';",
      "$health = Http::get('http://localhost:8080/health');",
      "$secure = Http::get('https://reports.acme.org/upload');",
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'php', source), [
      "2:'http://api.partner.com'",
      "3:'http://reports.acme.org/upload'",
      "4:'http://soap.partner.com/service?wsdl'",
      "5:'http://hooks.acme.org/x'",
    ]);
  });

  it('reports plain-text URLs given to HTTP clients and connection settings, not local ones or https (Ruby)', async () => {
    const source = [
      "Net::HTTP.get(URI('http://api.partner.com/v1/patients'))",
      "conn = Faraday.new(url: 'http://crm.acme.net')",
      'HTTParty.post("http://reports.acme.org/#{path}", body: payload)',
      "WEBHOOK_URL = 'http://hooks.acme.org/x'",
      "Net::HTTP.get(URI('http://localhost:3000/health'))",
      "Net::HTTP.get(URI('https://api.partner.com/v1'))",
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', source), [
      "1:'http://api.partner.com/v1/patients'",
      "2:'http://crm.acme.net'",
      '3:"http://reports.acme.org/#{path}"',
      "4:'http://hooks.acme.org/x'",
    ]);
  });
});

describe('tls-verification-disabled (PHP, Ruby)', () => {
  const RULE = 'tls-verification-disabled';

  it("reports Guzzle's verify => false however it is spelled, and cURL options in arrays (PHP)", async () => {
    const source = [
      '<?php',
      "$client = new GuzzleHttp\\Client(['base_uri' => $url, 'verify' => false]);",
      "$client->request('GET', $url, [RequestOptions::VERIFY => false]);",
      "$response = Http::withOptions(['verify' => false])->get($url);",
      "$options['verify'] = false;",
      'curl_setopt_array($ch, [CURLOPT_SSL_VERIFYPEER => false]);',
      "$safe = new GuzzleHttp\\Client(['verify' => true]);",
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'php', source), ['2:false', '3:false', '4:false', '5:false', '6:false']);
  });

  it('reports verify: false, VERIFY_NONE in calls and assignments (Ruby)', async () => {
    const source = [
      "conn = Faraday.new(url: 'https://api.acme.com', ssl: { verify: false })",
      "HTTParty.get('https://api.acme.com', verify: false)",
      "RestClient::Request.execute(method: :get, url: 'https://api.acme.com', verify_ssl: OpenSSL::SSL::VERIFY_NONE)",
      'http.verify_mode = OpenSSL::SSL::VERIFY_NONE',
      'http.use_ssl = true',
      "Faraday.new(url: 'https://api.acme.com', ssl: { verify: true })",
    ].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', source), ['1:false', '2:false', '3:OpenSSL::SSL::VERIFY_NONE', '4:OpenSSL::SSL::VERIFY_NONE']);
  });
});

describe('weak-cryptography (PHP, Ruby)', () => {
  const RULE = 'weak-cryptography';

  it('reports md5() and sha1() by name (PHP), leaving a hashed password to weak-password-hash', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'php', "<?php\n$a = md5($password);\n$b = sha1($token);\n$c = hash('sha256', $data);"), ['3:sha1($token)']);
  });

  it('reports weak algorithm names given to OpenSSL::Cipher and OpenSSL::Digest, and short RSA keys (Ruby)', async () => {
    const source = ["cipher = OpenSSL::Cipher.new('des-ede3-cbc')", "digest = OpenSSL::Digest.new('MD5')", 'key = OpenSSL::PKey::RSA.new(1024)', "good = OpenSSL::Cipher.new('aes-256-gcm')"].join('\n');
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', source), ["1:'des-ede3-cbc'", "2:'MD5'", '3:1024']);
  });
});

/**
 * What the adapters emit for cases the rules do not read (yet): the facts are there, the rules
 * would need to read them. These tests pin the facts only, so a rule that learns them breaks nothing.
 */
describe('facts for cases the rules do not read', () => {
  const describeLiteral = (l: Literal) => `${l.kind} ${l.value}${l.key ? ` [${l.key}]` : ''}${l.calleePath ? ` (${l.calleePath.join('.')})` : ''}`;

  it("PHP hash('md5', ...), openssl_encrypt's cipher and curl_setopt's option: literals with their callee, the option a constant reference", async () => {
    const source = "<?php\n$h = hash('md5', $x);\n$c = openssl_encrypt($data, 'des-ede3-cbc', $key);\ncurl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);";
    const facts = await scanner.extractFacts(source, 'php');
    assert.deepStrictEqual(facts.literals?.map(describeLiteral), ['string md5 (hash)', 'string des-ede3-cbc (openssl_encrypt)', 'boolean false (curl_setopt)']);
    const curl = facts.calls.find((c) => c.calleePath[0] === 'curl_setopt');
    assert.deepStrictEqual(curl?.arguments.map((a) => a.references.map((r) => r.path.join('.'))), [['ch'], ['CURLOPT_SSL_VERIFYPEER'], []]);
  });

  it('Ruby Digest::MD5 and OpenSSL::Digest::SHA1: calls by their full path; Digest::SHA256.hexdigest: a value through hexdigest', async () => {
    const facts = await scanner.extractFacts('a = Digest::MD5.hexdigest(x)\nb = OpenSSL::Digest::SHA1.hexdigest(x)\nlogger.info(Digest::SHA256.hexdigest(user.email))', 'ruby');
    assert.deepStrictEqual(
      facts.calls.map((c) => c.calleePath.join('.')),
      ['Digest.MD5.hexdigest', 'OpenSSL.Digest.SHA1.hexdigest', 'logger.info', 'Digest.SHA256.hexdigest'],
    );
    assert.deepStrictEqual(facts.calls[2]?.arguments[0]?.references.map((r) => [r.path.join('.'), r.through]), [
      ['Digest.SHA256', ['hexdigest']],
      ['user.email', ['hexdigest']],
    ]);
  });
});
