import * as assert from 'assert';
import { assignments, calls, declarations, findingsOf, literals, read, scanner } from './helpers';

const PATIENT_ENTITY = [
  'namespace Clinic.Models;',
  '[Table("patients")]',
  'public class Patient',
  '{',
  '    [Key] public int Id { get; set; }',
  '    [EmailAddress, Required]',
  '    [Column("email")]',
  '    public string Email { get; set; } = string.Empty;',
  '    [Phone] public string? Contact { get; set; }',
  '    public string Diagnosis { get; set; } = "";',
  '    public string PasswordHash { get; set; } = "";',
  '    private readonly string _nationalId, _nickname;',
  '    public const string EmailColumn = "email";',
  '}',
  'public class Product { public string Name { get; set; } = ""; }',
  'public record PatientDto(string Email, [property: Required] string FullName);',
  'public struct Visitor { public string Phone; }',
  'public interface IContact { string Email { get; } }',
].join('\n');

const BOOKING_SERVICE = [
  'public class BookingService',
  '{',
  '    private readonly ILogger<BookingService> _logger;',
  '    public void Book(Patient patient, Product product)',
  '    {',
  '        _logger.LogInformation("Booked {Email}", patient.Email);',
  '        _logger.LogWarning($"No slot for {patient.FullName}");',
  '        _logger?.LogError("Contact {Phone}", patient?.Phone);',
  '        _logger.LogInformation("Product {Name}", product.Name);',
  '        _logger.LogDebug("Field {Field} changed", nameof(patient.Email));',
  '        Log.Information("Patient {@Patient}", patient);',
  '        mailer.Send(patient.Email);',
  '    }',
  '}',
].join('\n');

describe('C# adapter', () => {
  it('reads properties and fields of classes, records, structs and interfaces, and positional record parameters', async () => {
    const facts = await scanner.extractFacts(PATIENT_ENTITY, 'csharp');
    assert.deepStrictEqual(declarations(facts), [
      'field Patient.Id: int @5',
      'field Patient.Email: string @8',
      'field Patient.Contact: string? @9',
      'field Patient.Diagnosis: string @10',
      'field Patient.PasswordHash: string @11',
      'field Patient._nationalId: string @12',
      'field Patient._nickname: string @12',
      'variable EmailColumn: string @13',
      'field Product.Name: string @15',
      'field PatientDto.Email: string @16',
      'field PatientDto.FullName: string @16',
      'field Visitor.Phone: string @17',
      'field IContact.Email: string @18',
    ]);
  });

  it('keeps attributes one per entry, bracketed, without their target', async () => {
    const facts = await scanner.extractFacts(PATIENT_ENTITY, 'csharp');
    const attributes = (owner: string, name: string): readonly string[] | undefined =>
      facts.declarations.find((d) => d.owner === owner && d.name === name)?.annotations;
    assert.deepStrictEqual(attributes('Patient', 'Email'), ['[EmailAddress]', '[Required]', '[Column("email")]']);
    assert.deepStrictEqual(attributes('Patient', 'Contact'), ['[Phone]']);
    assert.deepStrictEqual(attributes('PatientDto', 'FullName'), ['[Required]']);
    assert.strictEqual(attributes('Patient', 'Diagnosis'), undefined);
  });

  it('points each declaration at its name only', async () => {
    const facts = await scanner.extractFacts('class Patient {\n  public string Email { get; set; }\n  private string _a, _b;\n}', 'csharp');
    assert.deepStrictEqual(
      facts.declarations.map((d) => [d.name, d.range.start.line, d.range.start.column, d.range.end.column]),
      [
        ['Email', 1, 16, 21],
        ['_a', 2, 17, 19],
        ['_b', 2, 21, 23],
      ],
    );
  });

  it('reads parameters, params arrays, primary constructors, locals, loop and out variables', async () => {
    const source = [
      'class Clinic(string name) {',
      '  void M(Patient patient, int age = 3, params string[] rest) {',
      '    var count = 1;',
      '    string x = "a", y;',
      '    foreach (var p in rest) {}',
      '    TryGet(out var email);',
      '  }',
      '}',
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'csharp');
    // The grammar hangs a params array on the parameter list itself, so it is read with the list, first.
    assert.deepStrictEqual(declarations(facts), [
      'parameter name: string @1',
      'parameter rest: string[] @2',
      'parameter patient: Patient @2',
      'parameter age: int @2',
      'variable count @3',
      'variable x: string @4',
      'variable y: string @4',
      'variable p @5',
      'variable email @6',
    ]);
  });

  it('reads calls: callee paths, member access, interpolation, conditional access and nameof', async () => {
    const facts = await scanner.extractFacts(BOOKING_SERVICE, 'csharp');
    assert.deepStrictEqual(calls(facts), [
      '_logger.LogInformation(, patient.Email)',
      '_logger.LogWarning(patient.FullName)',
      '_logger.LogError(, patient.Phone)',
      '_logger.LogInformation(, product.Name)',
      '_logger.LogDebug(, )',
      'nameof(patient.Email)',
      'Log.Information(, patient)',
      'mailer.Send(patient.Email)',
    ]);
  });

  it('reads getters, string keys, null-forgiving access, this and anonymous objects, but not names, types or static receivers', async () => {
    const source = [
      'this.logger.Log(LogLevel.Information, user!.Name, user?.Address?.City, p.GetEmail(), row["email"]);',
      'Log.Information("{@P}", new { patient.Email, Name = patient.FullName }, new Dto { Phone = patient.Phone });',
      'Log.Information(string.Format("{0}", (patient as Person).Ssn), Patient.Create(), level: verbose, (Patient q) => q.Phone);',
    ].join('\n');
    const facts = await scanner.extractFacts(`class A { void M() { ${source} } }`, 'csharp');
    assert.deepStrictEqual(calls(facts).filter((c) => c.startsWith('this.') || c.startsWith('Log.')), [
      'this.logger.Log(LogLevel.Information, user.Name, user.Address.City, p.Email, row.email)',
      'Log.Information(, patient.Email+patient.FullName, patient.Phone)',
      'Log.Information(patient, , verbose, q.Phone)',
    ]);
  });

  it('reports comments, doc comments included, with their ranges', async () => {
    const facts = await scanner.extractFacts('class A {\n  // note\n  /// <summary>doc</summary>\n  /* block */ int x;\n}', 'csharp');
    assert.deepStrictEqual(
      facts.comments.map((c) => [c.text, c.range.start.line, c.range.start.column]),
      [
        ['// note', 1, 2],
        ['/// <summary>doc</summary>', 2, 2],
        ['/* block */', 3, 2],
      ],
    );
  });

  it('reads what it can of broken code without throwing', async () => {
    const source = 'class Patient {\n  public string Email { get; set }\n  void M( { _logger.LogInformation(patient.Email); \n  public string Phone { get;';
    const facts = await scanner.extractFacts(source, 'csharp');
    assert.ok(facts.declarations.some((d) => d.name === 'Email' && d.kind === 'field'));
    assert.ok(calls(facts).includes('_logger.LogInformation(patient.Email)'));
  });

  it('reads long chains and deep nesting without overflowing the stack', async () => {
    const chain = 'a' + '?.B'.repeat(3000);
    const nested = '('.repeat(2000) + 'patient.Email' + ')'.repeat(2000);
    const facts = await scanner.extractFacts(`class A { void M() { Log.Information(${chain}, ${nested}); } }`, 'csharp');
    const logCall = facts.calls.find((c) => c.calleePath.join('.') === 'Log.Information');
    // Past 32 links a chain is not read as one (see MAX_CHAIN_LINKS): only its innermost links are.
    assert.deepStrictEqual(logCall?.arguments[0]?.references[0]?.path, ['a', ...Array<string>(32).fill('B')]);
    assert.deepStrictEqual(logCall?.arguments[1]?.references[0]?.path, ['patient', 'Email']);
  });
});

describe('C# adapter: data flow and literal facts', () => {
  it('reads the calls a value passes through on its way into an argument, outermost first, receivers included', async () => {
    const source = [
      'class A { void M() {',
      '  _logger.LogInformation(Mask(user.Email), string.Format("{0}", x), email.GetHashCode(), users.Count());',
      '  _logger.LogInformation(Hash(Trim(user.Phone)), new Redacted(user.Ssn), user.Email.ToLower(), user.GetEmail(), nameof(user.Email));',
      '} }',
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'csharp');
    assert.deepStrictEqual(
      facts.calls.filter((c) => c.calleePath.join('.') === '_logger.LogInformation').map((c) => c.arguments.map((a) => a.references.map(read).join('+'))),
      [
        ['user.Email<Mask', 'x<Format', 'email<GetHashCode', 'users<Count'],
        ['user.Phone<Hash<Trim', 'user.Ssn<Redacted', 'user.Email<ToLower', 'user.Email', ''],
      ],
    );
  });

  it('keys every call and assignment by its enclosing constructor, method, lambda, local function or accessor; a field initialiser has none', async () => {
    const source = [
      'class A',
      '{',
      '    static readonly ILogger Log = LoggerFactory.Create(null);',
      '    A(User u) { var e = u.Email; Audit(e); }',
      '    void M(List<User> us) { us.ForEach(u => { var p = u.Phone; Audit(p); }); int Local(User v) { var n = v.Name; return Audit(n); } }',
      '    string Contact { get { var c = user.Phone; return Audit(c); } }',
      '}',
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'csharp');
    const [ctor, method, lambda, local, getter] = ['A(User', 'void M', 'u => {', 'int Local', 'get {'].map((text) => String(source.indexOf(text)));
    assert.deepStrictEqual(
      facts.calls.map((c) => [c.calleePath.join('.'), c.scope]),
      [
        ['LoggerFactory.Create', ''],
        ['Audit', ctor],
        ['us.ForEach', method],
        ['Audit', lambda],
        ['Audit', local],
        ['Audit', getter],
      ],
    );
    assert.deepStrictEqual(
      facts.assignments?.map((a) => [a.name, a.scope]),
      [
        ['e', ctor],
        ['p', lambda],
        ['n', local],
        ['c', getter],
      ],
    );
  });

  it('reads assignments: locals, members, object initialiser members, compound and chained assignments, tuples element by element', async () => {
    const source = [
      'class A { void M(User user) {',
      '  var e = user.Email; string none;',
      '  e = Mask(user.Email);',
      '  this.Contact = user.Phone;',
      '  var msg = "to ";',
      '  msg += user.Name;',
      '  a = b = user.Ssn;',
      '  (x, y) = (user.Phone, user.Nric);',
      '  var (p, q) = (user.Email, 1);',
      '  (var f, var g) = Split(user.Email);',
      '  using var stream = Open(user.Address);',
      '  var dto = new Dto { Email = user.Email };',
      '  items[0] = user.Email;',
      '  e ??= user.Email;',
      '} }',
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'csharp');
    // `(var f, var g) = Split(...)`: which name gets which part is not known, so neither is assumed.
    assert.deepStrictEqual(assignments(facts), [
      'e = user.Email @2',
      'e = user.Email<Mask @3',
      'this.Contact = user.Phone @4',
      'msg =  @5',
      'msg = msg+user.Name @6',
      'a = user.Ssn @7',
      'b = user.Ssn @7',
      'x = user.Phone @8',
      'y = user.Nric @8',
      'p = user.Email @9',
      'q =  @9',
      'stream = user.Address<Open @11',
      'dto = user.Email<Dto @12',
      // A member set by an object initialiser goes under the type's name: no local read matches it.
      'Dto.Email = user.Email @12',
      'e = e+user.Email @14',
    ]);
    assert.deepStrictEqual(
      facts.assignments?.slice(0, 1).map((a) => [a.range, a.value[0]?.range]),
      [
        [
          { start: { line: 1, column: 6 }, end: { line: 1, column: 7 } },
          { start: { line: 1, column: 10 }, end: { line: 1, column: 20 } },
        ],
      ],
    );
  });

  it('reads literals with their kind, value as written, exact range, key and the call or constructor they are passed to', async () => {
    const source = [
      '[Route("api/patients", Name = "patients")]',
      'class A',
      '{',
      '    const string Api = "http://api.acme.com";',
      '    public string BaseUrl { get; set; } = "http://crm.acme.com";',
      '    string Endpoint => "http://e.acme.com";',
      '    void M()',
      '    {',
      '        var u = new System.Uri("http://a.acme.com");',
      '        HashAlgorithm.Create("MD5");',
      '        client.GetAsync(requestUri: "http://b.acme.com", timeout: 30);',
      '        handler.Insecure = true;',
      '        var o = new Options { Url = "http://c.acme.com", Retries = 3 };',
      '        var anon = new { Endpoint = "http://d.acme.com" };',
      '        var v = @"C:\\data";',
      '        var s = $"hi {name}";',
      '        var r = """',
      '            raw',
      '            """;',
      '        var bytes = "abc"u8;',
      '        var d = 1.5m;',
      "        char c = 'x';",
      '        object n = null;',
      '    }',
      '}',
    ].join('\n');
    const facts = await scanner.extractFacts(source, 'csharp');
    assert.deepStrictEqual(literals(facts, source), [
      'string api/patients @1:"api/patients"',
      'string patients [Name] @1:"patients"',
      'string http://api.acme.com [Api] @4:"http://api.acme.com"',
      'string http://crm.acme.com [BaseUrl] @5:"http://crm.acme.com"',
      'string http://e.acme.com [Endpoint] @6:"http://e.acme.com"',
      'string http://a.acme.com (System.Uri) @9:"http://a.acme.com"',
      'string MD5 (HashAlgorithm.Create) @10:"MD5"',
      'string http://b.acme.com [requestUri] (client.GetAsync) @11:"http://b.acme.com"',
      'number 30 [timeout] (client.GetAsync) @11:30',
      'boolean true [Insecure] @12:true',
      'string http://c.acme.com [Url] @13:"http://c.acme.com"',
      'number 3 [Retries] @13:3',
      'string http://d.acme.com [Endpoint] @14:"http://d.acme.com"',
      'string C:\\data [v] @15:@"C:\\data"',
      'string hi {name} [s] @16:$"hi {name}"',
      // A raw string's value is what lies between its quotes, line breaks and indentation included.
      'string ⏎            raw⏎             [r] @17:"""⏎            raw⏎            """',
      'string abc [bytes] @20:"abc"u8',
      'number 1.5m [d] @21:1.5m',
    ]);
  });

  it('reads assignments and literals of broken code without throwing', async () => {
    const source = 'class A {\n  void M( { var e = user.Email; var u = "http://x.acme.com\n  e = ; = 3; (a, b) = ; Log.Information(e\n';
    const facts = await scanner.extractFacts(source, 'csharp');
    assert.ok(assignments(facts).includes('e = user.Email @2'));
    assert.ok(Array.isArray(facts.literals));
  });

  it('reads values through deeply nested calls, long assignment chains, deep lambdas and long concatenations without overflowing the stack', async () => {
    const nested = 'F('.repeat(300) + 'patient.Email' + ')'.repeat(300);
    const chained = 'a = '.repeat(2000) + 'user.Email';
    const lambdas = 'Run(() => { '.repeat(300) + 'var e = "x";' + ' });'.repeat(300);
    const concatenated = Array<string>(5000).fill('"a"').join(' + ');
    const source = `class A { void M() { Log.Information(${nested}); ${chained}; ${lambdas} var s = ${concatenated}; } }`;
    const facts = await scanner.extractFacts(source, 'csharp');
    assert.strictEqual(facts.calls[0]?.arguments[0]?.references[0]?.through?.length, 300);
    // Past 32 links a chain of assignments is not followed (see assignedValue): only its innermost links are read.
    assert.strictEqual(facts.assignments?.filter((a) => a.name === 'a' && a.value[0]?.path.join('.') === 'user.Email').length, 33);
    assert.strictEqual(facts.literals?.filter((l) => l.value === 'a').length, 5000);
    assert.strictEqual(facts.assignments?.find((a) => a.name === 'e')?.scope, String(source.lastIndexOf('() => {')));
  });
});

describe('C# adapter with the rules', () => {
  it('reports personal and sensitive properties of an EF Core entity and a record, not a product or a password hash', async () => {
    assert.deepStrictEqual(await findingsOf('personal-data-field', 'csharp', PATIENT_ENTITY), ['8:Email', '9:Contact', '12:_nickname', '16:Email', '16:FullName', '17:Phone', '18:Email']);
    assert.deepStrictEqual(await findingsOf('sensitive-personal-data-field', 'csharp', PATIENT_ENTITY), ['10:Diagnosis', '12:_nationalId']);
  });

  it('reports personal data written through ILogger and Serilog, not nameof, other calls or products', async () => {
    assert.deepStrictEqual(await findingsOf('personal-data-in-log', 'csharp', BOOKING_SERVICE), [
      '6:patient.Email',
      '7:patient.FullName',
      '8:patient?.Phone',
      '11:patient',
    ]);
  });
});
