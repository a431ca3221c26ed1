import type { Clinic } from './clinic';

export type AppointmentStatus = 'booked' | 'cancelled' | 'attended';

export interface Appointment {
  id: string;
  patientId: string;
  clinic: Clinic;
  startsAt: Date;
  status: AppointmentStatus;
  /** Free text the doctor writes after the visit. */
  diagnosis?: string;
}
