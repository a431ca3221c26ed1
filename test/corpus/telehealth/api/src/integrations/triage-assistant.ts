import OpenAI from 'openai';
import { IncomingWebhook } from '@slack/webhook';
import Mixpanel from 'mixpanel';
import { redactFreeText } from '../util/redact';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const onCallChannel = new IncomingWebhook(process.env.SLACK_ONCALL_WEBHOOK_URL!);
const mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN!);

export interface TriageIntake {
  patientId: string; // trap: surrogate key, not personal data by itself
  ageYears: number; // expect: personal-data-field user.demographic.age_range
  symptoms: string; // expect: sensitive-personal-data-field user.health_and_medical
  currentMedications: string[]; // expect: sensitive-personal-data-field user.health_and_medical
  callbackPhone: string; // expect: personal-data-field user.contact.phone_number
}

/** Asks the model for an urgency score; the clinician makes the decision. */
export async function suggestUrgency(intake: TriageIntake): Promise<'routine' | 'soon' | 'urgent'> {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'You grade the urgency of a telehealth intake. Answer with one word.' },
      { role: 'user', content: `Symptoms: ${intake.symptoms}. Taking: ${intake.currentMedications.join(', ')}. Age ${intake.ageYears}.` }, // expect: personal-data-to-third-party user.health_and_medical
    ],
  });
  return completion.choices[0]!.message.content!.trim().toLowerCase() as 'routine' | 'soon' | 'urgent';
}

/** Same question with the free text scrubbed first (names, numbers, dates). */
export async function suggestUrgencyRedacted(intake: TriageIntake): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: redactFreeText(intake.symptoms) }], // trap: free text passes through a redaction sanitiser first
  });
  return completion.choices[0]!.message.content ?? '';
}

export async function pageOnCall(intake: TriageIntake, urgency: string): Promise<void> {
  if (urgency !== 'urgent') {
    await onCallChannel.send({ text: `New routine intake ${intake.patientId} queued` }); // trap: surrogate id only
    return;
  }
  await onCallChannel.send({
    text: `URGENT intake ${intake.patientId}: call back on ${intake.callbackPhone}`, // expect: personal-data-to-third-party user.contact.phone_number
    icon_emoji: ':rotating_light:',
  });
}

export function trackIntake(intake: TriageIntake, urgency: string): void {
  mixpanel.track('Triage Intake Scored', { distinct_id: intake.patientId, urgency }); // trap: surrogate id and an urgency label only
  mixpanel.people.set(intake.patientId, {
    age: intake.ageYears, // expect: personal-data-to-third-party user.demographic.age_range
    medications: intake.currentMedications.length,
  });
}
