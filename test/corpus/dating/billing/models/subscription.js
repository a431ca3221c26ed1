'use strict';

const pino = require('pino');

const log = pino({ name: 'billing' });

module.exports = (sequelize, DataTypes) => {
  const Subscription = sequelize.define(
    'Subscription',
    {
      id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
      userId: { type: DataTypes.UUID, allowNull: false }, // trap: surrogate key, not personal data by itself
      plan: { type: DataTypes.ENUM('plus', 'gold', 'platinum'), allowNull: false },
      billingName: { type: DataTypes.STRING(160) }, // expect: personal-data-field user.name
      billingEmail: { type: DataTypes.STRING, validate: { isEmail: true } }, // expect: personal-data-field user.contact.email
      billingCountry: { type: DataTypes.STRING(2) }, // expect: personal-data-field user.contact.address.country
      billingPostalCode: { type: DataTypes.STRING(12) }, // expect: personal-data-field user.contact.address.postal_code
      cardNumber: { type: DataTypes.STRING(19) }, // expect: sensitive-personal-data-field user.financial.credit_card ; expect: unencrypted-sensitive-storage user.financial.credit_card
      storeReceipt: { type: DataTypes.TEXT },
      renewsAt: { type: DataTypes.DATE },
    },
    { tableName: 'subscriptions', underscored: true },
  );

  Subscription.afterCreate((sub) => {
    log.info({ subscriptionId: sub.id, plan: sub.plan }, 'subscription created'); // trap: logs a surrogate id and plan only
    log.debug({ email: sub.billingEmail }, 'receipt will be sent'); // expect: personal-data-in-log user.contact.email
  });

  return Subscription;
};
