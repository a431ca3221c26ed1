'use strict';

const { DataTypes } = require('sequelize');
const sequelize = require('../db');
const logger = require('../logger');

/** Monthly CPF contribution lines for domestic helpers and part-timers we pay out. */
const CpfContribution = sequelize.define(
  'CpfContribution',
  {
    id: { type: DataTypes.BIGINT, autoIncrement: true, primaryKey: true },
    workerId: { type: DataTypes.UUID, allowNull: false }, // trap: surrogate key, not personal data by itself
    nric: { type: DataTypes.STRING(9), allowNull: false }, // expect: sensitive-personal-data-field user.government_id.national_identification_number.sg_nric_fin ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.sg_nric_fin
    workerName: { type: DataTypes.STRING(120) }, // expect: personal-data-field user.name
    contributionMonth: { type: DataTypes.STRING(7) },
    ordinaryWages: { type: DataTypes.DECIMAL(10, 2) }, // expect: personal-data-field user.financial
    employeeShare: { type: DataTypes.DECIMAL(10, 2) }, // expect: personal-data-field user.financial
    employerShare: { type: DataTypes.DECIMAL(10, 2) }, // expect: personal-data-field user.financial
    bankAccountNo: { type: DataTypes.STRING(20) }, // expect: sensitive-personal-data-field user.financial.bank_account ; expect: unencrypted-sensitive-storage user.financial.bank_account
    cpfSubmissionNumber: { type: DataTypes.STRING(20) }, // trap: employer's CSN (company submission number), not a person's
  },
  { tableName: 'cpf_contributions' },
);

CpfContribution.addHook('afterCreate', (row) => {
  logger.info(`CPF line ${row.id} created for ${row.contributionMonth}`); // trap: logs a surrogate id and a month only
  console.log('CPF line for NRIC', row.nric, 'wages', row.ordinaryWages); // expect: personal-data-in-log user.government_id.national_identification_number.sg_nric_fin ; expect: personal-data-in-log user.financial
});

module.exports = CpfContribution;
