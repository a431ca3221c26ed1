import type { Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import type { Clinician, Patient } from '../db';

const JWT_SECRET = process.env.JWT_SECRET!;
const COOKIE_OPTIONS = { httpOnly: true, secure: true, sameSite: 'strict' as const, maxAge: 30 * 60 * 1000 };

/** Access token for the patient app: 30 minutes. */
export function issuePatientToken(patient: Patient): string {
  return jwt.sign(
    {
      sub: patient.id,
      email: patient.email, // expect: personal-data-in-client-storage user.contact.email
      name: patient.fullName,
      dob: patient.dateOfBirth,
    },
    JWT_SECRET,
    { expiresIn: '30m', audience: 'patient-app' },
  );
}

/** Token for the video-visit provider: it only needs to know which room and which role. */
export function issueRoomToken(visitId: string, role: 'patient' | 'clinician'): string {
  return jwt.sign({ room: visitId, role }, JWT_SECRET, { expiresIn: '2h' }); // trap: opaque visit id and a role, no personal data
}

export function issueClinicianToken(clinician: Clinician): string {
  const claims = { sub: clinician.id, email: clinician.workEmail, roles: clinician.roles };
  return jwt.sign(claims, JWT_SECRET, { expiresIn: '8h' }); // expect: personal-data-in-client-storage user.contact.email
}

export function setSessionCookies(res: Response, patient: Patient, token: string): void {
  res.cookie('th_session', token, COOKIE_OPTIONS); // trap: opaque session token with Secure, HttpOnly and SameSite
  res.cookie('th_patient_phone', patient.mobilePhone, COOKIE_OPTIONS); // expect: personal-data-in-client-storage user.contact.phone_number
}

export function rememberPharmacy(req: Request, pharmacyPostcode: string): void {
  req.session.preferredPharmacyPostcode = pharmacyPostcode; // trap: server-side express-session store, not client storage
  req.session.patientEmail = req.body.email; // trap: server-side express-session store, not client storage
}
