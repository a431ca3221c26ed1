import { IsBase64, IsEmail, IsIn, IsIP, IsNotEmpty, IsOptional, IsPhoneNumber, IsString, IsUUID, Length } from 'class-validator';

/** Body of POST /verification: a liveness selfie plus the face template computed on device. */
export class SubmitVerificationDto {
  @IsUUID()
  userId: string; // trap: surrogate key, not personal data by itself

  @IsBase64()
  @IsNotEmpty()
  selfieJpegBase64: string; // expect: sensitive-personal-data-field user.biometric

  @IsBase64()
  faceTemplate: string; // expect: sensitive-personal-data-field user.biometric

  @IsIn(['ios', 'android'])
  platform: 'ios' | 'android';

  @IsString()
  deviceModel: string;

  @IsString()
  @Length(16, 64)
  deviceId: string; // expect: personal-data-field user.device.device_id

  @IsIP()
  clientIp: string; // expect: personal-data-field user.device.ip_address
}

/** Optional fallback when the face check fails: upload an ID document. */
export class SubmitIdDocumentDto {
  @IsIn(['passport', 'national_id', 'drivers_licence'])
  documentType: string;

  @IsString()
  @Length(5, 20)
  documentNumber: string; // expect: sensitive-personal-data-field user.government_id

  @IsOptional()
  @IsString()
  passportNumber?: string; // expect: sensitive-personal-data-field user.government_id.passport_number

  @IsBase64()
  documentFrontBase64: string; // expect: sensitive-personal-data-field user.government_id
}

export class ContactSupportDto {
  @IsEmail() // trap: validation decorator, the field is declared on a following line
  email: string; // expect: personal-data-field user.contact.email

  @IsOptional()
  @IsPhoneNumber() // trap: validation decorator, the field is declared on a following line
  phone?: string; // expect: personal-data-field user.contact.phone_number

  @IsString()
  @Length(1, 2000)
  message: string; // expect: personal-data-field user.content.private
}
