// Data uses from fideslang by Ethyca (https://github.com/ethyca/fideslang), data_uses.csv,
// licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Keys and names
// unmodified; the root `data_use` is left out, as it names no purpose.
/**
 * The purposes a privacy annotation may record (`purpose=essential.service.authentication`):
 * fideslang data-use keys, so that the inventory speaks the same vocabulary as its data categories.
 */

/** One fideslang data use. */
export interface DataUse {
  readonly key: string;
  readonly name: string;
}

/** All 54 fideslang data uses, in the order fideslang lists them. */
export const DATA_USES: readonly DataUse[] = [
  { key: "analytics", name: "Analytics" },
  { key: "analytics.reporting", name: "Analytics for Reporting" },
  { key: "analytics.reporting.ad_performance", name: "Analytics for Advertising Performance" },
  { key: "analytics.reporting.content_performance", name: "Analytics for Content Performance" },
  { key: "analytics.reporting.campaign_insights", name: "Analytics for Insights" },
  { key: "analytics.reporting.system", name: "Analytics for System Activity" },
  { key: "analytics.reporting.system.performance", name: "Analytics for System Performance" },
  { key: "collect", name: "Collect" },
  { key: "employment", name: "Employment" },
  { key: "employment.recruitment", name: "Employment Recruitment" },
  { key: "essential", name: "Essential" },
  { key: "essential.fraud_detection", name: "Essential Fraud Detection" },
  { key: "essential.legal_obligation", name: "Essential Legal Obligation" },
  { key: "essential.service", name: "Essential for Service" },
  { key: "essential.service.authentication", name: "Essential Service Authentication" },
  { key: "essential.service.notifications", name: "Essential Service Notifications" },
  { key: "essential.service.operations", name: "Essential for Operations" },
  { key: "essential.service.payment_processing", name: "Essential for Payment Processing" },
  { key: "essential.service.security", name: "Essential for Security" },
  { key: "essential.service.upgrades", name: "Essential for Service Upgrades" },
  { key: "essential.service.notifications.email", name: "Essential Email Service Notifications" },
  { key: "essential.service.notifications.sms", name: "Essential SMS Service Notifications" },
  { key: "essential.service.operations.support", name: "Essential for Operations Support" },
  { key: "essential.service.operations.improve", name: "Essential for Support Improvement" },
  { key: "finance", name: "Finance" },
  { key: "functional", name: "Functional" },
  { key: "functional.storage", name: "Local Data Storage" },
  { key: "functional.service", name: "Service" },
  { key: "functional.service.improve", name: "Improve Service" },
  { key: "marketing", name: "Marketing" },
  { key: "marketing.advertising", name: "Advertising, Marketing or Promotion" },
  { key: "marketing.communications", name: "Marketing Communications" },
  { key: "marketing.advertising.first_party", name: "First Party Advertising" },
  { key: "marketing.advertising.frequency_capping", name: "Frequency Capping" },
  { key: "marketing.advertising.negative_targeting", name: "Negative Targeting" },
  { key: "marketing.advertising.profiling", name: "Profiling for Advertising" },
  { key: "marketing.advertising.serving", name: "Essential for Serving Ads" },
  { key: "marketing.advertising.third_party", name: "Third Party Advertising" },
  { key: "marketing.advertising.first_party.contextual", name: "First Party Contextual Advertising" },
  { key: "marketing.advertising.first_party.targeted", name: "First Party Personalized Advertising" },
  { key: "marketing.advertising.third_party.targeted", name: "Third Party Targeted Advertising" },
  { key: "marketing.communications.email", name: "Marketing Email Communications" },
  { key: "marketing.communications.sms", name: "Marketing SMS Communications" },
  { key: "operations", name: "Operations" },
  { key: "personalize", name: "Personalize" },
  { key: "personalize.content", name: "Content Personalization" },
  { key: "personalize.system", name: "System Personalization" },
  { key: "personalize.content.limited", name: "Limited Content Personalization" },
  { key: "personalize.content.profiling", name: "Profiling for Personalization" },
  { key: "personalize.content.profiled", name: "Targeted Content Personalization" },
  { key: "sales", name: "Sales" },
  { key: "third_party_sharing", name: "Third Party Sharing" },
  { key: "third_party_sharing.legal_obligation", name: "Sharing for Legal Obligation" },
  { key: "train_ai_system", name: "Train AI System" },
];

const BY_KEY = new Map(DATA_USES.map((use) => [use.key, use]));

/** The data use with this key, if fideslang has one. */
export function dataUse(key: string): DataUse | undefined {
  return BY_KEY.get(key);
}
