'use strict';

const { DataTypes } = require('sequelize');
const logger = require('../lib/logger');

module.exports = (sequelize) => {
  const NewHire = sequelize.define(
    'NewHire',
    {
      id: {
        type: DataTypes.UUID,
        defaultValue: DataTypes.UUIDV4,
        primaryKey: true,
      },
      firstName: { type: DataTypes.STRING(80), allowNull: false }, // expect: personal-data-field user.name.first
      lastName: { type: DataTypes.STRING(80), allowNull: false }, // expect: personal-data-field user.name.last
      personalEmail: { // expect: personal-data-field user.contact.email
        type: DataTypes.STRING,
        allowNull: false,
        validate: { isEmail: true },
      },
      mobilePhone: DataTypes.STRING(32), // expect: personal-data-field user.contact.phone_number
      startDate: { type: DataTypes.DATEONLY, allowNull: false },
      ssnLast4: DataTypes.STRING(4), // expect: sensitive-personal-data-field user.government_id.national_identification_number.us_ssn
      i9DocumentType: DataTypes.STRING(40), // expect: sensitive-personal-data-field user.government_id.immigration ; expect: unencrypted-sensitive-storage user.government_id.immigration
      i9DocumentNumber: DataTypes.STRING(40), // expect: sensitive-personal-data-field user.government_id.immigration ; expect: unencrypted-sensitive-storage user.government_id.immigration
      i9Verified: { type: DataTypes.BOOLEAN, defaultValue: false },
      workAuthorizationExpiry: DataTypes.DATEONLY, // expect: sensitive-personal-data-field user.government_id.immigration ; expect: unencrypted-sensitive-storage user.government_id.immigration
      veteranStatus: DataTypes.STRING(40), // expect: personal-data-field user.demographic
      disabilitySelfIdentification: DataTypes.STRING(40), // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
      raceEthnicity: DataTypes.STRING(60), // expect: sensitive-personal-data-field user.demographic.race_ethnicity ; expect: unencrypted-sensitive-storage user.demographic.race_ethnicity
      tShirtSize: DataTypes.STRING(4),
      welcomeEmailTemplateId: DataTypes.STRING, // trap: template identifier, not an address
      welcomeEmailSentCount: { type: DataTypes.INTEGER, defaultValue: 0 }, // trap: a counter, not an address
      welcomePackFileName: DataTypes.STRING, // trap: a file's name, not a person's
    },
    { tableName: 'new_hires', underscored: true },
  );

  NewHire.afterCreate((hire) => {
    logger.info(`New hire created: ${hire.firstName} ${hire.lastName} starting ${hire.startDate}`); // expect: personal-data-in-log user.name
  });

  NewHire.prototype.markI9Complete = async function markI9Complete() {
    logger.info('I-9 verified', { hireId: this.id, document: this.i9DocumentNumber }); // expect: personal-data-in-log user.government_id.immigration
    return this.update({ i9Verified: true });
  };

  return NewHire;
};
