import { Type } from 'class-transformer';
import {
  IsDateString,
  IsEmail,
  IsEnum,
  IsISO31661Alpha2,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsPhoneNumber,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';

export enum IdDocumentType {
  PASSPORT = 'passport',
  NATIONAL_ID = 'national_id',
  DRIVING_LICENCE = 'driving_licence',
  RESIDENCE_PERMIT = 'residence_permit',
}

export class IdentityDocumentDto {
  @IsEnum(IdDocumentType)
  type: IdDocumentType;

  @IsString()
  @Length(5, 20)
  documentNumber: string; // expect: sensitive-personal-data-field user.government_id

  @IsISO31661Alpha2()
  issuingCountry: string;

  @IsDateString()
  expiryDate: string;

  @IsString()
  @IsNotEmpty()
  frontImageKey: string; // expect: sensitive-personal-data-field user.government_id

  @IsOptional()
  @IsString()
  mrzLine: string; // expect: sensitive-personal-data-field user.government_id.passport_number
}

export class ResidentialAddressDto {
  @IsString()
  street: string; // expect: personal-data-field user.contact.address.street

  @IsString()
  city: string; // expect: personal-data-field user.contact.address.city

  @IsString()
  @Length(3, 10)
  postalCode: string; // expect: personal-data-field user.contact.address.postal_code

  @IsISO31661Alpha2()
  country: string; // expect: personal-data-field user.contact.address.country
}

export class SubmitKycDto {
  @IsString()
  @IsNotEmpty()
  givenNames: string; // expect: personal-data-field user.name.first

  @IsString()
  @IsNotEmpty()
  surname: string; // expect: personal-data-field user.name.last

  @IsDateString()
  dateOfBirth: string; // expect: personal-data-field user.demographic.date_of_birth

  @IsISO31661Alpha2()
  nationality: string; // expect: personal-data-field user.demographic

  @IsEmail()
  email: string; // expect: personal-data-field user.contact.email

  @IsPhoneNumber()
  phone: string; // expect: personal-data-field user.contact.phone_number

  @ValidateNested()
  @Type(() => ResidentialAddressDto)
  address: ResidentialAddressDto; // expect: personal-data-field user.contact.address

  @ValidateNested()
  @Type(() => IdentityDocumentDto)
  document: IdentityDocumentDto;

  @IsOptional()
  @Matches(/^\d{3}-?\d{2}-?\d{4}$/)
  ssn?: string; // expect: sensitive-personal-data-field user.government_id.national_identification_number.us_ssn

  @IsString()
  selfieImageKey: string; // expect: sensitive-personal-data-field user.biometric

  @IsOptional()
  @IsNumber()
  livenessScore?: number; // expect: sensitive-personal-data-field user.biometric

  @IsString()
  sourceOfFunds: string; // expect: personal-data-field user.financial

  @IsOptional()
  @IsString()
  politicallyExposedPersonDetails?: string; // expect: sensitive-personal-data-field user.demographic.political_opinion

  @IsOptional()
  @IsString()
  occupation?: string; // expect: personal-data-field user.job_title
}
