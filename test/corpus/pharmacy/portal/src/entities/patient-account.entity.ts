import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { encryptedColumn } from './field-encryption';

@Entity({ name: 'patient_accounts' })
export class PatientAccount {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ length: 255, unique: true })
  email: string; // expect: personal-data-field user.contact.email

  @Column({ type: 'text', transformer: encryptedColumn })
  nhsNumber: string; // expect: sensitive-personal-data-field user.government_id.national_identification_number

  @Column({ type: 'text', transformer: encryptedColumn, nullable: true })
  exemptionReason?: string; // expect: sensitive-personal-data-field user.health_and_medical

  @Column({ length: 60 })
  passwordHash: string; // trap: bcrypt hash, not the plaintext

  /** Plain text copied from the 2016 system; cleared when the patient next signs in. */
  @Column({ length: 64, nullable: true })
  legacyPassword?: string; // expect: personal-data-field user.authorization.password ; expect: weak-password-hash

  @CreateDateColumn()
  createdAt: Date;
}
