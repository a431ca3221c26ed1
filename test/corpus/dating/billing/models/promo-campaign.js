'use strict';

module.exports = (sequelize, DataTypes) =>
  sequelize.define(
    'PromoCampaign',
    {
      code: { type: DataTypes.STRING(32), unique: true },
      displayName: { type: DataTypes.STRING(80) }, // trap: campaign label, not a person's name
      smsTemplateId: { type: DataTypes.STRING(40) }, // trap: template id, not a phone number
      emailSubject: { type: DataTypes.STRING(140) }, // trap: marketing subject line, not an email address
      targetAgeMin: { type: DataTypes.INTEGER },
      startsAt: { type: DataTypes.DATE },
      endsAt: { type: DataTypes.DATE },
    },
    { tableName: 'promo_campaigns' },
  );
