import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsOptional,
  IsPhoneNumber,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class InsuranceDetailsDto {
  @IsString()
  @MaxLength(80)
  payerName: string;

  @IsString()
  @MaxLength(40)
  memberId: string; // expect: sensitive-personal-data-field user.health_and_medical.insurance_beneficiary_id

  @IsString()
  @MaxLength(40)
  groupNumber: string;

  @IsOptional()
  @IsString()
  policyHolderName?: string; // expect: personal-data-field user.name
}

export class BookAppointmentDto {
  @IsUUID()
  patientId: string; // trap: surrogate key, not personal data by itself

  @IsUUID()
  doctorId: string; // trap: surrogate key, not personal data by itself

  @IsEmail()
  patientEmail: string; // expect: personal-data-field user.contact.email

  @IsPhoneNumber('GB')
  contactPhone: string; // expect: personal-data-field user.contact.phone_number

  @IsDateString()
  startsAt: string;

  @IsString()
  @MaxLength(500)
  reasonForVisit: string; // expect: sensitive-personal-data-field user.health_and_medical

  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  symptoms?: string[]; // expect: sensitive-personal-data-field user.health_and_medical

  @IsOptional()
  @IsBoolean()
  isPregnant?: boolean; // expect: sensitive-personal-data-field user.health_and_medical

  @IsOptional()
  @ValidateNested()
  @Type(() => InsuranceDetailsDto)
  insurance?: InsuranceDetailsDto;

  @IsOptional()
  @IsString()
  emailTemplateId?: string; // trap: which confirmation template to use, not an address
}
