import * as assert from 'assert';
import { calls, declarations, findingsOf, scanner } from './helpers';

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

  it('reads long chains and deep nesting without overflowing the stack', async () => {
    const chain = '$a' + '->b'.repeat(3000);
    const nested = '('.repeat(2000) + '$patient->email' + ')'.repeat(2000);
    const facts = await scanner.extractFacts(`<?php\nLog::info(${chain}, ${nested});`, 'php');
    assert.strictEqual(facts.calls[0]?.arguments[0]?.references[0]?.path.length, 3001);
    assert.deepStrictEqual(facts.calls[0]?.arguments[1]?.references[0]?.path, ['patient', 'email']);
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
