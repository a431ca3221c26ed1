import type { Response } from 'express';

export function issueSession(res: Response, sessionId: string): void {
  res.cookie('nb_session', sessionId); // expect: insecure-cookie
}

export function issueRefreshToken(res: Response, refreshToken: string): void {
  res.cookie('nb_refresh', refreshToken, { // expect: insecure-cookie
    httpOnly: true,
    secure: true,
    path: '/auth/refresh',
  });
}

export function issueTrustedDevice(res: Response, deviceToken: string): void {
  res.cookie('nb_trusted_device', deviceToken, { // trap: Secure, HttpOnly and SameSite all set
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    signed: true,
    maxAge: 90 * 24 * 3600 * 1000,
  });
}

/** Double-submit CSRF token: the page script must read it, so it cannot be HttpOnly. */
export function setCsrfCookie(res: Response, csrfToken: string): void {
  res.cookie('XSRF-TOKEN', csrfToken, { secure: true, sameSite: 'strict' }); // trap: a CSRF token is meant to be script-readable; Secure and SameSite are set
}

export function clearSession(res: Response): void {
  res.clearCookie('nb_session', { httpOnly: true, secure: true, sameSite: 'strict' }); // trap: expires the cookie, with the full attribute set
}
