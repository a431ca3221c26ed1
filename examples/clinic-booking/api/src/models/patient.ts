/** A patient registered with one of our clinics. */
// @privacy purpose=essential.service,essential.service.notifications basis=contract retention="6 years after the last appointment"
export class Patient {
  readonly id: string;
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber: string;
  dateOfBirth: Date;
  /** Singapore NRIC, collected for MOH subsidy claims. */
  nric: string;
  allergies: string[];
  emailTemplateId = 'appointment-reminder';
  createdAt = new Date();

  constructor(id: string, firstName: string, lastName: string, email: string, phoneNumber: string, dateOfBirth: Date, nric: string) {
    this.id = id;
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
    this.phoneNumber = phoneNumber;
    this.dateOfBirth = dateOfBirth;
    this.nric = nric;
    this.allergies = [];
  }
}
