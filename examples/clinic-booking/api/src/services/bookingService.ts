import type { Appointment } from '../models/appointment';
import type { Clinic } from '../models/clinic';
import { Patient } from '../models/patient';

/** `jane.doe@example.com` -> `j***@example.com`: enough to tell support which address, not the address. */
function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

interface Logger {
  info(message: string, context?: object): void;
  warn(message: string, context?: object): void;
}

export class BookingService {
  private readonly appointments = new Map<string, Appointment>();

  constructor(
    private readonly logger: Logger,
    private readonly auditLog: Logger,
    private readonly staff: { fullName: string },
  ) {}

  book(patient: Patient, clinic: Clinic, startsAt: Date): Appointment {
    const appointment: Appointment = { id: crypto.randomUUID(), patientId: patient.id, clinic, startsAt, status: 'booked' };
    this.appointments.set(appointment.id, appointment);
    this.logger.info(`Booked ${patient.email} at ${clinic.name}`, { appointmentId: appointment.id });
    return appointment;
  }

  cancel(appointmentId: string, patient: Patient): void {
    const appointment = this.appointments.get(appointmentId);
    if (!appointment) {
      this.logger.warn('cancel: no such appointment', { appointmentId, patient });
      return;
    }
    appointment.status = 'cancelled';
    // maskEmail() is a sanitiser: what it returns is not the plaintext address, so this line is not reported.
    this.logger.info(`Cancelled appointment ${appointmentId}`, { contact: maskEmail(patient.email) });
    // privacy-lens-disable-next-line personal-data-in-log -- clinic policy: cancellations by staff are audited by name; the audit log is access-controlled and kept 6 months
    this.auditLog.info('appointment cancelled', { appointmentId, cancelledBy: this.staff.fullName });
  }

  recordDiagnosis(appointmentId: string, diagnosis: string): void {
    const appointment = this.appointments.get(appointmentId);
    if (appointment) {
      appointment.diagnosis = diagnosis;
      console.log('diagnosis recorded for', appointmentId);
    }
  }
}
