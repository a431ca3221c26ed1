package uk.co.wellcare.rx.dispensing;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.co.wellcare.rx.crypto.AesGcmStringConverter;

@Entity
@Table(name = "dispensing_records")
public class DispensingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false)
    private Long patientId; // trap: surrogate key, not personal data by itself

    @Column(name = "medicine_name", nullable = false, length = 160)
    private String medicineName; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

    @Column(name = "dose_instructions", length = 200)
    private String doseInstructions; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

    @Column(name = "controlled_drug", nullable = false)
    private boolean controlledDrug; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

    @Convert(converter = AesGcmStringConverter.class)
    @Column(name = "clinical_check_notes", columnDefinition = "text")
    private String clinicalCheckNotes; // expect: sensitive-personal-data-field user.health_and_medical

    @Convert(converter = AesGcmStringConverter.class)
    @Column(name = "nhs_number", length = 64)
    private String nhsNumber; // expect: sensitive-personal-data-field user.government_id.national_identification_number

    @Column(name = "dispensed_at", nullable = false)
    private Instant dispensedAt;

    protected DispensingRecord() {
    }
}
