package io.brightpay.core.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "customer")
public class CustomerEntity {

    @Id
    private UUID id;

    @NotNull
    @Size(max = 200)
    @Column(name = "full_name", nullable = false)
    private String fullName; // expect: personal-data-field user.name

    @Email
    @Column(name = "email_address", unique = true)
    private String emailAddress; // expect: personal-data-field user.contact.email

    @Column(name = "mobile_number")
    private String mobileNumber; // expect: personal-data-field user.contact.phone_number

    @Column(name = "birth_date")
    private LocalDate birthDate; // expect: personal-data-field user.demographic.date_of_birth

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "national_id")
    private String nationalId; // expect: sensitive-personal-data-field user.government_id.national_identification_number

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "aadhaar_number")
    private String aadhaarNumber; // expect: sensitive-personal-data-field user.government_id.national_identification_number.in_aadhaar

    @Column(name = "pan_card_number")
    private String panCardNumber; // expect: sensitive-personal-data-field user.government_id.tax_id.in_pan ; expect: unencrypted-sensitive-storage user.government_id.tax_id.in_pan

    @Column(name = "religion_for_sharia_product")
    private String religionForShariaProduct; // expect: sensitive-personal-data-field user.demographic.religious_belief ; expect: unencrypted-sensitive-storage user.demographic.religious_belief

    @Column(name = "residential_address")
    private String residentialAddress; // expect: personal-data-field user.contact.address

    @Column(name = "voiceprint_template")
    private byte[] voiceprintTemplate; // expect: sensitive-personal-data-field user.biometric.voice ; expect: unencrypted-sensitive-storage user.biometric.voice

    @Column(name = "password_hash", nullable = false)
    private String passwordHash; // trap: hash, not the plaintext

    @Column(name = "onboarded_at")
    private OffsetDateTime onboardedAt;

    @Version
    private long version;

    protected CustomerEntity() {
    }

    public UUID getId() { return id; }
    public String getFullName() { return fullName; }
    public String getEmailAddress() { return emailAddress; }
    public String getMobileNumber() { return mobileNumber; }
    public String getNationalId() { return nationalId; }
    public String getAadhaarNumber() { return aadhaarNumber; }
}
