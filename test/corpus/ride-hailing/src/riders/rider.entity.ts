import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { PaymentMethod } from '../payments/payment-method.entity';
import { Trip } from '../trips/trip.entity';

export enum RiderStatus {
  Active = 'active',
  Suspended = 'suspended',
  Deleted = 'deleted',
}

/** A place the rider saved in the app ("Home", "Work", "Gym"). */
export interface SavedPlace {
  label: string;
  formattedAddress: string; // expect: personal-data-field user.contact.address
  lat: number; // expect: sensitive-personal-data-field user.location.precise
  lng: number; // expect: sensitive-personal-data-field user.location.precise
  googlePlaceId?: string;
}

@Entity({ name: 'riders' })
export class Rider {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ length: 80 })
  firstName: string; // expect: personal-data-field user.name.first

  @Column({ length: 80 })
  lastName: string; // expect: personal-data-field user.name.last

  @Index({ unique: true })
  @Column({ length: 254 })
  email: string; // expect: personal-data-field user.contact.email

  @Column({ default: false })
  emailVerified: boolean; // trap: verification flag, not the address

  @Index({ unique: true })
  @Column({ length: 20 })
  phoneNumber: string; // expect: personal-data-field user.contact.phone_number

  @Column({ default: false })
  isPhoneVerified: boolean; // trap: verification flag, not the number

  @Column({ type: 'varchar', length: 100, select: false })
  passwordHash: string; // trap: hash, not the plaintext

  @Column({ type: 'date', nullable: true })
  dateOfBirth: Date | null; // expect: personal-data-field user.demographic.date_of_birth

  @Column({ type: 'varchar', nullable: true })
  profilePhotoUrl: string | null; // expect: personal-data-field user.content.self_image

  @Column({ type: 'jsonb', nullable: true })
  homePlace: SavedPlace | null; // expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise

  @Column({ type: 'jsonb', default: () => "'[]'" })
  savedPlaces: SavedPlace[]; // expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise

  @Column({ type: 'decimal', precision: 3, scale: 2, default: 5 })
  averageRating: number; // expect: personal-data-field user.behavior

  @Column({ type: 'inet', nullable: true })
  lastLoginIp: string | null; // expect: personal-data-field user.device.ip_address

  @Column({ length: 10, default: 'en-SG' })
  locale: string; // trap: UI locale setting, not a demographic attribute

  @Column({ default: true })
  locationServiceEnabled: boolean; // trap: permission toggle, not a location

  @Column({ type: 'enum', enum: RiderStatus, default: RiderStatus.Active })
  status: RiderStatus;

  @OneToMany(() => Trip, (trip) => trip.rider)
  trips: Trip[];

  @OneToMany(() => PaymentMethod, (pm) => pm.rider)
  paymentMethods: PaymentMethod[];

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;

  @DeleteDateColumn()
  deletedAt?: Date;
}
