import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Clinic } from '../clinics/clinic.entity';
import { Appointment } from '../appointments/appointment.entity';

export enum BloodType {
  A_POS = 'A+',
  A_NEG = 'A-',
  B_POS = 'B+',
  B_NEG = 'B-',
  AB_POS = 'AB+',
  AB_NEG = 'AB-',
  O_POS = 'O+',
  O_NEG = 'O-',
}

@Entity({ name: 'patients' })
export class Patient {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ length: 32, unique: true })
  medicalRecordNumber: string; // expect: sensitive-personal-data-field user.health_and_medical.record_id ; expect: unencrypted-sensitive-storage user.health_and_medical.record_id

  @Column({ length: 80 })
  firstName: string; // expect: personal-data-field user.name.first

  @Column({ length: 80 })
  lastName: string; // expect: personal-data-field user.name.last

  @Column({ length: 80, nullable: true })
  preferredName?: string; // expect: personal-data-field user.name

  @Column({ type: 'date' })
  dateOfBirth: Date; // expect: personal-data-field user.demographic.date_of_birth

  @Column({ length: 20, nullable: true })
  sexAtBirth?: string; // expect: personal-data-field user.demographic.gender

  @Column({ length: 255, unique: true })
  email: string; // expect: personal-data-field user.contact.email

  @Column({ default: false })
  isEmailVerified: boolean; // trap: a verification flag about the email, not the address itself

  @Column({ length: 32 })
  mobilePhone: string; // expect: personal-data-field user.contact.phone_number

  @Column({ length: 255 })
  addressLine1: string; // expect: personal-data-field user.contact.address.street

  @Column({ length: 120 })
  city: string; // expect: personal-data-field user.contact.address.city

  @Column({ length: 12 })
  postcode: string; // expect: personal-data-field user.contact.address.postal_code

  @Column({ length: 11, nullable: true })
  socialSecurityNumber?: string; // expect: sensitive-personal-data-field user.government_id.national_identification_number.us_ssn ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.us_ssn

  @Column({ type: 'enum', enum: BloodType, nullable: true })
  bloodType?: BloodType; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

  @Column('text', { array: true, default: '{}' })
  allergies: string[]; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

  @Column('text', { array: true, default: '{}' })
  chronicConditions: string[]; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

  @Column({ length: 40, nullable: true })
  insuranceMemberId?: string; // expect: sensitive-personal-data-field user.health_and_medical.insurance_beneficiary_id ; expect: unencrypted-sensitive-storage user.health_and_medical.insurance_beneficiary_id

  @Column({ length: 120, nullable: true })
  emergencyContactName?: string; // expect: personal-data-field user.name

  @Column({ length: 32, nullable: true })
  emergencyContactPhone?: string; // expect: personal-data-field user.contact.phone_number

  @Column({ length: 8, default: 'E.164' })
  phoneFormat: string; // trap: a formatting rule for phone numbers, not a number

  @Column({ default: false })
  birthdayPromoEnabled: boolean; // trap: a marketing toggle, not a birth date

  @ManyToOne(() => Clinic, (clinic) => clinic.patients)
  @JoinColumn({ name: 'registered_clinic_id' })
  registeredClinic: Clinic;

  @OneToMany(() => Appointment, (appointment) => appointment.patient)
  appointments: Appointment[];

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
