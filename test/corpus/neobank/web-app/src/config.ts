/** Build-time configuration for the customer web app (bundled into the browser). */
export const config = {
  apiBaseUrl: 'https://api.neobank.example',
  realtimeUrl: 'ws://realtime.neobank.example/v1/stream', // expect: insecure-transport
  stripePublishableKey: 'pk_live_51NbQk2HyT7sWq9LmZx4Cv8Rn3Jd6Pe0Ga', // trap: a publishable key is meant to ship to browsers, not a secret
  sentryDsn: process.env.SENTRY_DSN ?? '', // trap: read from the build environment
  svgNamespace: 'http://www.w3.org/2000/svg', // trap: an XML namespace identifier, never fetched
};

/** Spinner animation: each dot starts at a random offset. */
export function spinnerOffsets(count: number): number[] {
  return Array.from({ length: count }, () => Math.random() * 360); // trap: cosmetic randomness for an animation
}
