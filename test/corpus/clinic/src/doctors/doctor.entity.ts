import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Clinic } from '../clinics/clinic.entity';

@Entity({ name: 'doctors' })
export class Doctor {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ length: 160 })
  fullName: string; // expect: personal-data-field user.name

  @Column({ length: 255, unique: true })
  workEmail: string; // expect: personal-data-field user.contact.email

  @Column({ length: 32, nullable: true })
  pagerNumber?: string; // expect: personal-data-field user.contact.phone_number

  @Column({ length: 80 })
  specialty: string; // expect: personal-data-field user.job_title

  @Column({ length: 40 })
  jobTitle: string; // expect: personal-data-field user.job_title

  @ManyToOne(() => Clinic, (clinic) => clinic.doctors)
  clinic: Clinic;

  @Column({ type: 'smallint', default: 15 })
  slotLengthMinutes: number;
}
