import { createClient } from 'redis';
import type { Prescription } from '../entities/prescription.entity';

const redis = createClient({ url: process.env.REDIS_URL });

/** The reminder worker reads these keys the day before a repeat prescription runs out. */
export async function cacheRefillReminder(rx: Prescription, dueOn: Date): Promise<void> {
  await redis.set(`refill:${rx.id}`, JSON.stringify({
    drug: rx.drugName, // expect: unencrypted-sensitive-storage user.health_and_medical
    due: dueOn.toISOString(),
  }), { EX: 7 * 86400 });
}

export async function cacheFormularyEtag(etag: string): Promise<void> {
  await redis.set('formulary:etag', etag); // trap: an HTTP validator for reference data, not personal data
}
