/**
 * Checkout address forms per locale. Field names follow each market's own
 * vocabulary because the forms are generated from the local carriers' specs.
 */

export type LocaleCode = 'es-ES' | 'es-MX' | 'de-DE' | 'fr-FR';

export interface FormularioEnvioEs {
  nombre: string; // expect: personal-data-field user.name.first
  apellido: string; // expect: personal-data-field user.name.last
  correo: string; // expect: personal-data-field user.contact.email
  telefono: string; // expect: personal-data-field user.contact.phone_number
  direccion: string; // expect: personal-data-field user.contact.address.street
  codigoPostal: string; // expect: personal-data-field user.contact.address.postal_code
  fecha_nacimiento?: string; // expect: personal-data-field user.demographic.date_of_birth
}

export interface LieferformularDe {
  Vorname: string; // expect: personal-data-field user.name.first
  Nachname: string; // expect: personal-data-field user.name.last
  Strasse: string; // expect: personal-data-field user.contact.address.street
  PLZ: string; // expect: personal-data-field user.contact.address.postal_code
  Ort: string; // expect: personal-data-field user.contact.address.city
  Geburtsdatum?: string; // expect: personal-data-field user.demographic.date_of_birth
  Telefonnummer?: string; // expect: personal-data-field user.contact.phone_number
}

export interface FormulaireLivraisonFr {
  prenom: string; // expect: personal-data-field user.name.first
  nom_de_famille: string; // expect: personal-data-field user.name.last
  courriel: string; // expect: personal-data-field user.contact.email
  adresse: string; // expect: personal-data-field user.contact.address.street
  code_postal: string; // expect: personal-data-field user.contact.address.postal_code
  ville: string; // expect: personal-data-field user.contact.address.city
  date_naissance?: string; // expect: personal-data-field user.demographic.date_of_birth
}

/** Per-locale form metadata: labels and validation, no customer data. */
export interface LocaleFormConfig {
  locale: LocaleCode; // trap: locale code of the form, not a demographic attribute
  postalCodePattern: RegExp; // trap: validation pattern, not a postal code
  phoneFormat: string; // trap: display format, not a phone number
  nombreEtiqueta: string; // trap: UI label text for the name field, not a name
}

export const FORM_CONFIG: Record<LocaleCode, LocaleFormConfig> = {
  'es-ES': { locale: 'es-ES', postalCodePattern: /^\d{5}$/, phoneFormat: '+34 ### ### ###', nombreEtiqueta: 'Nombre' },
  'es-MX': { locale: 'es-MX', postalCodePattern: /^\d{5}$/, phoneFormat: '+52 ## #### ####', nombreEtiqueta: 'Nombre(s)' },
  'de-DE': { locale: 'de-DE', postalCodePattern: /^\d{5}$/, phoneFormat: '+49 ### #######', nombreEtiqueta: 'Vorname' },
  'fr-FR': { locale: 'fr-FR', postalCodePattern: /^\d{5}$/, phoneFormat: '+33 # ## ## ## ##', nombreEtiqueta: 'Prénom' },
};
