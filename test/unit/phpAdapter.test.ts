import * as assert from 'assert';
import { assignments, calls, declarations, findingsOf, literals, read, scanner } from './helpers';

const PATIENT_MODEL = [
  '<?php',
  'namespace App\\Models;',
  '',
  'class Patient extends Model',
  '{',
  "    protected $table = 'patients';",
  '    protected $fillable = [',
  "        'first_name',",
  "        'email',",
  "        'diagnosis',",
  '    ];',
  "    protected $hidden = ['diagnosis', 'remember_token'];",
  "    protected $casts = ['date_of_birth' => 'date', 'diagnosis' => 'encrypted'];",
  '    public ?string $phone = null;',
  '}',
  '',
  'class Product extends Model',
  '{',
  "    protected $fillable = ['name', 'price'];",
  '}',
].join('\n');

const PATIENTS_MIGRATION = [
  '<?php',
  'return new class extends Migration',
  '{',
  '    public function up(): void',
  '    {',
  "        Schema::create('patients', function (Blueprint $table) {",
  '            $table->id();',
  "            $table->string('email')->unique();",
  "            $table->date('date_of_birth');",
  "            $table->text('diagnosis')->nullable();",
  "            $table->string('password_digest');",
  "            $table->index('email');",
  '            $table->timestamps();',
  '        });',
  "        Schema::table('products', fn (Blueprint $t) => $t->string('name'));",
  '    }',
  '};',
].join('\n');

const BOOKING_SERVICE = [
  '<?php',
  'final class BookingService',
  '{',
  '    public function __construct(private LoggerInterface $logger, private string $clinicEmail) {}',
  '',
  '    public function book(Patient $patient, Product $product, array $payload): void',
  '    {',
  '        // Book the first free slot.',
  '        $this->logger->info("Booked {$patient->email} for $patient->phone");',
  "        Log::info('booking', ['email' => $patient->email, 'id' => $patient->id]);",
  "        Log::warning('no slot', [$patient->getDateOfBirth(), $payload['phone']]);",
  "        \\Illuminate\\Support\\Facades\\Log::error(sprintf('%s', $patient?->name));",
  "        Log::info('product', ['name' => $product->name]);",
  '        $mailer->send($patient->email);',
  '    }',
  '}',
].join('\n');

describe('PHP adapter', () => {
  it('reads $fillable entries as model fields, and not $hidden, $casts or model settings', async () => {
    const facts = await scanner.extractFacts(PATIENT_MODEL, 'php');
    assert.deepStrictEqual(declarations(facts), [
      'field Patient.first_name @8',
      'field Patient.email @9',
      'field Patient.diagnosis @10',
      'field Patient.phone: ?string @14',
      'field Product.name @19',
      'field Product.price @19',
    ]);
  });

  it('declares an attribute listed twice on one line once', async () => {
    const source = "<?php\nclass Patient extends Model { protected $fillable = ['email']; protected $hidden = ['email']; }";
    const facts = await scanner.extractFacts(source, 'php');
    assert.deepStrictEqual(declarations(facts), ['field Patient.email @2']);
  });

  it("does not read Laravel 11's casts() method as declarations: it refers to attributes declared elsewhere", async () => {
    const source = "<?php\nclass Patient extends Model {\n    protected function casts(): array\n    {\n        return ['ssn' => 'encrypted'];\n    }\n}";
    const facts = await scanner.extractFacts(source, 'php');
    assert.deepStrictEqual(declarations(facts), []);
  });

  it('points each declaration at its name, without the $ or the quotes', async () => {
    const facts = await scanner.extractFacts("<?php\nclass P {\n  public string $email;\n  protected $fillable = ['phone'];\n}", 'php');
    assert.deepStrictEqual(
      facts.declarations.map((d) => [d.name, d.range.start.line, d.range.start.column, d.range.end.column]),
      [
        ['email', 2, 17, 22],
        ['phone', 3, 26, 31],
      ],
    );
  });

  it('reads migration columns with the table as owner and the column method as type', async () => {
    const facts = await scanner.extractFacts(PATIENTS_MIGRATION, 'php');
    assert.deepStrictEqual(declarations(facts), [
      'parameter table: Blueprint @6',
      'field patients.email: string @8',
      'field patients.date_of_birth: date @9',
      'field patients.diagnosis: text @10',
      'field patients.password_digest: string @11',
      'parameter t: Blueprint @15',
      'field products.name: string @15',
    ]);
  });

  it('reads promoted constructor properties as fields, other parameters and locals as such', async () => {
    const facts = await scanner.extractFacts(`${BOOKING_SERVICE}\n$total = count($items);`, 'php');
    assert.deepStrictEqual(declarations(facts), [
      'field BookingService.logger: LoggerInterface @4',
      'field BookingService.clinicEmail: string @4',
      'parameter patient: Patient @6',
      'parameter product: Product @6',
      'parameter payload: array @6',
      'variable total @17',
    ]);
  });

  it('reads member, static and function calls, interpolation, arrays (values, not keys), getters and subscripts', async () => {
    const facts = await scanner.extractFacts(BOOKING_SERVICE, 'php');
    assert.deepStrictEqual(calls(facts), [
      'this.logger.info(patient.email+patient.phone)',
      'Log.info(, patient.email+patient.id)',
      'Log.warning(, patient.dateOfBirth+payload.phone)',
      'patient.getDateOfBirth()',
      'Log.error(patient.name)',
      'sprintf(, patient.name)',
      'Log.info(, product.name)',
      'mailer.send(patient.email)',
    ]);
  });

  it('reads the calls a value passes through on its way into an argument, outermost first', async () => {
    const source = [
      '<?php',
      "Log::info(mask_email($user->email), count($patients), Str::mask($user->phone, '*', 3));",
      "Log::info(strtolower(hash('sha256', $e)), $user->email->lower(), \\App\\redact($user->getNric()));",
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'php');
    assert.deepStrictEqual(
      facts.calls.filter((c) => c.calleePath.join('.') === 'Log.info').map((c) => c.arguments.map((a) => a.references.map(read).join('+'))),
      [
        ['user.email<mask_email', 'patients<count', 'user.phone<mask'],
        ['e<strtolower<hash', 'user.email<lower', 'user.nric<redact'],
      ],
    );
  });

  it('reads constants as references: an option name passed to curl_setopt, class constants, not callees or named arguments', async () => {
    const source = "<?php\ncurl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);\n$c->send(opts: [RequestOptions::VERIFY => $v], mode: \\PDO::PARAM_STR);";
    const facts = await scanner.extractFacts(source, 'php');
    assert.deepStrictEqual(calls(facts), ['curl_setopt(ch, CURLOPT_SSL_VERIFYPEER, )', 'c.send(v, PDO.PARAM_STR)']);
  });

  it('keys every call and assignment by its enclosing function, method or closure', async () => {
    const source = [
      '<?php',
      'log_it($a);',
      'function f($u) { $e = $u->email; log_it($e); }',
      'class S { public function m() { $g = fn ($x) => log_it($x); log_it($g); } }',
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'php');
    const fn = source.indexOf('function f');
    const method = source.indexOf('public function m');
    const arrow = source.indexOf('fn (');
    assert.deepStrictEqual(
      facts.calls.map((c) => c.scope),
      ['', String(fn), String(arrow), String(method)],
    );
    assert.deepStrictEqual(
      facts.assignments?.map((a) => [a.name, a.scope]),
      [
        ['e', String(fn)],
        ['g', String(method)],
      ],
    );
  });

  it('reads assignments: variables, members, references, pairs of lists, keyed destructuring and compound assignments', async () => {
    const source = [
      '<?php',
      '$e = $user->email;',
      '$this->contact = mask($user->phone);',
      '$alias = &$e;',
      '[$a, $b] = [$u->phone, $u->nric];',
      "['email' => $mail, 'phone' => $tel] = $user;",
      "$line = 'x';",
      '$line .= $user->name;',
      '[$c, $d] = load();',
      'list($f, $g) = [$u->a];',
      '[, $h] = [$u->a, $u->b];',
      "$opts['verify'] = false;",
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'php');
    assert.deepStrictEqual(assignments(facts), [
      'e = user.email @2',
      'this->contact = user.phone<mask @3',
      'alias = e @4',
      'a = u.phone @5',
      'b = u.nric @5',
      'mail = user.email @6',
      'tel = user.phone @6',
      'line =  @7',
      'line = line+user.name @8',
    ]);
    assert.deepStrictEqual(
      facts.assignments?.slice(0, 1).map((a) => [a.range, a.value[0]?.range]),
      [[{ start: { line: 1, column: 0 }, end: { line: 1, column: 2 } }, { start: { line: 1, column: 5 }, end: { line: 1, column: 17 } }]],
    );
  });

  it('reads literals with their kind, value as written, exact range, key and the call they are passed to', async () => {
    const source = [
      '<?php',
      "$client = new \\GuzzleHttp\\Client(['base_uri' => 'http://api.acme.com', 'verify' => FALSE, 'timeout' => 2.5]);",
      "$h = hash('md5', $x) . md5($y);",
      'curl_setopt_array($ch, [CURLOPT_SSL_VERIFYPEER => false, RequestOptions::VERIFY => 0]);',
      '$r = Http::get("http://x.acme.com/{$id}", verify: true);',
      "class C { private $url = 'http://a.acme.com'; const PORT = 80; }",
      "$this->verify = false; self::$debug = true; $q = <<<EOT\nhttp://b.acme.com\nEOT;",
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'php');
    assert.deepStrictEqual(literals(facts, source), [
      "string base_uri @2:'base_uri'",
      "string http://api.acme.com [base_uri] @2:'http://api.acme.com'",
      "string verify @2:'verify'",
      'boolean FALSE [verify] @2:FALSE',
      "string timeout @2:'timeout'",
      'number 2.5 [timeout] @2:2.5',
      "string md5 (hash) @3:'md5'",
      'boolean false [CURLOPT_SSL_VERIFYPEER] @4:false',
      'number 0 [VERIFY] @4:0',
      'string http://x.acme.com/{$id} (Http.get) @5:"http://x.acme.com/{$id}"',
      'boolean true [verify] @5:true',
      "string http://a.acme.com [url] @6:'http://a.acme.com'",
      'number 80 [PORT] @6:80',
      'boolean false [verify] @7:false',
      'boolean true [debug] @7:true',
      'string http://b.acme.com [q] @7:<<<EOT⏎http://b.acme.com⏎EOT',
    ]);
  });

  it('passes a literal given straight to a constructor or call its callee, and curl_setopt its option as a reference', async () => {
    const source = "<?php\n$s = new SoapClient('http://soap.acme.com/wsdl');\ncurl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);";
    const facts = await scanner.extractFacts(source, 'php');
    assert.deepStrictEqual(literals(facts, source), ["string http://soap.acme.com/wsdl (SoapClient) @2:'http://soap.acme.com/wsdl'", 'boolean false (curl_setopt) @3:false']);
    // The constructor is called too: `new SoapClient(...)` is a call of SoapClient.
    assert.deepStrictEqual(calls(facts), ['SoapClient()', 'curl_setopt(ch, CURLOPT_SSL_VERIFYPEER, )']);
  });

  it('reports comments of every style with their ranges', async () => {
    const facts = await scanner.extractFacts('<?php\n// a\n# b\n/** c */ $x = 1;', 'php');
    assert.deepStrictEqual(
      facts.comments.map((c) => [c.text, c.range.start.line, c.range.start.column]),
      [
        ['// a', 1, 0],
        ['# b', 2, 0],
        ['/** c */', 3, 0],
      ],
    );
  });

  it('reads what it can of broken code without throwing', async () => {
    const source = '<?php\nclass Patient {\n  public string $email;\n  public function f() {\n    Log::info($patient->email);\n    $x = ;\n  }\n  public string $phone\n}';
    const facts = await scanner.extractFacts(source, 'php');
    assert.ok(declarations(facts).includes('field Patient.email: string @3'));
    assert.ok(declarations(facts).includes('field Patient.phone: string @8'));
    assert.ok(calls(facts).includes('Log.info(patient.email)'));
  });

  it('reads assignments and literals of broken code without throwing', async () => {
    const source = "<?php\nfunction f($u) {\n  $e = $u->email;\n  $x = ;\n  [$a, = $u;\n  $url = 'http://a.acme.com\n  Log::info($e, 'http://b.acme.com');\n";
    const facts = await scanner.extractFacts(source, 'php');
    assert.ok(assignments(facts).includes('e = u.email @3'));
    assert.ok(facts.literals !== undefined);
  });

  it('reads long chains and deep nesting without overflowing the stack', async () => {
    const chain = '$a' + '->b'.repeat(3000);
    const nested = '('.repeat(2000) + '$patient->email' + ')'.repeat(2000);
    const facts = await scanner.extractFacts(`<?php\nLog::info(${chain}, ${nested});`, 'php');
    assert.strictEqual(facts.calls[0]?.arguments[0]?.references[0]?.path.length, 3001);
    assert.deepStrictEqual(facts.calls[0]?.arguments[1]?.references[0]?.path, ['patient', 'email']);
  });

  it('reads values through deeply nested calls and deep closures without overflowing the stack', async () => {
    const nested = 'f('.repeat(300) + '$patient->email' + ')'.repeat(300);
    const closures = 'function () { '.repeat(1000) + '$e = 1;' + ' };'.repeat(1000);
    const facts = await scanner.extractFacts(`<?php\nLog::info(${nested});\n$g = ${closures}`, 'php');
    assert.strictEqual(facts.calls[0]?.arguments[0]?.references[0]?.through?.length, 300);
    assert.ok(facts.assignments?.some((a) => a.name === 'e' && a.scope !== ''));
  });
});

describe('PHP adapter with the rules', () => {
  it('reports the personal and sensitive attributes of a model, not those of a product', async () => {
    assert.deepStrictEqual(await findingsOf('personal-data-field', 'php', PATIENT_MODEL), ['8:first_name', '9:email', '14:phone']);
    assert.deepStrictEqual(await findingsOf('sensitive-personal-data-field', 'php', PATIENT_MODEL), ['10:diagnosis']);
  });

  it('reports the personal columns of a migration, not a password digest or a product name', async () => {
    assert.deepStrictEqual(await findingsOf('personal-data-field', 'php', PATIENTS_MIGRATION), ['8:email', '9:date_of_birth']);
    assert.deepStrictEqual(await findingsOf('sensitive-personal-data-field', 'php', PATIENTS_MIGRATION), ['10:diagnosis']);
  });

  it('reports personal data written through Log facades and PSR loggers, one finding per call, not to other calls or from products', async () => {
    assert.deepStrictEqual(await findingsOf('personal-data-in-log', 'php', BOOKING_SERVICE), [
      '9:$patient->email',
      '10:$patient->email',
      "11:$patient->getDateOfBirth()",
      '12:$patient?->name',
    ]);
  });
});
