'use strict';

const { Model, DataTypes } = require('sequelize');
const { encrypt, decrypt } = require('../crypto/fieldEncryption');
const logger = require('../logger');

class Customer extends Model {
  static associate(models) {
    Customer.hasMany(models.Account, { foreignKey: 'customerId' });
    Customer.hasMany(models.SupportTicket, { foreignKey: 'customerId' });
  }

  toAuditJSON() {
    logger.info('customer audit snapshot', this.toJSON()); // expect: personal-data-in-log user
    return { id: this.id, kycStatus: this.kycStatus };
  }
}

module.exports = (sequelize) => {
  Customer.init(
    {
      id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
      fullName: { type: DataTypes.STRING, allowNull: false }, // expect: personal-data-field user.name
      email: { type: DataTypes.STRING, allowNull: false, unique: true, validate: { isEmail: true } }, // expect: personal-data-field user.contact.email
      phoneNumber: { type: DataTypes.STRING(32) }, // expect: personal-data-field user.contact.phone_number
      dateOfBirth: { type: DataTypes.DATEONLY }, // expect: personal-data-field user.demographic.date_of_birth
      passportNumber: { // expect: sensitive-personal-data-field user.government_id.passport_number
        type: DataTypes.TEXT,
        set(value) {
          this.setDataValue('passportNumber', encrypt(value));
        },
        get() {
          return decrypt(this.getDataValue('passportNumber'));
        },
      },
      creditScore: { type: DataTypes.SMALLINT }, // expect: personal-data-field user.financial
      monthlyIncome: { type: DataTypes.DECIMAL(12, 2) }, // expect: personal-data-field user.financial
      maritalStatus: { type: DataTypes.ENUM('single', 'married', 'civil_partnership', 'divorced', 'widowed') }, // expect: personal-data-field user.demographic.marital_status
      numberOfDependants: { type: DataTypes.SMALLINT }, // expect: personal-data-field user.demographic
      kycStatus: { type: DataTypes.STRING(16), defaultValue: 'pending' },
      marketingEmailOptIn: { type: DataTypes.BOOLEAN, defaultValue: false }, // expect: personal-data-field user.privacy_preferences
      emailBounceCount: { type: DataTypes.INTEGER, defaultValue: 0 }, // trap: a deliverability counter, not an address
      phoneCountryFormat: { type: DataTypes.STRING(8), defaultValue: 'E164' }, // trap: a formatting rule, not a number
    },
    { sequelize, modelName: 'Customer', tableName: 'customers', paranoid: true },
  );

  Customer.addHook('beforeUpdate', (customer) => {
    if (customer.changed('email')) {
      logger.warn(`Email change for ${customer.id}: ${customer.previous('email')} -> ${customer.email}`); // expect: personal-data-in-log user.contact.email
    }
  });

  return Customer;
};

class SupportTicket extends Model {}

module.exports.initSupportTicket = (sequelize) =>
  SupportTicket.init(
    {
      subject: DataTypes.STRING,
      body: DataTypes.TEXT, // expect: personal-data-field user.content.private
      assigneeName: DataTypes.STRING, // expect: personal-data-field user.name
      queueName: DataTypes.STRING, // trap: name of a support queue, not a person
    },
    { sequelize, modelName: 'SupportTicket' },
  );
