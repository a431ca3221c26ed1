package sg.homie.myinfo;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A tenant or landlord whose identity was filled in from Singpass MyInfo.
 * Columns mirror the MyInfo person attributes we are approved to request.
 */
@Entity
@Table(name = "resident_profiles")
public class ResidentProfile {

    /** S/T/F/G/M + 7 digits + checksum letter. */
    public static final String NRIC_FIN_PATTERN = "^[STFGM]\\d{7}[A-Z]$"; // trap: validation pattern, not an NRIC

    public enum ResidentialStatus { CITIZEN, PR, ALIEN }

    @Id
    private UUID id;

    @NotBlank
    @Pattern(regexp = NRIC_FIN_PATTERN) // trap: validation annotation, the field is declared on a following line
    @Convert(converter = AesGcmConverter.class)
    @Column(name = "uinfin", nullable = false, unique = true) private String uinfin; // expect: sensitive-personal-data-field user.government_id.national_identification_number.sg_nric_fin

    @Column(name = "singpass_uuid", length = 36) private String singpassUuid; // expect: personal-data-field user.unique_id

    @Column(name = "full_name", nullable = false) private String name; // expect: personal-data-field user.name

    @Column(name = "hanyu_pinyin_name") private String hanyuPinyinName; // expect: personal-data-field user.name

    @Column(name = "alias_name") private String aliasName; // expect: personal-data-field user.name

    @Column(name = "sex", length = 1) private String sex; // expect: personal-data-field user.demographic.gender

    @Column(name = "race", length = 40) private String race; // expect: sensitive-personal-data-field user.demographic.race_ethnicity ; expect: unencrypted-sensitive-storage user.demographic.race_ethnicity

    @Column(name = "dob") private LocalDate dob; // expect: personal-data-field user.demographic.date_of_birth

    @Enumerated(EnumType.STRING)
    @Column(name = "residential_status") private ResidentialStatus residentialStatus; // expect: sensitive-personal-data-field user.government_id.immigration ; expect: unencrypted-sensitive-storage user.government_id.immigration

    @Column(name = "nationality", length = 2) private String nationality; // expect: personal-data-field user.demographic

    @Column(name = "marital_status", length = 1) private String maritalStatus; // expect: personal-data-field user.demographic.marital_status

    @Pattern(regexp = "^\\+65[689]\\d{7}$")
    @Column(name = "mobile_no", length = 12) private String mobileNo; // expect: personal-data-field user.contact.phone_number

    @Email // trap: validation annotation, the field is declared on a following line
    @Column(name = "email") private String email; // expect: personal-data-field user.contact.email

    @Column(name = "reg_add_block", length = 10) private String regAddBlock; // expect: personal-data-field user.contact.address.street

    @Column(name = "reg_add_street") private String regAddStreet; // expect: personal-data-field user.contact.address.street

    @Column(name = "reg_add_unit", length = 10) private String regAddUnit; // expect: personal-data-field user.contact.address.street

    @Pattern(regexp = "^\\d{6}$")
    @Column(name = "reg_add_postal", length = 6) private String regAddPostal; // expect: personal-data-field user.contact.address.postal_code

    @Column(name = "hdb_type", length = 20) private String hdbType; // expect: personal-data-field user.demographic.profile

    @Column(name = "noa_assessable_income", precision = 12, scale = 2) private BigDecimal noaAssessableIncome; // expect: personal-data-field user.financial

    @Column(name = "cpf_oa_balance", precision = 12, scale = 2) private BigDecimal cpfOaBalance; // expect: personal-data-field user.financial

    @Column(name = "myinfo_fetched_at") private java.time.Instant myinfoFetchedAt;

    protected ResidentProfile() {
    }

    public String getUinfin() {
        return uinfin;
    }

    public String getName() {
        return name;
    }

    public String getMobileNo() {
        return mobileNo;
    }
}
