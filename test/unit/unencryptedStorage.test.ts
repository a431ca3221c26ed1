import * as assert from 'assert';
import { findingsOf, scan } from './helpers';

const RULE = 'unencrypted-sensitive-storage';

/** Source lines joined, so each case reads as code. */
const lines = (...source: string[]): string => source.join('\n');

describe('unencrypted-sensitive-storage: columns', () => {
  it('reports TypeORM and MikroORM columns, not encrypted, hashed or ordinary ones, nor DTOs (TypeScript)', async () => {
    const source = lines(
      '@Entity()',
      'export class Patient {',
      '  @PrimaryGeneratedColumn() id: number;',
      '  @Column() ssn: string;',
      '  @Column({ transformer: new EncryptionTransformer(options) }) diagnosis: string;',
      '  @Column() passportNumberEncrypted: string;',
      '  @Column() ssnHash: string;',
      '  @Column() email: string;',
      '  @Property() bankAccountNumber: string;',
      '}',
      'export class PatientDto { ssn: string; diagnosis: string; }',
      'export interface PatientRow { ssn: string }',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'typescript', source), ['4:ssn', '9:bankAccountNumber']);
  });

  it('says which data is stored in plaintext and how to encrypt it in that stack', async () => {
    const { findings } = await scan('typescript', lines('class Patient {', '  @Column() diagnosis: string;', '}'));
    const finding = findings.find((f) => f.ruleId === RULE);
    assert.match(finding?.message ?? '', /^Patient\.diagnosis stores sensitive data \(health data\) in plaintext: .*column transformer/);
    assert.deepStrictEqual(finding?.dataCategories, ['user.health_and_medical']);
    assert.deepStrictEqual(finding?.checklist, ['encryption-at-rest']);
    assert.strictEqual(finding?.severity, 'warning');
  });

  it('reports Mongoose, Sequelize and Drizzle schemas, not zod ones nor fields the encryption plugin covers (JavaScript)', async () => {
    const source = lines(
      'const patientSchema = new Schema({',
      '  ssn: String,',
      '  diagnosis: { type: String, encrypt: true },',
      '  passportNumber: String,',
      '});',
      "patientSchema.plugin(fieldEncryption, { fields: ['passportNumber'], secret: key });",
      "const Person = sequelize.define('Person', { taxId: DataTypes.STRING });",
      "Account.init({ iban: DataTypes.STRING }, { sequelize });",
      "export const patients = pgTable('patients', { medicalRecordNumber: text('mrn') });",
      'const patientInput = z.object({ ssn: z.string() });',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'javascript', source), ['2:ssn', '7:taxId', '8:iban', '9:medicalRecordNumber']);
  });

  it('reports Django and SQLAlchemy columns, not encrypted field types nor pydantic models (Python)', async () => {
    const source = lines(
      'class Patient(models.Model):',
      '    ssn = models.CharField(max_length=11)',
      '    diagnosis = EncryptedTextField()',
      '    passport_number = encrypt(models.CharField(max_length=20))',
      '    email = models.EmailField()',
      'class Account(Base):',
      '    iban = Column(String(34))',
      '    tax_id: Mapped[str] = mapped_column(String(20))',
      '    card_number = Column(StringEncryptedType(String, key, AesEngine))',
      'class PatientIn(BaseModel):',
      '    ssn: str',
      '    diagnosis: str = Field(...)',
      'class SignupForm(FlaskForm):',
      "    ssn = StringField('SSN')",
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'python', source), ['2:ssn', '7:iban', '8:tax_id']);
  });

  it('reports fields of JPA entities, not converted, transformed, @Encrypted or @Transient ones, nor DTOs (Java)', async () => {
    const source = lines(
      '@Entity',
      'public class Patient {',
      '    @Id private Long id;',
      '    private String ssn;',
      '    @Convert(converter = AttributeEncryptor.class)',
      '    private String diagnosis;',
      '    @ColumnTransformer(write = "pgp_sym_encrypt(?, current_setting(\'app.key\'))")',
      '    private String medicalRecordNumber;',
      '    @Encrypted private String passportNumber;',
      '    @Transient private String taxId;',
      '    @Column(name = "iban") private String iban;',
      '}',
      'public class PatientDto { private String ssn; }',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'java', source), ['4:ssn', '11:iban']);
  });

  it('reports EF Core entities by [Key]/[Column] or DbSet, not [Encrypted], [NotMapped] or encrypting conversions; [PersonalData] is not encryption (C#)', async () => {
    const source = lines(
      'public class Patient {',
      '    [Key] public int Id { get; set; }',
      '    public string Ssn { get; set; }',
      '    [Encrypted] public string Diagnosis { get; set; }',
      '    [PersonalData] public string PassportNumber { get; set; }',
      '    [NotMapped] public string TaxId { get; set; }',
      '}',
      'public class AppDb : DbContext {',
      '    public DbSet<Account> Accounts { get; set; }',
      '    protected override void OnModelCreating(ModelBuilder b) {',
      '        b.Entity<Account>().Property(a => a.Iban).HasConversion(ibanEncryptor);',
      '    }',
      '}',
      'public class Account { public string Iban { get; set; } public string CardNumber { get; set; } }',
      'public class PatientDto { public string Ssn { get; set; } }',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'csharp', source), ['3:Ssn', '5:PassportNumber', '14:CardNumber']);
  });

  it('reports fields of GORM structs, not encrypting serializers, ignored fields nor request structs (Go)', async () => {
    const source = lines(
      'package store',
      'type Patient struct {',
      '\tID        uint   `gorm:"primaryKey"`',
      '\tSSN       string',
      '\tDiagnosis string `gorm:"serializer:encrypted"`',
      '\tTaxID     string `gorm:"-"`',
      '\tIBAN      string `json:"iban"`',
      '}',
      'type PatientRequest struct {',
      '\tSSN string `json:"ssn"`',
      '}',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'go', source), ['4:SSN', '7:IBAN']);
  });

  it('reports Laravel $fillable attributes and migration columns, not encrypted casts nor plain properties (PHP)', async () => {
    const source = lines(
      '<?php',
      'class Patient extends Model {',
      "    protected $fillable = ['name', 'ssn', 'diagnosis'];",
      "    protected $casts = ['diagnosis' => 'encrypted'];",
      '}',
      'class PatientData { public string $ssn; }',
      "Schema::create('accounts', function (Blueprint $table) {",
      "    $table->string('iban');",
      "    $table->text('tax_id_encrypted');",
      '});',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'php', source), ['3:ssn', '8:iban']);
  });

  it('reports Rails migration and schema.rb columns, not those the file encrypts nor attr_accessor (Ruby)', async () => {
    const source = lines(
      'create_table :patients do |t|',
      '  t.string :ssn',
      '  t.text :diagnosis',
      '  t.string :encrypted_passport_number',
      'end',
      'add_column :accounts, :iban, :string',
      'class Patient < ApplicationRecord',
      '  encrypts :diagnosis',
      '  attr_accessor :tax_id',
      'end',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', source), ['2:ssn', '6:iban']);
    const schema = lines('ActiveRecord::Schema[7.1].define(version: 2024_01_01) do', '  create_table "patients", force: :cascade do |t|', '    t.string "passport_number", null: false', '    t.binary "ssn_ciphertext"', '  end', 'end');
    assert.deepStrictEqual(await findingsOf(RULE, 'ruby', schema), ['3:passport_number']);
  });

  it('reports DDL columns, not ciphertext names nor bytea (SQL)', async () => {
    const source = lines(
      'CREATE TABLE patients (',
      '  id SERIAL PRIMARY KEY,',
      '  ssn VARCHAR(11) NOT NULL,',
      '  diagnosis BYTEA,',
      '  passport_number_enc BYTEA,',
      '  fingerprint_template BLOB,',
      '  email TEXT',
      ');',
      'ALTER TABLE accounts ADD COLUMN iban TEXT;',
    );
    assert.deepStrictEqual(await findingsOf(RULE, 'sql', source), ['3:ssn', '6:fingerprint_template', '9:iban']);
  });

  it('reports Prisma model fields, not those marked /// @encrypted (Prisma)', async () => {
    const source = lines('model Patient {', '  id        Int    @id', '  ssn       String', '  /// @encrypted', '  diagnosis String', '  iban      String /// @encrypted', '  email     String', '}');
    assert.deepStrictEqual(await findingsOf(RULE, 'prisma', source), ['3:ssn']);
  });

  it('does not report interface schemas: GraphQL, protobuf and OpenAPI describe what is sent, not what is stored', async () => {
    assert.deepStrictEqual(await findingsOf(RULE, 'graphql', 'type Patient { ssn: String diagnosis: String }'), []);
    assert.deepStrictEqual(await findingsOf(RULE, 'proto3', 'syntax = "proto3";\nmessage Patient { string ssn = 1; }'), []);
    const openApi = lines('openapi: 3.0.0', 'components:', '  schemas:', '    Patient:', '      properties:', '        ssn:', '          type: string');
    assert.deepStrictEqual(await findingsOf(RULE, 'yaml', openApi), []);
    assert.ok((await findingsOf('sensitive-personal-data-field', 'yaml', openApi)).length > 0, 'the OpenAPI field is still sensitive data');
  });
});
