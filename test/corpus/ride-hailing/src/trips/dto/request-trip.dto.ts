import { Type } from 'class-transformer';
import {
  IsEnum,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsPhoneNumber,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export enum VehicleClass {
  Economy = 'economy',
  Comfort = 'comfort',
  Xl = 'xl',
}

export class LatLngDto {
  @IsLatitude() // trap: validation decorator, the field is declared on a following line
  lat: number; // expect: sensitive-personal-data-field user.location.precise

  @IsLongitude()
  lng: number; // expect: sensitive-personal-data-field user.location.precise
}

export class RequestTripDto {
  @IsUUID()
  riderId: string; // trap: surrogate key, not personal data by itself

  @ValidateNested()
  @Type(() => LatLngDto)
  pickup: LatLngDto; // expect: sensitive-personal-data-field user.location.precise

  @IsString()
  @MaxLength(255)
  pickupAddress: string; // expect: personal-data-field user.contact.address

  @ValidateNested()
  @Type(() => LatLngDto)
  dropoff: LatLngDto; // expect: sensitive-personal-data-field user.location.precise

  @IsString()
  @MaxLength(255)
  dropoffAddress: string; // expect: personal-data-field user.contact.address

  /** Set when a rider books for someone else. */
  @IsOptional()
  @IsString()
  @MaxLength(80)
  passengerName?: string; // expect: personal-data-field user.name

  @IsOptional()
  @IsPhoneNumber() // trap: validation decorator, the field is declared on a following line
  passengerPhone?: string; // expect: personal-data-field user.contact.phone_number

  @IsOptional()
  @IsString()
  @MaxLength(280)
  noteToDriver?: string; // expect: personal-data-field user.content.private

  @IsEnum(VehicleClass)
  vehicleClass: VehicleClass;

  @IsString()
  deviceId: string; // expect: personal-data-field user.device.device_id

  @IsUUID()
  paymentMethodId: string; // trap: surrogate key, not personal data by itself

  @IsOptional()
  @IsString()
  promoCode?: string;
}

export class RateTripDto {
  @IsUUID()
  tripId: string;

  stars: number;

  @IsOptional()
  @MaxLength(500)
  comment?: string; // expect: personal-data-field user.content.private
}
