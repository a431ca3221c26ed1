// Package disbursement turns an approved pay run into bank transfers (ACH / SEPA credit transfers).
package disbursement

import (
	"context"
	"errors"
	"time"

	"go.uber.org/zap"
)

// Payee is one employee's payment instruction for a pay run.
type Payee struct {
	EmployeeID        int64  `db:"employee_id" json:"employeeId"`               // trap: surrogate key, not personal data by itself
	AccountHolderName string `db:"account_holder_name" json:"accountHolderName"` // expect: personal-data-field user.name
	IBAN              string `db:"iban" json:"iban"`                             // expect: sensitive-personal-data-field user.financial.bank_account ; expect: unencrypted-sensitive-storage user.financial.bank_account
	BIC               string `db:"bic" json:"bic"`                               // trap: identifies the bank, not the employee
	AccountNumber     string `db:"account_number" json:"accountNumber"`          // expect: sensitive-personal-data-field user.financial.bank_account ; expect: unencrypted-sensitive-storage user.financial.bank_account
	SortCode          string `db:"sort_code" json:"sortCode"`                    // trap: identifies the bank branch, not the employee
	NetPayCents       int64  `db:"net_pay_cents" json:"netPayCents"`             // expect: personal-data-field user.financial
	TaxID             string `db:"tax_id" json:"taxId"`                          // expect: sensitive-personal-data-field user.government_id.tax_id ; expect: unencrypted-sensitive-storage user.government_id.tax_id
	ChildSupportOrder bool   `db:"child_support_order" json:"childSupportOrder"` // expect: personal-data-field user.financial
	HomeAddress       string `db:"home_address" json:"homeAddress"`              // expect: personal-data-field user.contact.address
}

// PayRun groups payees paid on the same date.
type PayRun struct {
	ID          string    `db:"id" json:"id"`
	PayDate     time.Time `db:"pay_date" json:"payDate"`
	CompanyName string    `db:"company_name" json:"companyName"` // trap: the employer's legal name on the bank file, an organisation
	CompanyIBAN string    `db:"company_iban" json:"companyIban"` // trap: the employer's own account, organisation data
	Payees      []Payee   `json:"payees"`
}

// BankFileConfig describes where bank files are uploaded.
type BankFileConfig struct {
	ServerAddress string `yaml:"serverAddress"` // trap: SFTP host, not a postal address
	HostName      string `yaml:"hostName"`      // trap: a server's host name, not a person's name
	AccountType   string `yaml:"accountType"`   // trap: an enum of the transfer account type, not an account number
	Username      string `yaml:"username"`      // trap: a technical SFTP service account, not a person's username
}

type Bank interface {
	Credit(ctx context.Context, p Payee, amountCents int64, ref string) error
}

var ErrPartial = errors.New("pay run partially failed")

// Execute pays everyone in the run.
func Execute(ctx context.Context, bank Bank, run PayRun, logger *zap.Logger) error {
	logger.Info("executing pay run", zap.String("run", run.ID), zap.Int("payees", len(run.Payees)))
	failed := 0
	for _, p := range run.Payees {
		logger.Debug("crediting", zap.String("iban", p.IBAN), zap.String("run", run.ID)) // expect: personal-data-in-log user.financial.bank_account
		if err := bank.Credit(ctx, p, p.NetPayCents, run.ID); err != nil {
			failed++
			logger.Error("credit failed", zap.String("payee", p.AccountHolderName), zap.Error(err)) // expect: personal-data-in-log user.name
			continue
		}
	}
	if failed > 0 {
		logger.Warn("pay run incomplete", zap.Int("failed", failed), zap.String("run", run.ID))
		return ErrPartial
	}
	return nil
}

// Reconcile matches bank returns back to payees.
func Reconcile(ctx context.Context, returns []string, run PayRun, sugar *zap.SugaredLogger) {
	for _, ret := range returns {
		for _, p := range run.Payees {
			if p.AccountNumber == ret {
				sugar.Warnf("returned payment for %+v", p) // expect: personal-data-in-log user
			}
		}
	}
}
