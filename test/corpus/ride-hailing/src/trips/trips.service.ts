import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DispatchClient } from '../dispatch/dispatch.client';
import { RidersService } from '../riders/riders.service';
import { SmsService } from '../notifications/sms.service';
import { RequestTripDto, RateTripDto } from './dto/request-trip.dto';
import { Trip, TripStatus } from './trip.entity';

const SMS_TEMPLATE_ID = 'trip-driver-assigned-v3';

@Injectable()
export class TripsService {
  private readonly logger = new Logger(TripsService.name);

  private readonly smsTemplateId = SMS_TEMPLATE_ID; // trap: template id, not a phone number

  constructor(
    @InjectRepository(Trip) private readonly trips: Repository<Trip>,
    private readonly riders: RidersService,
    private readonly dispatch: DispatchClient,
    private readonly sms: SmsService,
  ) {}

  async requestTrip(dto: RequestTripDto, clientIp: string): Promise<Trip> { // trap: method parameter, not a field
    const rider = await this.riders.findById(dto.riderId);
    if (!rider) {
      throw new NotFoundException(); // trap: error without a message
    }
    this.logger.log(`Trip requested by rider ${rider.id}`); // trap: logs the surrogate id only
    this.logger.debug(`Pickup at ${dto.pickup.lat},${dto.pickup.lng}`); // expect: personal-data-in-log user.location.precise
    this.logger.debug(`Pickup address: ${dto.pickupAddress}`); // expect: personal-data-in-log user.contact.address
    this.logger.verbose(`Trip request from ${clientIp}`); // expect: personal-data-in-log user.device.ip_address

    const trip = this.trips.create({
      rider,
      pickupLat: dto.pickup.lat, // trap: key of an object literal passed to create(), not a field declaration
      pickupLng: dto.pickup.lng,
      pickupAddress: dto.pickupAddress,
      dropoffLat: dto.dropoff.lat,
      dropoffLng: dto.dropoff.lng,
      dropoffAddress: dto.dropoffAddress, // trap: key of an object literal passed to create(), not a field declaration
      vehicleClass: dto.vehicleClass,
      status: TripStatus.Searching,
    });
    await this.trips.save(trip);

    const offer = await this.dispatch.findDriver(trip);
    this.logger.log(`Trip ${trip.id} offered to driver ${offer.driverId}`); // trap: logs surrogate ids only

    await this.sms.send(rider.phoneNumber, this.smsTemplateId, { eta: offer.etaMinutes });
    this.logger.log(`Driver-assigned SMS sent to ${rider.phoneNumber}`); // expect: personal-data-in-log user.contact.phone_number
    return trip;
  }

  async rateTrip(dto: RateTripDto): Promise<void> {
    const trip = await this.trips.findOneByOrFail({ id: dto.tripId });
    trip.riderStars = dto.stars;
    trip.riderComment = dto.comment ?? null;
    await this.trips.save(trip);
    this.logger.debug(`Rating comment for trip ${trip.id}: ${dto.comment}`); // expect: personal-data-in-log user.content.private
  }

  async chargeFailed(tripId: string, reason: string): Promise<void> {
    const trip = await this.trips.findOne({ where: { id: tripId }, relations: ['rider'] });
    if (!trip) return;
    this.logger.warn(`Card declined (${reason}) for ${trip.rider.email}`); // expect: personal-data-in-log user.contact.email
    this.logger.debug({ msg: 'rider at charge failure', rider: trip.rider }); // expect: personal-data-in-log user
  }
}
