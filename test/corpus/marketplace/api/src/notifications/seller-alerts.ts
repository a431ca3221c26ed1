import * as Sentry from '@sentry/node';
import { PostHog } from 'posthog-node';
import { WebClient } from '@slack/web-api';
import OpenAI from 'openai';
import { maskEmail } from '../util/masking';
import type { Dispute, Message, Seller } from '../db';

const posthog = new PostHog(process.env.POSTHOG_KEY!, { host: 'https://eu.posthog.com' });
const slack = new WebClient(process.env.SLACK_BOT_TOKEN);
const openai = new OpenAI();

export async function sellerOnboarded(seller: Seller): Promise<void> {
  posthog.capture({
    distinctId: seller.id,
    event: 'seller_onboarded',
    properties: { category: seller.primaryCategory, country: seller.countryCode }, // trap: shop category and country code only
  });
  posthog.identify({
    distinctId: seller.id,
    properties: { $set: { email: seller.email, phone: seller.phone } }, // expect: personal-data-to-third-party user.contact.email
  });
}

export async function disputeOpened(dispute: Dispute): Promise<void> {
  await slack.chat.postMessage({
    channel: '#trust-and-safety',
    text: `Dispute ${dispute.id} opened by ${dispute.buyer.fullName} against ${dispute.seller.shopName}`, // expect: personal-data-to-third-party user.name
  });
  await slack.chat.postMessage({ channel: '#trust-and-safety', text: `Dispute ${dispute.id} reminder: ${maskEmail(dispute.buyer.email)}` }); // trap: email passes through a masking sanitiser
}

/** Flags scam attempts in buyer-seller chat before delivery. */
export async function moderate(message: Message): Promise<boolean> {
  const verdict = await openai.moderations.create({ model: 'omni-moderation-latest', input: message.body }); // expect: personal-data-to-third-party user.content.private
  return verdict.results[0]!.flagged;
}

export function reportPayoutFailure(seller: Seller, err: Error): void {
  Sentry.withScope((scope) => {
    scope.setUser({ id: seller.id }); // trap: opaque id only
    scope.setTag('payout_provider', 'stripe'); // trap: provider name only
    Sentry.captureException(err);
  });
  Sentry.captureMessage(`Payout failed for IBAN ${seller.payoutIban}`); // expect: personal-data-to-third-party user.financial.bank_account
}
