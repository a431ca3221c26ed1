/**
 * Personal-data names as teams write them outside English: pinyin (Chinese), Spanish, German and
 * French basics. Accents are dropped, as identifiers usually drop them (`direccion`, `strasse`).
 */
import { contextual as c, strong as s, type Term } from './term';

const NATIONAL_ID = 'user.government_id.national_identification_number';

const PINYIN: readonly Term[] = [
  ...s('user.name', 'xingming', 'mingzi', 'zhenshi xingming'),
  ...s('user.contact.phone_number', 'shouji', 'shoujihao', 'shouji hao', 'shouji haoma', 'dianhua', 'dianhua haoma', 'lianxi dianhua'),
  ...s('user.contact.email', 'youxiang', 'dianzi youxiang'),
  ...s('user.contact.address', 'dizhi', 'zhuzhi', 'jiating dizhi'),
  ...s(`${NATIONAL_ID}.cn_resident_identity_card`, 'shenfenzheng', 'shenfenzheng hao', 'shenfenzheng haoma', 'sfz hao', 'sfzh', 'resident identity card', 'resident id card', 'jumin shenfenzheng'),
  ...s('user.demographic.date_of_birth', 'chusheng riqi', 'shengri'),
  ...s('user.demographic.gender', 'xingbie'),
  ...s('user.demographic.race_ethnicity', 'minzu'),
  ...s('user.demographic.religious_belief', 'zongjiao', 'zongjiao xinyang'),
  ...s('user.demographic.marital_status', 'hunyin zhuangkuang'),
  ...s('user.government_id.passport_number', 'huzhao', 'huzhao hao'),
];

const SPANISH: readonly Term[] = [
  ...c('user.name', 'nombre', 'nombre completo'),
  ...s('user.name.last', 'apellido', 'apellidos', 'primer apellido', 'segundo apellido'),
  ...s('user.contact.email', 'correo', 'correo electronico'),
  ...s('user.contact.phone_number', 'telefono', 'movil', 'celular', 'numero telefono'),
  ...s('user.contact.address', 'direccion', 'domicilio'),
  ...s('user.contact.address.postal_code', 'codigo postal'),
  ...c('user.contact.address.city', 'ciudad'),
  ...s('user.demographic.date_of_birth', 'fecha nacimiento', 'fecha de nacimiento'),
  ...s('user.demographic.gender', 'genero'),
  ...s(NATIONAL_ID, 'dni', 'nie', 'numero documento', 'documento identidad', 'cedula'),
];

const GERMAN: readonly Term[] = [
  ...s('user.name.first', 'vorname'),
  ...s('user.name.last', 'nachname', 'familienname'),
  ...s('user.contact.phone_number', 'telefon', 'telefonnummer', 'handy', 'handynummer', 'mobilnummer'),
  ...s('user.contact.address', 'adresse', 'anschrift', 'wohnadresse'),
  ...s('user.contact.address.street', 'strasse', 'hausnummer'),
  ...s('user.contact.address.postal_code', 'plz', 'postleitzahl'),
  ...c('user.contact.address.city', 'wohnort', 'ort', 'stadt'),
  ...s('user.demographic.date_of_birth', 'geburtsdatum', 'geburtstag'),
  ...s('user.demographic.gender', 'geschlecht'),
  ...s('user.government_id.tax_id', 'steuer id', 'steuernummer', 'steueridentifikationsnummer'),
  ...s(NATIONAL_ID, 'personalausweis', 'personalausweisnummer', 'ausweisnummer'),
];

const FRENCH: readonly Term[] = [
  ...s('user.name.first', 'prenom', 'prenoms'),
  ...s('user.name.last', 'nom de famille', 'nom famille'),
  ...c('user.name', 'nom'),
  ...s('user.contact.email', 'courriel', 'adresse courriel', 'adresse mail'),
  ...s('user.contact.phone_number', 'numero telephone'),
  ...c('user.contact.phone_number', 'portable'),
  ...s('user.contact.address.postal_code', 'code postal'),
  ...c('user.contact.address.city', 'ville'),
  ...s('user.demographic.date_of_birth', 'date naissance', 'date de naissance'),
  ...c('user.demographic.gender', 'sexe'),
  ...s(NATIONAL_ID, 'numero securite sociale', 'nir'),
];

export const INTERNATIONAL_TERMS: readonly Term[] = [...PINYIN, ...SPANISH, ...GERMAN, ...FRENCH];
