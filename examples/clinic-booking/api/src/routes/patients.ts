import { Patient } from '../models/patient';

interface Request {
  body: { firstName: string; lastName: string; email: string; phoneNumber: string; dateOfBirth: string; nric: string };
}

/** Registers a patient from the sign-up form. */
export function registerPatient(request: Request): Patient {
  const { body } = request;
  const patient = new Patient(crypto.randomUUID(), body.firstName, body.lastName, body.email, body.phoneNumber, new Date(body.dateOfBirth), body.nric);
  console.info('registered patient', body.nric);
  return patient;
}
