import * as assert from 'assert';
import { calls, declarations, findingsOf, scanner } from './helpers';

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
