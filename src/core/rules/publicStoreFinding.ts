/** The finding `public-data-store` raises, shared by its value readers and its policy readers. */
import type { RawFinding, TextRange } from '../model';
import { ruleInfo } from './catalogue';

export const PUBLIC_DATA_STORE_ID = 'public-data-store';
export const PUBLIC_STORE_CHECKLIST = ruleInfo(PUBLIC_DATA_STORE_ID).checklist;

/** Who a setting lets in: anyone on the internet (read, write), any AWS or Google account, or every role of a database. */
export type Audience = 'read' | 'write' | 'aws' | 'google' | 'database' | 'databaseWrite';

const WHO: Readonly<Record<Audience, string>> = {
  read: 'readable by anyone on the internet',
  write: 'readable and writable by anyone on the internet',
  aws: 'readable by anyone with an AWS account',
  google: 'readable by anyone with a Google account',
  database: 'readable by every role of the database (PUBLIC)',
  databaseWrite: 'open to changes by every role of the database (PUBLIC)',
};

/** A finding: `what` opens the store to `audience`; `personalData` names what is exposed, where known. */
export function storeFinding(range: TextRange, what: string, audience: Audience, dataCategories: readonly string[] = [], personalData?: string): RawFinding {
  const data = personalData ?? 'personal data stored there';
  const inDatabase = audience === 'database' || audience === 'databaseWrite';
  const consequence = inDatabase
    ? `${data} reaches any account that can connect, whatever it is for. Grant to the roles that need it instead.`
    : `${data} can be read without signing in. Keep the store private and share through signed URLs or an authenticated API.`;
  return {
    ruleId: PUBLIC_DATA_STORE_ID,
    message: `${what} makes the data ${WHO[audience]}: ${consequence}`,
    range,
    dataCategories,
    checklist: PUBLIC_STORE_CHECKLIST,
  };
}
