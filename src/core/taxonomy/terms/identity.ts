/** Terms for who a person is and how to reach them: names, contact details, accounts, online identifiers. */
import { contextual as c, strong as s, type Term } from './term';

export const IDENTITY_TERMS: readonly Term[] = [
  // Names
  ...s('user.name.first', 'first name', 'firstname', 'fname', 'given name', 'given names', 'forename', 'first names'),
  ...s('user.name.last', 'last name', 'lastname', 'lname', 'surname', 'family name', 'maiden name'),
  ...s('user.name', 'full name', 'fullname', 'legal name', 'middle name', 'real name', 'cardholder name', 'card holder name', 'holder name', 'contact name', 'guardian name', 'parent name', 'kin name'),
  ...s('user.name', 'billing name', 'pinyin name', 'preferred name', 'name on document', 'name on card', 'counterparty name', 'assignee name', 'shouhuoren', 'lianxiren', 'administered by name'),
  ...c('user.name', 'name', 'names', 'display name', 'nickname', 'alias'),
  // E-mail and phone
  ...s('user.contact.email', 'email', 'emails', 'e mail', 'email address', 'emailaddress', 'email addr'),
  ...c('user.contact.email', 'mail'),
  ...s('user.contact.phone_number', 'pager number', 'phone', 'telephone', 'phone number', 'phonenumber', 'mobile number', 'mobile phone', 'cell phone', 'cellphone', 'msisdn', 'phone no', 'contact number', 'whatsapp', 'whatsapp number'),
  ...c('user.contact.phone_number', 'mobile', 'tel', 'cell'),
  ...s('user.contact.fax_number', 'fax', 'fax number'),
  // Postal address
  ...s('user.contact.address', 'home address', 'street address', 'postal address', 'mailing address', 'billing address', 'shipping address', 'residential address', 'delivery address', 'pickup address', 'dropoff address', 'drop off address', 'address line', 'permanent address', 'correspondence address'),
  ...c('user.contact.address', 'address', 'addr'),
  ...s('user.contact.address', 'reg address', 'reg add', 'registered address', 'hdb address', 'formatted address'),
  ...s('user.contact.address.street', 'block number', 'block no', 'unit number', 'unit no', 'street name'),
  ...c('user.contact.address.street', 'street', 'street name', 'house number', 'unit number', 'apartment', 'flat number'),
  ...c('user.contact.address.city', 'city', 'town'),
  ...s('user.contact.address.postal_code', 'postcode', 'postal code', 'zip code', 'zipcode', 'post code'),
  ...c('user.contact.address.postal_code', 'zip'),
  ...c('user.contact.address.state', 'province'),
  ...c('user.contact.address.country', 'country'),
  // Accounts and online identifiers
  ...s('user.account.username', 'username', 'user name', 'login name', 'screen name', 'nicheng'),
  ...c('user.account.username', 'login', 'handle'),
  ...s('user.device.ip_address', 'ip address', 'ipaddress', 'ip addr', 'client ip', 'remote ip', 'ip v4', 'ipv4', 'ipv6'),
  ...s('user.device.ip_address', 'ip'),
  ...s('user.device.device_id', 'shebei id', 'push device token', 'device fingerprint', 'device id', 'deviceid', 'imei', 'idfa', 'gaid', 'advertising id', 'ad id', 'android id', 'idfv', 'push token', 'fcm token', 'apns token'),
  ...s('user.device.cookie_id', 'cookie id', 'session cookie'),
  ...c('user.device', 'mac address', 'user agent'),
  ...s('user.unique_id', 'openid', 'open id', 'unionid', 'union id', 'wechat id', 'weixin id', 'singpass id', 'employee number', 'staff number', 'student number', 'member number', 'customer number', 'patient number', 'payroll number'),
  // Images of a person
  ...s('user.content.self_image', 'selfie', 'profile photo', 'profile picture', 'face photo', 'headshot', 'id photo'),
  ...c('user.content.self_image', 'photo', 'photos', 'avatar', 'picture', 'portrait', 'touxiang'),
  ...s('user.content.self_image', 'profile photo', 'photo id', 'touxiang', 'photo', 'photos', 'avatar'),
  // What people write and do
  ...c('user.content.private', 'private message', 'message body', 'chat message', 'messages', 'chat content', 'diary', 'beizhu'),
  ...s('user.content.private', 'note to driver', 'message preview', 'last message preview'),
  ...c('user.content.private', 'comment', 'comments', 'note', 'notes', 'message', 'remarks'),
  ...s('user.privacy_preferences', 'photo consent', 'marketing opt in', 'marketing email opt in', 'marketing consent', 'consent given', 'privacy preferences'),
  ...s('user.unique_id', 'singpass uuid', 'rfid card uid', 'card uid'),
  ...s('user.unique_id.pseudonymous', 'card token', 'pan token', 'payment token'),
  ...c('user.behavior', 'rating', 'average rating', 'elo score', 'desirability score', 'liked'),
  ...s('user.behavior', 'rider rating', 'driver rating'),
  ...c('user.content.public', 'bio', 'about me', 'biography'),
  ...s('user.behavior.browsing_history', 'browsing history', 'browser history'),
  ...s('user.behavior.search_history', 'search history', 'search queries'),
  ...s('user.behavior.purchase_history', 'purchase history', 'order history'),
  ...s('user.behavior.media_consumption', 'watch history', 'viewing history', 'listening history'),
  // Work
  ...s('user.job_title', 'job title', 'occupation', 'employment status'),
  ...c('user.job_title', 'designation', 'specialty', 'speciality'),
  ...s('user.workplace', 'employer', 'employer name', 'workplace'),
  ...c('user.workplace', 'office location'),
  // A bare `password` column usually holds a hash (Laravel, Devise), so only qualified passwords are
  // listed; PINs, passcodes and recovery codes are short secrets a person knows or holds.
  ...s('user.authorization.password', 'legacy password', 'plain password', 'plaintext password', 'temporary password', 'temp password'),
  ...s('user.authorization.credentials', 'pin', 'passcode', 'recovery code', 'recovery codes', 'session key', 'security answer'),
  ...s('user.contact.address.postal_code', 'pin code', 'pincode'),
  ...c('user.contact.address.street', 'line 1', 'line 2'),
  ...s('user.name', 'account holder', 'account holder name'),
];
