import type { Logger } from 'pino';

export type PolicyStatus = 'quoted' | 'active' | 'lapsed' | 'cancelled';
export type MaritalStatus = 'single' | 'married' | 'divorced' | 'widowed' | 'civil_union';

/** Mailing address of a policyholder (US format). */
export interface PostalAddress {
  line1: string; // expect: personal-data-field user.contact.address.street
  line2?: string; // expect: personal-data-field user.contact.address.street
  city: string; // expect: personal-data-field user.contact.address.city
  state: string; // expect: personal-data-field user.contact.address.state
  zip: string; // expect: personal-data-field user.contact.address.postal_code
}

export interface Policyholder {
  id: string;
  customerNumber: string; // expect: personal-data-field user.unique_id
  firstName: string; // expect: personal-data-field user.name.first
  middleInitial?: string; // expect: personal-data-field user.name
  lastName: string; // expect: personal-data-field user.name.last
  dateOfBirth: string; // expect: personal-data-field user.demographic.date_of_birth
  ssn: string; // expect: sensitive-personal-data-field user.government_id.national_identification_number.us_ssn
  email: string; // expect: personal-data-field user.contact.email
  emailVerified: boolean; // trap: a flag about the address, not the address
  mobilePhone: string; // expect: personal-data-field user.contact.phone_number
  mailingAddress: PostalAddress; // expect: personal-data-field user.contact.address
  maritalStatus: MaritalStatus; // expect: personal-data-field user.demographic.marital_status
  occupation: string; // expect: personal-data-field user.job_title
  employerName?: string; // expect: personal-data-field user.workplace
  preferredLanguage: 'en' | 'es'; // expect: personal-data-field user.demographic.language
  status: PolicyStatus;
  createdAt: string;
}

/** Servicing office shown on the policy documents. */
export interface BranchOffice {
  code: string;
  name: string; // trap: the office's name, not a person's
  phone: string; // trap: office switchboard number
  email: string; // trap: shared office mailbox
  street: string; // trap: office street address
  city: string; // trap: office city
  zip: string; // trap: office postal code
}

/** Placeholders available in the renewal letter; values are filled at render time. */
export const RENEWAL_LETTER_FIELDS = {
  firstNamePlaceholder: '{{policyholder.firstName}}', // trap: template placeholder string, holds no data
  dateOfBirthFormat: 'MM/DD/YYYY', // trap: a display format, not a date of birth
};

export class PolicyholderContact {
  constructor(
    public readonly policyholderId: string, // trap: surrogate foreign key
    public readonly phoneNumber: string, // expect: personal-data-field user.contact.phone_number
    private readonly emergencyContactName: string, // expect: personal-data-field user.name
  ) {}

  describe(): string {
    return `${this.emergencyContactName} (${this.phoneNumber})`;
  }
}

export interface PolicyholderRepository {
  findBySsn(ssn: string): Promise<Policyholder | null>;
  save(p: Policyholder): Promise<Policyholder>;
}

export class PolicyholderService {
  constructor(
    private readonly repo: PolicyholderRepository,
    private readonly log: Logger,
  ) {}

  async register(input: Policyholder): Promise<Policyholder> {
    this.log.info(`registering policyholder ${input.email}`); // expect: personal-data-in-log user.contact.email
    const existing = await this.repo.findBySsn(input.ssn);
    if (existing) {
      this.log.warn(`SSN already on file, duplicate registration for ${input.lastName}`); // expect: personal-data-in-log user.name.last
      return existing;
    }
    this.log.debug({ policyholder: input }, 'validated registration payload'); // expect: personal-data-in-log user
    const saved = await this.repo.save(input);
    this.log.info({ policyholderId: saved.id, status: saved.status }, 'policyholder registered'); // trap: only the surrogate id and status are logged
    return saved;
  }
}
