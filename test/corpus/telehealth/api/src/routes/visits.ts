import { Router } from 'express';
import passport from 'passport';
import axios from 'axios';
import { Analytics } from '@segment/analytics-node';
import { visits, patients } from '../db';
import { hashId } from '../util/pseudonymise';

const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY! });
const PHARMACY_API = 'https://api.pharmalink.co.uk/v2';

export const visitsRouter = Router();
visitsRouter.use(passport.authenticate('jwt', { session: false }));

visitsRouter.get('/:visitId', async (req, res) => { // trap: router guarded by passport.authenticate above
  res.json(await visits.findById(req.params.visitId));
});

visitsRouter.post('/:visitId/complete', async (req, res) => { // trap: router guarded by passport.authenticate above
  const visit = await visits.complete(req.params.visitId, req.body.clinicianNotes);
  const patient = await patients.findById(visit.patientId);

  analytics.track({
    userId: patient.id,
    event: 'Visit Completed',
    properties: {
      durationMinutes: visit.durationMinutes,
      diagnosis: visit.diagnosisCode, // expect: personal-data-to-third-party user.health_and_medical
      specialty: visit.specialty,
    },
  });
  analytics.track({ userId: hashId(patient.id), event: 'Visit Rated', properties: { stars: req.body.stars } }); // trap: pseudonymous id and a rating only

  analytics.identify({
    userId: patient.id,
    traits: { plan: patient.plan, createdAt: patient.createdAt }, // trap: plan and signup date only, no personal data
  });
  res.json(visit);
});

visitsRouter.post('/:visitId/send-to-pharmacy', async (req, res) => { // trap: router guarded by passport.authenticate above
  const visit = await visits.findById(req.params.visitId);
  const { nhsNumber, dateOfBirth } = await patients.findById(visit.patientId);

  const { data: stock } = await axios.get(`${PHARMACY_API}/stock`, {
    params: { sku: visit.prescription.sku, postcode: visit.pharmacyPostcode }, // trap: the pharmacy's postcode, not the patient's
  });
  const { data: match } = await axios.get(`${PHARMACY_API}/patients/match?nhs=${nhsNumber}&dob=${dateOfBirth}`); // expect: personal-data-in-url user.government_id.national_identification_number
  await axios.post(`${PHARMACY_API}/orders`, { nhsNumber, sku: visit.prescription.sku, stockId: stock.id }); // trap: personal data in the request body, not the URL
  res.json({ pharmacyRef: match.reference });
});

visitsRouter.get('/:visitId/join', async (req, res) => { // trap: router guarded by passport.authenticate above
  const visit = await visits.findById(req.params.visitId);
  const patient = await patients.findById(visit.patientId);
  const displayName = `${patient.firstName} ${patient.lastName}`;
  res.redirect(`https://meet.vidyo-health.com/room/${visit.roomId}?displayName=${encodeURIComponent(displayName)}`); // expect: personal-data-in-url user.name
});

visitsRouter.get('/:visitId/summary.pdf', async (req, res) => { // trap: router guarded by passport.authenticate above
  res.redirect(`/api/documents/${req.params.visitId}/summary.pdf`); // trap: opaque visit id in the URL
});
