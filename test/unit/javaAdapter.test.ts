import * as assert from 'assert';
import { calls, declarations, findingsOf, scanner } from './helpers';

const PATIENT_ENTITY = [
  '@Entity',
  '@Table(name = "patients")',
  'public class Patient {',
  '    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)',
  '    private Long id;',
  '    @Email @NotNull',
  '    @Column(name = "email_address", nullable = false)',
  '    private String email, phone;',
  '    private String diagnosis;',
  '    @Column(name = "password_hash")',
  '    private String passwordHash;',
  '    private static final String EMAIL = "email";',
  '    public String getEmail() { return email; }',
  '}',
  'record PatientDto(@Email String contact, String fullName) {}',
  'class Product { private String name; }',
].join('\n');

const BOOKING_SERVICE = [
  '@Service',
  'public class BookingService {',
  '    private static final Logger log = LoggerFactory.getLogger(BookingService.class);',
  '    public void book(Patient patient, Product product) {',
  '        log.info("booked {}", patient.getEmail());',
  '        log.debug("patient {} phone {}", patient.getId(), patient.phone);',
  '        this.logger.warn("failed for " + patient.getFullName());',
  '        log.error(String.format("no slot for %s", patient.getDateOfBirth()));',
  '        log.info("product {}", product.getName());',
  '        mailer.send(patient.getEmail());',
  '    }',
  '}',
].join('\n');

describe('Java adapter', () => {
  it('reads entity fields, every declarator, record components, and constants as variables', async () => {
    const facts = await scanner.extractFacts(PATIENT_ENTITY, 'java');
    assert.deepStrictEqual(declarations(facts), [
      'field Patient.id: Long @5',
      'field Patient.email: String @8',
      'field Patient.phone: String @8',
      'field Patient.diagnosis: String @9',
      'field Patient.passwordHash: String @11',
      'variable EMAIL: String @12',
      'field PatientDto.contact: String @15',
      'field PatientDto.fullName: String @15',
      'field Product.name: String @16',
    ]);
  });

  it('keeps the annotations of a declaration, as written, on each of its declarators', async () => {
    const facts = await scanner.extractFacts(PATIENT_ENTITY, 'java');
    const annotations = (name: string): readonly string[] | undefined => facts.declarations.find((d) => d.name === name)?.annotations;
    const emailAnnotations = ['@Email', '@NotNull', '@Column(name = "email_address", nullable = false)'];
    assert.deepStrictEqual(annotations('email'), emailAnnotations);
    assert.deepStrictEqual(annotations('phone'), emailAnnotations);
    assert.deepStrictEqual(annotations('contact'), ['@Email']);
    assert.strictEqual(annotations('diagnosis'), undefined);
  });

  it('points each declaration at its name only', async () => {
    const facts = await scanner.extractFacts('class Patient {\n  private String email, phone;\n}', 'java');
    assert.deepStrictEqual(
      facts.declarations.map((d) => [d.name, d.range.start.line, d.range.start.column, d.range.end.column]),
      [
        ['email', 1, 17, 22],
        ['phone', 1, 24, 29],
      ],
    );
  });

  it('reads parameters, varargs, locals, loop variables and resources', async () => {
    const source = [
      'class A {',
      '  A(String name, final int age) {}',
      '  void m(@RequestParam("email") String email, String... others) {',
      '    String x = "a", y;',
      '    var count = 1;',
      '    for (Patient p : patients) {}',
      '    try (var in = open(path)) {}',
      '  }',
      '}',
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'java');
    assert.deepStrictEqual(declarations(facts), [
      'parameter name: String @2',
      'parameter age: int @2',
      'parameter email: String @3',
      'parameter others: String @3',
      'variable x: String @4',
      'variable y: String @4',
      'variable count @5',
      'variable p: Patient @6',
      'variable in @7',
    ]);
    assert.deepStrictEqual(facts.declarations[2]?.annotations, ['@RequestParam("email")']);
  });

  it('reads calls: callee paths, getters, concatenation and String.format arguments', async () => {
    const facts = await scanner.extractFacts(BOOKING_SERVICE, 'java');
    assert.deepStrictEqual(calls(facts), [
      'LoggerFactory.getLogger()',
      'log.info(, patient.email)',
      'patient.getEmail()',
      'log.debug(, patient.id, patient.phone)',
      'patient.getId()',
      'this.logger.warn(patient.fullName)',
      'patient.getFullName()',
      'log.error(patient.dateOfBirth)',
      'String.format(, patient.dateOfBirth)',
      'patient.getDateOfBirth()',
      'log.info(, product.name)',
      'product.getName()',
      'mailer.send(patient.email)',
      'patient.getEmail()',
    ]);
  });

  it('links getter chains and string-keyed get(), and does not read callees, lambda parameters or static receivers', async () => {
    const source = [
      'log.info(patient.getAddress().getCity(), payload.get("phone"), getSSN(), user.getSSN());',
      'xs.forEach(u -> log.info(u.getEmail()));',
      'log.info(Patient.builder().build(), patients.get(0).name, (Person) x);',
    ].join('\n');
    const facts = await scanner.extractFacts(`class A { void m() { ${source} } }`, 'java');
    assert.deepStrictEqual(calls(facts).filter((c) => c.startsWith('log.') || c.startsWith('xs.')), [
      'log.info(patient.address.city, payload.phone, , user.SSN)',
      'xs.forEach(log+u.email)',
      'log.info(u.email)',
      'log.info(, patients, x)',
    ]);
  });

  it('reports line and block comments with their ranges', async () => {
    const facts = await scanner.extractFacts('class A {\n  // note\n  /* block */ int x;\n}', 'java');
    assert.deepStrictEqual(
      facts.comments.map((c) => [c.text, c.range.start.line, c.range.start.column]),
      [
        ['// note', 1, 2],
        ['/* block */', 2, 2],
      ],
    );
  });

  it('reads what it can of broken code without throwing', async () => {
    const source = 'class Patient {\n  private String email\n  void m( { log.info(patient.getEmail()); \n  private String phone;';
    const facts = await scanner.extractFacts(source, 'java');
    assert.ok(declarations(facts).includes('field Patient.email: String @2'));
    assert.ok(calls(facts).includes('log.info(patient.email)'));
  });

  it('reads long chains and deep nesting without overflowing the stack', async () => {
    const chain = 'a' + '.getB()'.repeat(3000);
    const nested = '('.repeat(2000) + 'patient.email' + ')'.repeat(2000);
    const facts = await scanner.extractFacts(`class A { void m() { log.info(${chain}, ${nested}); } }`, 'java');
    const logCall = facts.calls.find((c) => c.calleePath.join('.') === 'log.info');
    // Past 32 links a chain is not read as one (see MAX_CHAIN_LINKS): only its innermost links are.
    assert.deepStrictEqual(logCall?.arguments[0]?.references[0]?.path, ['a', ...Array<string>(32).fill('b')]);
    assert.deepStrictEqual(logCall?.arguments[1]?.references[0]?.path, ['patient', 'email']);
  });
});

describe('Java adapter with the rules', () => {
  it('reports personal and sensitive fields of an entity and a record, not a product or a password hash', async () => {
    assert.deepStrictEqual(await findingsOf('personal-data-field', 'java', PATIENT_ENTITY), ['8:email', '8:phone', '15:contact', '15:fullName']);
    assert.deepStrictEqual(await findingsOf('sensitive-personal-data-field', 'java', PATIENT_ENTITY), ['9:diagnosis']);
  });

  it('reports personal data written through loggers, not to other calls or from products', async () => {
    assert.deepStrictEqual(await findingsOf('personal-data-in-log', 'java', BOOKING_SERVICE), [
      '5:patient.getEmail()',
      '6:patient.phone',
      '7:patient.getFullName()',
      '8:patient.getDateOfBirth()',
    ]);
  });
});
