package sg.homie.myinfo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Subset of the MyInfo v4 Person API response (each attribute wraps a value plus
 * source/classification/lastupdated metadata).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MyInfoPersonResponse(
        Valued uinfin, // expect: sensitive-personal-data-field user.government_id.national_identification_number.sg_nric_fin
        Valued name, // expect: personal-data-field user.name
        Coded sex, // expect: personal-data-field user.demographic.gender
        Coded race, // expect: sensitive-personal-data-field user.demographic.race_ethnicity
        Valued dob, // expect: personal-data-field user.demographic.date_of_birth
        @JsonProperty("residentialstatus") Coded residentialStatus, // expect: sensitive-personal-data-field user.government_id.immigration
        @JsonProperty("passtype") Coded passType, // expect: sensitive-personal-data-field user.government_id.immigration
        @JsonProperty("mobileno") MobileNo mobileNo, // expect: personal-data-field user.contact.phone_number
        Valued email, // expect: personal-data-field user.contact.email
        @JsonProperty("regadd") RegisteredAddress regAdd, // expect: personal-data-field user.contact.address
        @JsonProperty("childrenbirthrecords") List<ChildBirthRecord> childrenBirthRecords) { // expect: sensitive-personal-data-field user.childrens

    public record Valued(String value, String source, String classification, String lastupdated) {
    }

    public record Coded(String code, String desc, String source) {
    }

    public record MobileNo(
            Valued prefix,
            Valued areacode, // trap: country calling code ("65"), not a phone number
            Valued nbr) { // expect: personal-data-field user.contact.phone_number
    }

    public record RegisteredAddress(
            Valued block, // expect: personal-data-field user.contact.address.street
            Valued building, // expect: personal-data-field user.contact.address.street
            Valued floor, // expect: personal-data-field user.contact.address.street
            Valued unit, // expect: personal-data-field user.contact.address.street
            Valued street, // expect: personal-data-field user.contact.address.street
            Valued postal, // expect: personal-data-field user.contact.address.postal_code
            Coded country) { // expect: personal-data-field user.contact.address.country
    }

    public record ChildBirthRecord(
            @JsonProperty("birthcertno") Valued birthCertNo, // expect: sensitive-personal-data-field user.government_id.birth_certificate
            Valued name, // expect: sensitive-personal-data-field user.childrens
            Valued dob) { // expect: sensitive-personal-data-field user.childrens
    }
}
