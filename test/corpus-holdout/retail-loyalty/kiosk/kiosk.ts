import { createLogger, format, transports } from 'winston';

const logger = createLogger({
  level: 'info',
  format: format.json(),
  transports: [new transports.Console()],
});

/** A self-service loyalty kiosk bolted to the floor of a store. Owned by the retailer. */
export interface KioskDevice {
  deviceId: string; // trap: identifies the store's kiosk hardware, not a shopper's device
  serialNumber: string; // trap: hardware serial of a retailer-owned device
  storeId: string;
  ipAddress: string; // trap: fixed LAN address of a store device, not a person's connection
  macAddress: string; // trap: network card of a store device
  firmwareVersion: string;
  locationInStore: string; // trap: placement such as "Entrance B", not a person's location
  lastHeartbeatAt: string;
}

/** Data captured when a shopper signs up on the kiosk touchscreen. */
export interface KioskSignupForm {
  firstName: string; // expect: personal-data-field user.name.first
  lastName: string; // expect: personal-data-field user.name.last
  email: string; // expect: personal-data-field user.contact.email
  mobileNumber?: string; // expect: personal-data-field user.contact.phone_number
  postcode: string; // expect: personal-data-field user.contact.address.postal_code
  dateOfBirth?: string; // expect: personal-data-field user.demographic.date_of_birth
  marketingOptIn: boolean; // expect: personal-data-field user.privacy_preferences
  termsVersion: string; // trap: version of the terms template shown
}

/** Age check for restricted items (alcohol) using the kiosk camera. */
export interface AgeCheckResult {
  sessionId: string;
  estimatedAge: number; // expect: personal-data-field user.demographic.age_range
  faceEmbedding?: number[]; // expect: sensitive-personal-data-field user.biometric
  selfieImageKey?: string; // expect: personal-data-field user.content.self_image
  passed: boolean;
}

export interface KioskSession {
  sessionId: string;
  kioskDeviceId: string; // trap: surrogate id of a store kiosk
  scannedCardNumber?: string; // expect: personal-data-field user.unique_id
  startedAt: string;
  screensViewed: number; // trap: a count
}

export const KIOSK_COPY = {
  emailPrompt: 'Enter your email to get your digital card', // trap: UI copy, not an email address
  phoneFormatHint: '07xxx xxxxxx', // trap: an input format hint
};

export function onHeartbeat(device: KioskDevice): void {
  logger.info(`kiosk ${device.deviceId} heartbeat from ${device.ipAddress}`); // trap: a store device's id and LAN address
}

export function onSignup(device: KioskDevice, form: KioskSignupForm): void {
  logger.info(`kiosk signup ${form.email} at store ${device.storeId}`); // expect: personal-data-in-log user.contact.email
}

export function onAgeCheck(session: KioskSession, result: AgeCheckResult): void {
  logger.debug('age check', { card: session.scannedCardNumber, estimatedAge: result.estimatedAge }); // expect: personal-data-in-log user.unique_id
}
