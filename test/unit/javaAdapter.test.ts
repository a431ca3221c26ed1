import * as assert from 'assert';
import { assignments, calls, declarations, findingsOf, literals, read, scanner } from './helpers';

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

describe('Java adapter: data flow and literal facts', () => {
  it('reads the calls a value passes through on its way into an argument, outermost first, receivers included', async () => {
    const source = [
      'class A { void m() {',
      '  log.info(maskEmail(user.getEmail()), String.valueOf(x), email.hashCode(), users.size());',
      '  log.info(hash(trim(user.getPhone())), new Redacted(user.getSsn()), user.getEmail().toLowerCase(), user.getEmail());',
      '} }',
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'java');
    assert.deepStrictEqual(
      facts.calls.filter((c) => c.calleePath.join('.') === 'log.info').map((c) => c.arguments.map((a) => a.references.map(read).join('+'))),
      [
        ['user.email<maskEmail', 'x<valueOf', 'email<hashCode', 'users<size'],
        ['user.phone<hash<trim', 'user.ssn<Redacted', 'user.email<toLowerCase', 'user.email'],
      ],
    );
  });

  it('keys every call and assignment by its enclosing method, constructor or lambda; a field initialiser has none', async () => {
    const source = [
      'class A {',
      '  static Logger log = LoggerFactory.getLogger(A.class);',
      '  A(User u) { String e = u.getEmail(); audit(e); }',
      '  void m(List<User> us) { us.forEach(u -> { String p = u.getPhone(); audit(p); }); }',
      '}',
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'java');
    const [ctor, method, lambda] = ['A(User', 'void m', 'u -> {'].map((text) => String(source.indexOf(text)));
    assert.deepStrictEqual(
      facts.calls.map((c) => [c.calleePath.join('.'), c.scope]),
      [
        ['LoggerFactory.getLogger', ''],
        ['u.getEmail', ctor],
        ['audit', ctor],
        ['us.forEach', method],
        ['u.getPhone', lambda],
        ['audit', lambda],
      ],
    );
    assert.deepStrictEqual(
      facts.assignments?.map((a) => [a.name, a.scope]),
      [
        ['e', ctor],
        ['p', lambda],
      ],
    );
  });

  it('reads assignments: initialised locals, reassignments, members, compound and chained assignments, resources', async () => {
    const source = [
      'class A { void m(User user) {',
      '  String e = user.getEmail(), none;',
      '  e = mask(user.getEmail());',
      '  this.contact = user.getPhone();',
      '  String msg = "to ";',
      '  msg += user.getName();',
      '  a = b = user.getSsn();',
      '  try (var in = open(user.getAddress())) {}',
      '  items[0] = user.getEmail();',
      '} }',
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'java');
    assert.deepStrictEqual(assignments(facts), [
      'e = user.email @2',
      'e = user.email<mask @3',
      'this.contact = user.phone @4',
      'msg =  @5',
      'msg = msg+user.name @6',
      'a = user.ssn @7',
      'b = user.ssn @7',
      'in = user.address<open @8',
    ]);
    // The name is where the value lands; the value's reference keeps its own range (the getter call).
    assert.deepStrictEqual(
      facts.assignments?.slice(0, 1).map((a) => [a.range, a.value[0]?.range]),
      [
        [
          { start: { line: 1, column: 9 }, end: { line: 1, column: 10 } },
          { start: { line: 1, column: 13 }, end: { line: 1, column: 28 } },
        ],
      ],
    );
  });

  it('reads literals with their kind, value as written, exact range, key and the call or constructor they are passed to', async () => {
    const source = [
      '@FeignClient(url = "http://crm.acme.com", decode404 = true)',
      'class A {',
      '  private static final String API = "http://api.acme.com";',
      '  void m() {',
      '    URL u = new java.net.URL("http://a.acme.com");',
      '    MessageDigest.getInstance("MD5");',
      '    conn.setTimeout(3000);',
      '    this.insecure = true;',
      '    long big = 0x1FL;',
      '    double d = 2.5;',
      '    String t = """',
      '        hello',
      '        """;',
      "    char c = 'x';",
      '    Object o = null;',
      '  }',
      '}',
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'java');
    assert.deepStrictEqual(literals(facts, source), [
      'string http://crm.acme.com [url] @1:"http://crm.acme.com"',
      'boolean true [decode404] @1:true',
      'string http://api.acme.com [API] @3:"http://api.acme.com"',
      'string http://a.acme.com (java.net.URL) @5:"http://a.acme.com"',
      'string MD5 (MessageDigest.getInstance) @6:"MD5"',
      'number 3000 (conn.setTimeout) @7:3000',
      'boolean true [insecure] @8:true',
      'number 0x1FL [big] @9:0x1FL',
      'number 2.5 [d] @10:2.5',
      // A text block's value is what lies between its triple quotes, line breaks and indentation included.
      'string ⏎        hello⏎         [t] @11:"""⏎        hello⏎        """',
    ]);
  });

  it('reads assignments and literals of broken code without throwing', async () => {
    const source = 'class A {\n  void m( { String e = user.getEmail(); String u = "http://x.acme.com\n  e = ; = 3; log.info(e\n';
    const facts = await scanner.extractFacts(source, 'java');
    assert.ok(assignments(facts).includes('e = user.email @2'));
    assert.ok(Array.isArray(facts.literals));
  });

  it('reads values through deeply nested calls, long assignment chains, deep lambdas and long concatenations without overflowing the stack', async () => {
    const nested = 'f('.repeat(300) + 'patient.email' + ')'.repeat(300);
    const chained = 'a = '.repeat(2000) + 'user.getEmail()';
    const lambdas = 'run(() -> { '.repeat(300) + 'String e = "x";' + ' });'.repeat(300);
    const concatenated = Array<string>(5000).fill('"a"').join(' + ');
    const source = `class A { void m() { log.info(${nested}); ${chained}; ${lambdas} String s = ${concatenated}; } }`;
    const facts = await scanner.extractFacts(source, 'java');
    assert.strictEqual(facts.calls[0]?.arguments[0]?.references[0]?.through?.length, 300);
    // Past 32 links a chain of assignments is not followed (see assignedValue): only its innermost links are read.
    assert.strictEqual(facts.assignments?.filter((a) => a.name === 'a' && a.value[0]?.path.join('.') === 'user.email').length, 33);
    assert.strictEqual(facts.literals?.filter((l) => l.value === 'a').length, 5000);
    assert.strictEqual(facts.assignments?.find((a) => a.name === 'e')?.scope, String(source.lastIndexOf('() -> {')));
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
