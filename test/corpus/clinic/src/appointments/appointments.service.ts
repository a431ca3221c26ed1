import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Patient } from '../patients/patient.entity';
import { Appointment } from './appointment.entity';
import { BookAppointmentDto } from './book-appointment.dto';
import { NotificationsService } from '../notifications/notifications.service';

@Injectable()
export class AppointmentsService {
  private readonly logger = new Logger(AppointmentsService.name);

  constructor(
    @InjectRepository(Appointment) private readonly appointments: Repository<Appointment>,
    @InjectRepository(Patient) private readonly patients: Repository<Patient>,
    private readonly notifications: NotificationsService,
  ) {}

  async book(dto: BookAppointmentDto): Promise<Appointment> {
    this.logger.log(`Booking request from ${dto.patientEmail} for ${dto.startsAt}`); // expect: personal-data-in-log user.contact.email
    this.logger.debug(`Reason for visit: ${dto.reasonForVisit}`); // expect: personal-data-in-log user.health_and_medical

    const patient = await this.patients.findOneBy({ id: dto.patientId });
    if (!patient) {
      this.logger.warn(`No patient ${dto.patientId}`); // trap: logs only the surrogate key
      throw new NotFoundException('patient');
    }

    const appointment = this.appointments.create({
      patient,
      doctor: { id: dto.doctorId },
      startsAt: new Date(dto.startsAt),
      reasonForVisit: dto.reasonForVisit,
    });
    const saved = await this.appointments.save(appointment);
    this.logger.log(`Appointment ${saved.id} booked for patient ${patient.id}`);
    return saved;
  }

  async sendReminders(day: Date): Promise<void> {
    const due = await this.appointments.find({ where: { day }, relations: ['patient'] });
    let emailCount = 0;
    for (const appt of due) {
      const email = appt.patient.email; // trap: a local variable, not a field
      await this.notifications.sendReminder(email, appt);
      this.logger.verbose(`Reminder SMS queued for ${appt.patient.mobilePhone}`); // expect: personal-data-in-log user.contact.phone_number
      emailCount += 1;
    }
    this.logger.log(`Sent ${emailCount} reminder emails for ${day.toISOString()}`); // trap: a count of emails, not an address
  }

  async cancel(appointmentId: string, reason: string): Promise<void> {
    const appt = await this.appointments.findOneOrFail({ where: { id: appointmentId }, relations: ['patient'] });
    this.logger.warn('Appointment cancelled', { patient: appt.patient, reason }); // expect: personal-data-in-log user
    await this.appointments.softDelete(appointmentId);
  }
}
