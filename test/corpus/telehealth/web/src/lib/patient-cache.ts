import posthog from 'posthog-js';
import { openDB } from 'idb';
import type { PatientProfile, SymptomCheckResult, VisitDraft } from '../types';

const API = '/api';

/** Offline-first: the intake form survives a dropped connection on a phone. */
const dbPromise = openDB('teleclinic', 2, {
  upgrade(db) {
    db.createObjectStore('intake-drafts', { keyPath: 'visitId' });
    db.createObjectStore('ui', { keyPath: 'key' });
  },
});

export async function saveIntakeDraft(draft: VisitDraft): Promise<void> {
  const db = await dbPromise;
  await db.put('intake-drafts', {
    visitId: draft.visitId,
    symptoms: draft.symptoms, // expect: personal-data-in-client-storage user.health_and_medical
    painScore: draft.painScore,
    updatedAt: Date.now(),
  });
}

export async function rememberLastTab(tab: 'visits' | 'prescriptions' | 'messages'): Promise<void> {
  const db = await dbPromise;
  await db.put('ui', { key: 'lastTab', value: tab }); // trap: UI state, no personal data
}

export function cacheProfile(profile: PatientProfile): void {
  localStorage.setItem('patientProfile', JSON.stringify(profile)); // expect: personal-data-in-client-storage user
  localStorage.setItem('theme', profile.prefersDarkMode ? 'dark' : 'light'); // trap: UI preference, not personal data
  localStorage.setItem('lastVisitId', profile.lastVisitId); // trap: opaque visit id
}

export function rememberForCheckout(profile: PatientProfile): void {
  const { dateOfBirth, insuranceMemberId } = profile;
  sessionStorage.setItem('dob', dateOfBirth); // expect: personal-data-in-client-storage user.demographic.date_of_birth
  sessionStorage.setItem('insurance', JSON.stringify({ memberId: insuranceMemberId, checkedAt: Date.now() })); // expect: personal-data-in-client-storage user.health_and_medical.insurance_beneficiary_id
}

export function identifyForAnalytics(profile: PatientProfile): void {
  posthog.identify(profile.id, {
    email: profile.email, // expect: personal-data-to-third-party user.contact.email
    plan: profile.plan,
  });
  posthog.capture('profile_loaded', { plan: profile.plan, visits: profile.visitCount }); // trap: plan and a count, no personal data
}

export function trackSymptomChecker(result: SymptomCheckResult): void {
  posthog.capture('symptom_checker_result', { likelyCondition: result.likelyCondition, confidence: result.confidence }); // expect: personal-data-to-third-party user.health_and_medical
}

export async function findPatientByPhone(phone: string): Promise<PatientProfile | null> {
  const res = await fetch(`${API}/patients/search?phone=${encodeURIComponent(phone)}`); // expect: personal-data-in-url user.contact.phone_number
  return res.ok ? res.json() : null;
}

export async function loadVisit(visitId: string): Promise<unknown> {
  const res = await fetch(`${API}/visits/${visitId}`); // trap: opaque visit id in the URL
  return res.json();
}

export async function updateContact(profile: PatientProfile, email: string): Promise<void> {
  await fetch(`${API}/patients/${profile.id}/contact`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }), // trap: personal data in the request body, not the URL
  });
}
