import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { encryptedColumn } from './field-encryption';
import { PatientAccount } from './patient-account.entity';

@Entity({ name: 'prescriptions' })
export class Prescription {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => PatientAccount, { nullable: false })
  patient: PatientAccount;

  @Column({ length: 160 })
  drugName: string; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

  @Column({ length: 200 })
  dosageInstructions: string; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

  @Column({ type: 'text', transformer: encryptedColumn })
  indication: string; // expect: sensitive-personal-data-field user.health_and_medical

  @Column({ default: false })
  controlledDrug: boolean; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

  @Column({ length: 40 })
  formularyCode: string; // trap: a product code from the national drug dictionary, not about a person

  @Column({ type: 'timestamptz' })
  issuedAt: Date;
}
