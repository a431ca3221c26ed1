package com.ridehail.payments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

@Entity
@Table(name = "driver_payout_accounts")
public class DriverPayoutAccount {

    public static final String IBAN_REGEX = "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"; // trap: validation pattern, not an IBAN

    @Id
    @Column(name = "driver_id") private UUID driverId; // trap: surrogate key, not personal data by itself

    @NotBlank
    @Column(name = "account_holder_name", nullable = false) private String accountHolderName; // expect: personal-data-field user.name

    @Pattern(regexp = IBAN_REGEX) // trap: validation annotation, the field is declared on a following line
    @Column(name = "iban", length = 34) private String iban; // expect: sensitive-personal-data-field user.financial.bank_account ; expect: unencrypted-sensitive-storage user.financial.bank_account

    @Column(name = "bank_account_number", length = 20) private String bankAccountNumber; // expect: sensitive-personal-data-field user.financial.bank_account ; expect: unencrypted-sensitive-storage user.financial.bank_account

    @Column(name = "bic", length = 11) private String bic;

    @Column(name = "bank_name", length = 80) private String bankName; // trap: the bank's name, not a person's

    @Column(name = "tax_id", length = 20) private String taxId; // expect: sensitive-personal-data-field user.government_id.tax_id ; expect: unencrypted-sensitive-storage user.government_id.tax_id

    protected DriverPayoutAccount() {
    }

    public UUID getDriverId() {
        return driverId;
    }

    public String getIban() {
        return iban;
    }

    @Override
    public String toString() {
        return "DriverPayoutAccount[driverId=" + driverId + ", iban=" + iban + ", taxId=" + taxId + "]";
    }
}
