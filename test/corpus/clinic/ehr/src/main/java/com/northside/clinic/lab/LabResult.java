package com.northside.clinic.lab;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "lab_results")
public class LabResult {

    public enum Flag { NORMAL, LOW, HIGH, CRITICAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private Long patientId; // trap: surrogate key, not personal data by itself

    @Column(name = "patient_name", nullable = false, length = 160)
    private String patientName; // expect: personal-data-field user.name

    @Column(name = "patient_dob", nullable = false)
    private LocalDate patientDob; // expect: personal-data-field user.demographic.date_of_birth

    @Column(name = "mrn", nullable = false, length = 32)
    private String mrn; // expect: sensitive-personal-data-field user.health_and_medical.record_id ; expect: unencrypted-sensitive-storage user.health_and_medical.record_id

    @Column(name = "loinc_code", nullable = false, length = 16)
    private String loincCode; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

    @Column(name = "result_value", precision = 12, scale = 4)
    private BigDecimal resultValue; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

    @Column(name = "result_unit", length = 24)
    private String resultUnit;

    @Enumerated(EnumType.STRING)
    private Flag flag; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

    @Column(name = "pathologist_comment", columnDefinition = "text")
    private String pathologistComment; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

    @Column(name = "hba1c_percent", precision = 4, scale = 1)
    private BigDecimal hba1cPercent; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

    @Column(name = "collected_at", nullable = false)
    private Instant collectedAt;

    @Column(name = "result_file_name", length = 255)
    private String resultFileName; // trap: name of the PDF file, not a person's name

    @Column(name = "lab_address", length = 255)
    private String labAddress; // trap: postal address of the reference laboratory, an organisation

    protected LabResult() {
    }

    public Long getId() { return id; }
    public Long getPatientId() { return patientId; }
    public String getPatientName() { return patientName; }
    public String getMrn() { return mrn; }
    public String getLoincCode() { return loincCode; }
    public BigDecimal getResultValue() { return resultValue; }
    public Flag getFlag() { return flag; }
    public String getPathologistComment() { return pathologistComment; }
}
