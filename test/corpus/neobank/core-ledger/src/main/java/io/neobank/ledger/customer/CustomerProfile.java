package io.neobank.ledger.customer;

import io.neobank.ledger.crypto.KmsStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "customer_profiles")
public class CustomerProfile {

    @Id
    private UUID id;

    @Column(name = "legal_name", nullable = false)
    private String legalName; // expect: personal-data-field user.name

    @Column(name = "iban", nullable = false, length = 34)
    private String iban; // expect: sensitive-personal-data-field user.financial.bank_account ; expect: unencrypted-sensitive-storage user.financial.bank_account

    @Column(name = "passport_number", length = 20)
    private String passportNumber; // expect: sensitive-personal-data-field user.government_id.passport_number ; expect: unencrypted-sensitive-storage user.government_id.passport_number

    @Convert(converter = KmsStringConverter.class)
    @Column(name = "tax_id", length = 512)
    private String taxId; // expect: sensitive-personal-data-field user.government_id.tax_id

    /** Telephone-banking PIN, read out by the caller and checked by the agent's screen. */
    @Column(name = "telephone_pin", length = 6)
    private String telephonePin; // expect: personal-data-field user.authorization.credentials ; expect: weak-password-hash

    @Column(name = "password_hash", nullable = false)
    private String passwordHash; // trap: an argon2 hash, not the plaintext

    protected CustomerProfile() {
    }

    public boolean telephonePinMatches(String spokenPin) {
        return telephonePin.equals(spokenPin); // expect: weak-password-hash
    }
}
