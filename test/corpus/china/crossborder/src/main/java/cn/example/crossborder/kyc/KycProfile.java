package cn.example.crossborder.kyc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** KYC profile of a customer of the Hong Kong / Southeast Asia cross-border wallet. */
@Entity
@Table(name = "kyc_profile")
public class KycProfile {

    public enum DocumentType { CN_ID_CARD, HKID, MYKAD, AADHAAR, KR_RRN, JP_MY_NUMBER, PASSPORT }

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "customer_id", nullable = false) private Long customerId; // trap: surrogate key, not personal data by itself

    @NotBlank
    @Column(name = "xingming") private String xingming; // expect: personal-data-field user.name

    @Column(name = "english_name") private String englishName; // expect: personal-data-field user.name

    @Column(name = "chusheng_riqi") private LocalDate chushengRiqi; // expect: personal-data-field user.demographic.date_of_birth

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type") private DocumentType documentType;

    @Pattern(regexp = "^\\d{17}[\\dX]$")
    @Column(name = "id_card_no") private String idCardNo; // expect: sensitive-personal-data-field user.government_id.national_identification_number.cn_resident_identity_card ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.cn_resident_identity_card

    @Pattern(regexp = "^[A-Z]{1,2}\\d{6}\\([0-9A]\\)$")
    @Column(name = "hkid_no") private String hkidNo; // expect: sensitive-personal-data-field user.government_id.national_identification_number.hk_identity_card ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.hk_identity_card

    @Pattern(regexp = "^\\d{6}-\\d{2}-\\d{4}$")
    @Column(name = "mykad_no") private String mykadNo; // expect: sensitive-personal-data-field user.government_id.national_identification_number.my_mykad ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.my_mykad

    @Column(name = "aadhaar_no") private String aadhaarNo; // expect: sensitive-personal-data-field user.government_id.national_identification_number.in_aadhaar ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.in_aadhaar

    @Column(name = "pan_no", length = 10) private String panNo; // expect: sensitive-personal-data-field user.government_id.tax_id.in_pan ; expect: unencrypted-sensitive-storage user.government_id.tax_id.in_pan

    @Column(name = "rrn") private String residentRegistrationNumber; // expect: sensitive-personal-data-field user.government_id.national_identification_number.kr_resident_registration_number ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.kr_resident_registration_number

    @Column(name = "kojin_bango", length = 12) private String kojinBango; // expect: sensitive-personal-data-field user.government_id.national_identification_number.jp_my_number ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.jp_my_number

    @Column(name = "passport_no") private String passportNo; // expect: sensitive-personal-data-field user.government_id.passport_number ; expect: unencrypted-sensitive-storage user.government_id.passport_number

    @Column(name = "gang_ao_tongxingzheng") private String gangAoTongxingzheng; // expect: sensitive-personal-data-field user.government_id.immigration ; expect: unencrypted-sensitive-storage user.government_id.immigration

    @Column(name = "selfie_liveness_template") private byte[] selfieLivenessTemplate; // expect: sensitive-personal-data-field user.biometric ; expect: unencrypted-sensitive-storage user.biometric

    protected KycProfile() {
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getXingming() {
        return xingming;
    }

    public String getIdCardNo() {
        return idCardNo;
    }

    public String getHkidNo() {
        return hkidNo;
    }
}
