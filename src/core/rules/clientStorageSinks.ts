/**
 * Where data lands on the person's device or in a token they carry, by language: browser storage
 * (localStorage, sessionStorage, IndexedDB, localforage, React Native's AsyncStorage), cookies
 * set on either side, and JWT claims. Data, read by `personal-data-in-client-storage`.
 */
import type { CallSink } from './callSinks';
import type { SinkLanguage } from './personalDataReaching';

export type ClientStore = 'browser-storage' | 'cookie' | 'token';

export interface ClientStorageSink extends CallSink {
  readonly languages: readonly SinkLanguage[];
  readonly store: ClientStore;
  /** Counts only in a file that makes a JWT (see JWT_MAKERS): C#'s `Claim`. */
  readonly inJwtFile?: true;
}

const js: SinkLanguage[] = ['typescript'];

export const CLIENT_STORAGE_SINKS: readonly ClientStorageSink[] = [
  // Browser and device storage
  {
    languages: js,
    store: 'browser-storage',
    calls: ['localStorage.setItem', 'sessionStorage.setItem', 'localforage.setItem', 'AsyncStorage.setItem', 'AsyncStorage.mergeItem', 'chrome.storage.local.set', 'chrome.storage.sync.set', 'browser.storage.local.set', 'idbKeyval.set'],
  },
  // IndexedDB: a store from `transaction(...).objectStore(...)`, or `idb`'s database from `openDB(...)`.
  { languages: js, store: 'browser-storage', clients: ['objectStore', 'openDB'], clientMethods: ['put', 'add'] },
  // Cookies
  {
    languages: js,
    store: 'cookie',
    calls: ['Cookies.set', 'cookies.set', 'Cookie.set', 'res.cookie', 'response.cookie', 'reply.setCookie', 'ctx.cookies.set', 'response.cookies.set', 'setCookie', 'cookie.serialize', 'nookies.set'],
  },
  { languages: ['python'], store: 'cookie', calls: ['*.set_cookie', '*.set_signed_cookie'] },
  { languages: ['java'], store: 'cookie', calls: ['ResponseCookie.from', 'ResponseCookie.fromClientResponse', 'Cookie'] },
  { languages: ['go'], store: 'cookie', calls: ['http.SetCookie', '*.SetCookie'] },
  { languages: ['php'], store: 'cookie', calls: ['setcookie', 'setrawcookie', 'cookie', 'Cookie.queue', 'Cookie.make', 'Cookie.forever', 'response.headers.setCookie'] },
  { languages: ['ruby'], store: 'cookie', calls: ['*.set_cookie'] },
  { languages: ['csharp'], store: 'cookie', calls: ['Cookies.Append', 'HttpCookie'] },
  // JWT claims
  { languages: js, store: 'token', calls: ['jwt.sign', 'jsonwebtoken.sign', 'jwt.encode', 'jwtService.sign', 'jwtService.signAsync', 'fastify.jwt.sign', 'reply.jwtSign', 'app.jwt.sign'] },
  { languages: ['python'], store: 'token', calls: ['jwt.encode', 'create_access_token', 'create_refresh_token', 'encode_jwt'] },
  { languages: ['java'], store: 'token', clients: ['Jwts.builder', 'JWT.create'], clientMethods: ['claim', 'claims', 'setClaims', 'addClaims', 'setSubject', 'subject', 'withClaim', 'withSubject', 'withPayload'] },
  { languages: ['go'], store: 'token', calls: ['jwt.NewWithClaims'] },
  { languages: ['php'], store: 'token', calls: ['JWT.encode', 'JWTAuth.claims', 'auth.claims'], clients: ['builder'], clientMethods: ['withClaim', 'relatedTo'] },
  { languages: ['ruby'], store: 'token', calls: ['JWT.encode'] },
  { languages: ['csharp'], store: 'token', calls: ['JwtSecurityToken', 'JwtPayload'] },
  { languages: ['csharp'], store: 'token', calls: ['Claim'], inJwtFile: true },
];

/** Constructors, read from the `through` of the values handed to them while they are no Call facts: Java's `new Cookie(...)`, C#'s `new Claim(...)`. */
export const STORING_CONSTRUCTORS: ReadonlyMap<string, ClientStore> = new Map<string, ClientStore>([
  ['Cookie', 'cookie'],
  ['HttpCookie', 'cookie'],
  ['JwtSecurityToken', 'token'],
  ['JwtPayload', 'token'],
  ['Claim', 'token'],
]);

/**
 * A `Claim` goes into a JWT only in a file that makes one; in an ASP.NET Core cookie sign-in the
 * claims are encrypted by Data Protection and unreadable to the client.
 */
export const JWT_MAKERS = new Set(['JwtSecurityToken', 'JwtSecurityTokenHandler', 'JsonWebTokenHandler', 'SecurityTokenDescriptor', 'CreateToken', 'WriteToken', 'CreateEncodedJwt', 'CreateJwtSecurityToken']);

/** Assignments that store: `localStorage.email = ...`, `document.cookie = ...`. */
export const STORING_TARGETS: readonly { readonly target: RegExp; readonly store: ClientStore }[] = [
  { target: /^(window\.)?(localStorage|sessionStorage)\.\w+$/, store: 'browser-storage' },
  { target: /^(window\.)?document\.cookie$/, store: 'cookie' },
];
