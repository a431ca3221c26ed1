import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Patient } from '../patients/patient.entity';
import { Doctor } from '../doctors/doctor.entity';

/** A physical site of the practice. Its contact details are the organisation's, published on the website. */
@Entity({ name: 'clinics' })
export class Clinic {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ length: 120 })
  name: string; // trap: the clinic's name, an organisation, not a person

  @Column({ length: 255 })
  address: string; // trap: Clinic.address is the organisation's street address

  @Column({ length: 32 })
  phone: string; // trap: the reception desk number of the clinic, organisation contact detail

  @Column({ length: 255 })
  email: string; // trap: frontdesk@ mailbox of the clinic, organisation contact detail

  @Column({ length: 64, default: 'appointment-reminder-v3' })
  emailTemplateId: string; // trap: identifier of a template, not an email address

  @Column({ length: 255, nullable: true })
  diagnosisCodeLookupUrl?: string; // trap: URL of an ICD-10 lookup service, not a diagnosis

  @Column({ length: 255, default: '/healthz' })
  healthCheckPath: string; // trap: service health-check endpoint, not health data

  @OneToMany(() => Patient, (patient) => patient.registeredClinic)
  patients: Patient[];

  @OneToMany(() => Doctor, (doctor) => doctor.clinic)
  doctors: Doctor[];
}
