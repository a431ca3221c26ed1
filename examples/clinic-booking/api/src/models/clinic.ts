/** A clinic is an organisation: its name, address and phone are business contact details. */
export interface Clinic {
  id: string;
  name: string;
  address: string;
  phone: string;
  openingHours: string;
}
