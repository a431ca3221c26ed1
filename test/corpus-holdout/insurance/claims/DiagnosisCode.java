package com.northwind.insurance.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * ICD-10-CM reference table loaded from the CMS release files. Used to validate and describe
 * the codes entered on a claim; it holds no information about any claimant.
 */
@Entity
@Table(name = "ref_icd10_codes")
public class DiagnosisCode {

    @Id
    @Column(length = 8)
    private String code;

    @Column(nullable = false, length = 255)
    private String diagnosisDescription; // trap: reference table text describing a code, about no one

    @Column(nullable = false)
    private boolean injuryCode; // trap: classification flag of a reference code

    @Column(length = 10)
    private String releaseYear;

    protected DiagnosisCode() {}

    public String getCode() { return code; }
    public String getDiagnosisDescription() { return diagnosisDescription; }
}
