package uk.sch.oakfield.sen;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An Education, Health and Care plan (EHCP) or SEN support plan for one pupil. */
@Entity
@Table(name = "support_plans")
public class SupportPlan {

    @Id
    private UUID id;

    @Column(name = "pupil_id", nullable = false)
    private UUID pupilId; // trap: surrogate key, not personal data by itself

    @NotBlank
    @Column(name = "pupil_name", nullable = false)
    private String pupilName; // expect: personal-data-field user.name

    @Past
    @Column(name = "pupil_date_of_birth", nullable = false)
    private LocalDate pupilDateOfBirth; // expect: personal-data-field user.demographic.date_of_birth

    @Column(name = "primary_need", nullable = false)
    private String primaryNeed; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

    @Column(name = "diagnosis")
    private String diagnosis; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

    @Lob
    @Column(name = "educational_psychologist_report")
    private String educationalPsychologistReport; // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

    @ElementCollection
    @CollectionTable(name = "support_plan_medications")
    private List<String> medicationsAtSchool = new ArrayList<>(); // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

    @Column(name = "reading_age_months")
    private Integer readingAgeMonths; // expect: sensitive-personal-data-field user.childrens ; expect: unencrypted-sensitive-storage user.childrens

    @Column(name = "social_worker_name")
    private String socialWorkerName; // expect: personal-data-field user.name

    @Column(name = "local_authority_name")
    private String localAuthorityName; // trap: the council's name, an organisation

    @Column(name = "review_template_file_name")
    private String reviewTemplateFileName; // trap: a file's name, not a person's

    protected SupportPlan() {
    }

    public UUID getId() { return id; }
    public UUID getPupilId() { return pupilId; }
    public String getPupilName() { return pupilName; }
    public String getPrimaryNeed() { return primaryNeed; }
    public String getDiagnosis() { return diagnosis; }
}
