/**
 * Types shared between the API and the back-office. The `Prisma*` aliases mirror what
 * `prisma generate` emits for the models in prisma/schema.prisma, so services can be
 * unit-tested without the generated client.
 */

export type RiskRating = 'LOW' | 'MEDIUM' | 'HIGH' | 'PROHIBITED';

export interface CustomerSummary {
  id: string; // trap: surrogate key, not personal data by itself
  displayName: string; // expect: personal-data-field user.name
  email: string; // expect: personal-data-field user.contact.email
  riskRating: RiskRating;
  kycStatus: 'pending' | 'verified' | 'rejected';
  isEmailVerified: boolean; // trap: a verification flag, not the address
}

export interface CreditProfile {
  customerId: string; // trap: surrogate key, not personal data by itself
  bureauScore: number; // expect: personal-data-field user.financial
  scoreBand: 'A' | 'B' | 'C' | 'D' | 'E'; // expect: personal-data-field user.financial
  annualIncome: number; // expect: personal-data-field user.financial
  employerName?: string; // expect: personal-data-field user.workplace
  missedPaymentsLast12m: number; // expect: personal-data-field user.financial
  bankruptcyDischargedAt?: Date; // expect: personal-data-field user.financial
  readonly fetchedAt: Date;
}

export type PrismaCustomer = {
  id: string;
  legalName: string; // expect: personal-data-field user.name
  dateOfBirth: Date; // expect: personal-data-field user.demographic.date_of_birth
  email: string; // expect: personal-data-field user.contact.email
  phone: string | null; // expect: personal-data-field user.contact.phone_number
  nationalIdNumber: string | null; // expect: sensitive-personal-data-field user.government_id.national_identification_number
  taxResidency: string; // expect: personal-data-field user.location.imprecise
  tin: string | null; // expect: sensitive-personal-data-field user.government_id.tax_id
  createdAt: Date;
};

export type PrismaCustomerCreateInput = {
  legalName: string; // expect: personal-data-field user.name
  email: string; // expect: personal-data-field user.contact.email
  dateOfBirth: Date | string; // expect: personal-data-field user.demographic.date_of_birth
  referralCode?: string;
};

/** Product configuration, edited by the product team, never holds customer data. */
export interface CardProductConfig {
  productName: string; // trap: a card product's marketing name, not a person
  cardLayout: 'portrait' | 'landscape'; // trap: the plastic's print layout, not a card number
  accountType: 'current' | 'savings'; // trap: a product enum, not an account number
  interestRate: number;
  maxCardholderNameLength: number; // trap: a printing limit for embossed names, not a name
  birthdayPromoEnabled: boolean; // trap: a marketing toggle, not a birth date
}

export class CustomerNotFoundError extends Error {
  constructor(
    public readonly customerId: string, // trap: surrogate key, not personal data by itself
    public readonly lookupEmail?: string, // expect: personal-data-field user.contact.email
  ) {
    super(`customer ${customerId} not found`);
  }
}
