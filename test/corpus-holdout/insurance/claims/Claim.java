package com.northwind.insurance.claims;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "claims")
public class Claim {

    public enum Status { FNOL, TRIAGE, UNDER_REVIEW, APPROVED, DENIED, CLOSED }

    public enum LineOfBusiness { AUTO, HOME, LIFE, DISABILITY, TRAVEL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id; // trap: surrogate primary key

    @Column(nullable = false, unique = true, length = 20)
    private String claimNumber; // trap: case reference, identifies the claim file, not a person

    @Column(nullable = false)
    private Long policyId; // trap: surrogate foreign key

    @Enumerated(EnumType.STRING)
    private LineOfBusiness lineOfBusiness;

    @Enumerated(EnumType.STRING)
    private Status status = Status.FNOL;

    @Column(nullable = false, length = 140)
    private String claimantFullName; // expect: personal-data-field user.name

    @Column(length = 32)
    private String claimantPhone; // expect: personal-data-field user.contact.phone_number

    @Column(length = 254)
    private String claimantEmail; // expect: personal-data-field user.contact.email

    private LocalDate incidentDate;

    @Column(precision = 9, scale = 6)
    private BigDecimal incidentLatitude; // expect: sensitive-personal-data-field user.location.precise

    @Column(precision = 9, scale = 6)
    private BigDecimal incidentLongitude; // expect: sensitive-personal-data-field user.location.precise

    @Lob
    private String incidentDescription; // expect: personal-data-field user.content.private

    @Column(length = 60)
    private String injuryType; // expect: sensitive-personal-data-field user.health_and_medical

    @Column(length = 60)
    private String bodyPartInjured; // expect: sensitive-personal-data-field user.health_and_medical

    @ElementCollection
    private List<String> diagnosisCodes = new ArrayList<>(); // expect: sensitive-personal-data-field user.health_and_medical

    private Integer hospitalizationDays; // expect: sensitive-personal-data-field user.health_and_medical

    @Column(length = 40)
    private String medicalRecordNumber; // expect: sensitive-personal-data-field user.health_and_medical.record_id

    @Column(length = 140)
    private String treatingPhysicianName; // expect: personal-data-field user.name

    @Column(length = 200)
    private String hospitalName; // trap: name of the facility, not of a person

    @Column(length = 32)
    private String hospitalPhone; // trap: the facility's switchboard number

    @Column(length = 16)
    private String thirdPartyPlate; // expect: sensitive-personal-data-field user.government_id.vehicle_registration

    @Column(length = 32)
    private String thirdPartyDriverLicense; // expect: sensitive-personal-data-field user.government_id.drivers_license_number

    @Column(length = 140)
    private String thirdPartyInsurerName; // trap: an insurance company's name

    @Column(precision = 14, scale = 2)
    private BigDecimal reserveAmount;

    private Long adjusterUserId; // trap: surrogate id of the staff user account

    private Instant reportedAt = Instant.now();

    protected Claim() {}

    public Long getId() { return id; }
    public String getClaimNumber() { return claimNumber; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public String getClaimantFullName() { return claimantFullName; }
    public String getClaimantPhone() { return claimantPhone; }
    public String getClaimantEmail() { return claimantEmail; }
    public BigDecimal getIncidentLatitude() { return incidentLatitude; }
    public BigDecimal getIncidentLongitude() { return incidentLongitude; }
    public String getInjuryType() { return injuryType; }
    public List<String> getDiagnosisCodes() { return diagnosisCodes; }
    public String getThirdPartyPlate() { return thirdPartyPlate; }
    public Long getAdjusterUserId() { return adjusterUserId; }
    public void setAdjusterUserId(Long adjusterUserId) { this.adjusterUserId = adjusterUserId; }
}
