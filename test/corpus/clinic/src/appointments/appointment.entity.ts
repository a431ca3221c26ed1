import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Patient } from '../patients/patient.entity';
import { Doctor } from '../doctors/doctor.entity';

export type AppointmentStatus = 'booked' | 'arrived' | 'completed' | 'no_show' | 'cancelled';

@Entity({ name: 'appointments' })
@Index(['doctor', 'startsAt'])
export class Appointment {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @ManyToOne(() => Patient, (patient) => patient.appointments, { nullable: false })
  patient: Patient;

  @ManyToOne(() => Doctor, { nullable: false })
  doctor: Doctor;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'date' })
  day: Date;

  @Column({ type: 'varchar', length: 16, default: 'booked' })
  status: AppointmentStatus;

  @Column({ type: 'text', nullable: true })
  reasonForVisit?: string; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

  @Column({ type: 'text', nullable: true })
  receptionNotes?: string; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

  @Column({ type: 'boolean', default: false })
  needsChaperone: boolean; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

  @Column({ type: 'inet', nullable: true })
  bookedFromIp?: string; // expect: personal-data-field user.device.ip_address

  @Column({ type: 'varchar', length: 40, nullable: true })
  roomName?: string; // trap: a consulting room's name, not a person's

  @Column({ type: 'varchar', length: 255, nullable: true })
  videoServerAddress?: string; // trap: host of the video-visit server, not a postal address

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  cancelledAt?: Date;
}
