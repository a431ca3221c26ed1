/**
 * Which stored columns unencrypted-sensitive-storage reports beyond the plain ORM field: records
 * reached through relationships, sqlx rows, nested document paths; and which it leaves alone:
 * financial standing, navigation properties, columns a cipher-named converter, a ciphertext-sized
 * column or an encrypting setter protects.
 */
import * as assert from 'assert';
import { findingsOf } from './helpers';

const RULE = 'unencrypted-sensitive-storage';

const lines = (...source: string[]): string => source.join('\n');

describe('unencrypted-sensitive-storage: kinds of columns', () => {
  it('reports account and card numbers but not financial standing (salary, income, balance)', async () => {
    const source = lines(
      '@Entity',
      'public class Employee {',
      '    @Column private String iban;',
      '    @Column private BigDecimal baseSalary;',
      '    @Column private BigDecimal monthlyIncome;',
      '}',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['3:iban']);
  });

  it('reads a converter named for its cipher or key service as encryption, but not a cipher named in a comment string', async () => {
    const java = lines(
      '@Entity',
      'public class Resident {',
      '    @Convert(converter = AesGcmConverter.class) @Column private String nric;',
      '    @Convert(converter = KmsStringConverter.class) @Column private String taxId;',
      '    @Column private String passportNumber;',
      '}',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'java', java), ['5:passportNumber']);
    const typescript = lines('class Resident {', "  @Column({ length: 128, comment: 'ID number (AES)' }) idCardNumber: string;", '}');
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', typescript), ['2:idCardNumber']);
  });

  it("reads a Laravel identifier column made TEXT as sized for an encrypted cast; free text and string() identifiers stay findings", async () => {
    const source = lines(
      '<?php',
      "Schema::create('tenants', function (Blueprint $table) {",
      "    $table->text('nric_fin');",
      "    $table->text('iban')->nullable();",
      "    $table->string('passport_number', 12);",
      "    $table->text('diagnosis');",
      '});',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'php', source), ['5:passport_number', '6:diagnosis']);
  });

  it('reads a Sequelize setter that writes the attribute through encrypt() as encryption', async () => {
    const source = lines(
      'Customer.init({',
      '  passportNumber: {',
      '    type: DataTypes.TEXT,',
      "    set(value) { this.setDataValue('passportNumber', encrypt(value)); },",
      '  },',
      '  taxId: { type: DataTypes.STRING },',
      '}, { sequelize });',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'javascript', source), ['6:taxId']);
  });

  it('reports a nested path of a Mongoose schema, stored with its document', async () => {
    const source = lines('const messageSchema = new Schema({', '  sharedLocation: {', '    lat: { type: Number },', '    lng: { type: Number },', '  },', '});');
    assert.deepStrictEqual(await findingsOf(RULE, 'javascript', source), ['2:sharedLocation', '3:lat', '4:lng']);
  });

  it('follows EF Core navigation properties to the records they hold, and does not report the navigation itself (C#)', async () => {
    const source = lines(
      'public class Pupil {',
      '    [Column("UPN")] public string UniquePupilNumber { get; set; }',
      '    public ICollection<MedicalAdministration> Medications { get; set; }',
      '}',
      'public class MedicalAdministration {',
      '    [StringLength(120)] public string Diagnosis { get; set; }',
      '}',
      'public class MedicationDto {',
      '    public string Diagnosis { get; set; }',
      '}',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), ['2:UniquePupilNumber', '6:Diagnosis']);
  });

  it('reports structs scanned by db tags (sqlx, pgx), not db:"-" fields nor structs only sent as JSON (Go)', async () => {
    const source = lines(
      'package claims',
      'type Subscriber struct {',
      '\tSSN       string `json:"ssn" db:"ssn"`',
      '\tDiagnosis string `db:"-"`',
      '\tLines     []ClaimLine `json:"lines"`',
      '}',
      'type ClaimLine struct {',
      '\tDiagnosisCode string `json:"diagnosisCode"`',
      '}',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['3:SSN']);
  });
});
