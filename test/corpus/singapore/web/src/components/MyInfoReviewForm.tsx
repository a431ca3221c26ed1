import { useState, type FormEvent } from 'react';

/** Values pre-filled from Singpass MyInfo; greyed out because they are government-verified. */
export interface MyInfoPrefill {
  uinfin: string; // expect: sensitive-personal-data-field user.government_id.national_identification_number.sg_nric_fin
  name: string; // expect: personal-data-field user.name
  race: string; // expect: sensitive-personal-data-field user.demographic.race_ethnicity
  dob: string; // expect: personal-data-field user.demographic.date_of_birth
  regAddress: string; // expect: personal-data-field user.contact.address
  postalCode: string; // expect: personal-data-field user.contact.address.postal_code
}

export interface EditableContact {
  mobileNumber: string; // expect: personal-data-field user.contact.phone_number
  email: string; // expect: personal-data-field user.contact.email
  emergencyContactName?: string; // expect: personal-data-field user.name
  emergencyContactMobile?: string; // expect: personal-data-field user.contact.phone_number
}

interface Props {
  prefill: MyInfoPrefill;
  phoneFormat: 'E164' | 'SG_LOCAL'; // trap: formatting option, not a phone number
  onSubmit: (contact: EditableContact) => Promise<void>;
}

const maskUinfin = (uinfin: string) => `${'*'.repeat(5)}${uinfin.slice(-4)}`; // trap: parameter of a helper, not a field

export default function MyInfoReviewForm({ prefill, phoneFormat, onSubmit }: Props) {
  const [contact, setContact] = useState<EditableContact>({ mobileNumber: '', email: '' });
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    setSubmitting(true);
    try {
      await onSubmit(contact);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} aria-busy={submitting}>
      <fieldset disabled>
        <legend>From Singpass MyInfo</legend>
        <p>NRIC/FIN: {maskUinfin(prefill.uinfin)}</p>
        <p>Name: {prefill.name}</p>
        <p>Date of birth: {prefill.dob}</p>
        <p>Registered address: {prefill.regAddress}, Singapore {prefill.postalCode}</p>
      </fieldset>
      <label>
        Mobile number ({phoneFormat === 'E164' ? '+65 9123 4567' : '9123 4567'})
        <input type="tel" value={contact.mobileNumber} onChange={(e) => setContact({ ...contact, mobileNumber: e.target.value })} />
      </label>
      <label>
        Email
        <input type="email" value={contact.email} onChange={(e) => setContact({ ...contact, email: e.target.value })} />
      </label>
      <button type="submit">Confirm</button>
    </form>
  );
}
