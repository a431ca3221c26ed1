import express, { type NextFunction, type Request, type Response } from 'express';
import cors from 'cors';
import * as Sentry from '@sentry/node';
import { requireAuth } from './auth/require-auth';
import { patients, prescriptions, specialties } from './db';
import { visitsRouter } from './routes/visits';

Sentry.init({ dsn: process.env.SENTRY_DSN, tracesSampleRate: 0.1 });

export const app = express();
app.use(express.json());
app.use(
  cors({
    origin: true, // expect: permissive-cors
    credentials: true,
  }),
);

const partnerCors = cors({ origin: ['https://partners.pharmalink.co.uk', 'https://ops.pharmalink.co.uk'] }); // trap: explicit allow-list of origins
app.options('/api/partner/*', partnerCors);

app.get('/health', (_req, res) => { // trap: health check, returns no personal data
  res.json({ status: 'ok', uptime: process.uptime() });
});

app.get('/api/specialties', async (_req, res) => { // trap: reference data (dermatology, GP...), no personal data
  res.json(await specialties.list());
});

app.get('/api/patients/:id', async (req, res) => { // expect: unauthenticated-personal-data-route user
  const patient = await patients.findById(req.params.id);
  if (!patient) {
    res.status(404).json({ error: 'Patient not found' }); // trap: generic error message, no personal data
    return;
  }
  res.json(patient);
});

app.get('/api/patients/:id/prescriptions', requireAuth, async (req, res) => { // trap: guarded by requireAuth middleware
  res.json(await prescriptions.forPatient(req.params.id));
});

app.post('/api/patients/lookup', async (req, res) => { // expect: unauthenticated-personal-data-route user.contact.email
  const { email } = req.body;
  const patient = await patients.findByEmail(email);
  if (!patient) {
    res.status(404).json({ error: `No patient registered with ${email}` }); // expect: personal-data-in-error user.contact.email
    return;
  }
  res.json({ id: patient.id, fullName: patient.fullName, dateOfBirth: patient.dateOfBirth });
});

app.patch('/api/patients/:id/allergies', requireAuth, async (req, res) => { // trap: guarded by requireAuth middleware
  const allergies: string[] = req.body.allergies;
  if (!Array.isArray(allergies)) {
    res.status(400).json({ error: `Expected a list of allergies, got ${typeof allergies}` }); // trap: error names a type, not the data
    return;
  }
  res.json(await patients.updateAllergies(req.params.id, allergies));
});

app.use('/api/visits', visitsRouter);

app.use((err: Error, req: Request, res: Response, _next: NextFunction) => {
  Sentry.captureException(err, { user: { email: req.body?.email } }); // expect: personal-data-to-third-party user.contact.email
  res.status(500).json({ error: 'Something went wrong, please try again' }); // trap: generic error response
});
