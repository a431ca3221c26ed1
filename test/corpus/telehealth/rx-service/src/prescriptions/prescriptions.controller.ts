import { Body, Controller, Get, NotFoundException, Param, Post, UseGuards, ConflictException } from '@nestjs/common';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { RolesGuard, Roles } from '../auth/roles';
import { PrescriptionsService } from './prescriptions.service';

export class RenewPrescriptionDto {
  medicationName: string; // expect: sensitive-personal-data-field user.health_and_medical
  pharmacyId: string;
  patientNote?: string; // expect: sensitive-personal-data-field user.health_and_medical
}

@Controller('prescriptions')
@UseGuards(JwtAuthGuard, RolesGuard)
export class PrescriptionsController {
  constructor(private readonly prescriptions: PrescriptionsService) {}

  @Get(':id') // trap: controller guarded by @UseGuards(JwtAuthGuard)
  async findOne(@Param('id') id: string) {
    const rx = await this.prescriptions.findById(id);
    if (!rx) throw new NotFoundException(`Prescription ${id} not found`); // trap: opaque prescription id only
    return rx;
  }

  @Post(':id/renew') // trap: controller guarded by @UseGuards(JwtAuthGuard)
  @Roles('patient')
  async renew(@Param('id') id: string, @Body() dto: RenewPrescriptionDto) {
    const rx = await this.prescriptions.findById(id);
    if (rx.renewalsLeft === 0) {
      throw new ConflictException(`No renewals left for ${dto.medicationName}`); // expect: personal-data-in-error user.health_and_medical
    }
    return this.prescriptions.renew(rx, dto);
  }
}

/** Pharmacies scan the QR code on the paper copy; no login on their side. */
@Controller('rx-verify')
export class PrescriptionVerificationController {
  constructor(private readonly prescriptions: PrescriptionsService) {}

  @Get(':code') // expect: unauthenticated-personal-data-route user
  async verify(@Param('code') code: string) {
    const rx = await this.prescriptions.findByVerificationCode(code);
    if (!rx) throw new NotFoundException('Unknown prescription code'); // trap: generic error message
    return { patient: rx.patient, medication: rx.medicationName, dosage: rx.dosage, prescriber: rx.prescriberName };
  }

  @Post(':code/dispensed') // expect: unauthenticated-personal-data-route user.name
  async markDispensed(@Param('code') code: string, @Body('pharmacistName') pharmacistName: string) {
    const rx = await this.prescriptions.findByVerificationCode(code);
    if (rx.dispensedAt) {
      throw new ConflictException(`Already dispensed to ${rx.patient.fullName} on ${rx.dispensedAt.toISOString()}`); // expect: personal-data-in-error user.name
    }
    return this.prescriptions.markDispensed(rx, pharmacistName);
  }

  @Get('status/ping') // trap: liveness ping, returns no personal data
  ping() {
    return { ok: true };
  }
}
