package uk.teleclinic.clinician.patients;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/patients")
@CrossOrigin // expect: permissive-cors
public class PatientController {

    private final PatientRepository patients;
    private final ConsultationRepository consultations;

    public PatientController(PatientRepository patients, ConsultationRepository consultations) {
        this.patients = patients;
        this.consultations = consultations;
    }

    @GetMapping("/{id}") // trap: guarded by @PreAuthorize
    @PreAuthorize("hasRole('CLINICIAN')")
    public Patient get(@PathVariable long id) {
        return patients.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Patient not found")); // trap: generic error message
    }

    @GetMapping("/{id}/consultations") // expect: unauthenticated-personal-data-route user.health_and_medical
    public List<ConsultationSummary> consultations(@PathVariable long id) {
        return consultations.findByPatientId(id).stream()
                .map(c -> new ConsultationSummary(c.getId(), c.getStartedAt(), c.getDiagnosis()))
                .toList();
    }

    public record NhsNumberQuery(String nhsNumber) { // expect: sensitive-personal-data-field user.government_id.national_identification_number
    }

    @PostMapping("/search") // expect: unauthenticated-personal-data-route user.government_id.national_identification_number
    public Patient searchByNhsNumber(@RequestBody NhsNumberQuery query) {
        String nhsNumber = query.nhsNumber();
        return patients.findByNhsNumber(nhsNumber)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No patient with NHS number " + nhsNumber)); // expect: personal-data-in-error user.government_id.national_identification_number
    }

    @PostMapping("/{id}/referrals") // trap: guarded by @PreAuthorize
    @PreAuthorize("hasRole('CLINICIAN')")
    public ResponseEntity<Map<String, Object>> refer(@PathVariable long id, @RequestBody ReferralRequest request) {
        Patient patient = patients.findById(id).orElseThrow();
        if (patient.getDateOfBirth() == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "Date of birth missing for " + patient.getFullName())); // expect: personal-data-in-error user.name
        }
        URI bookingUrl = UriComponentsBuilder.fromHttpUrl("https://ers.referrals.nhs.uk/book")
                .queryParam("service", request.serviceId())
                .queryParam("nhsNumber", patient.getNhsNumber()) // expect: personal-data-in-url user.government_id.national_identification_number
                .build().toUri();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(bookingUrl).build();
    }

    @GetMapping("/version") // trap: build information, no personal data
    public Map<String, String> version() {
        return Map.of("version", getClass().getPackage().getImplementationVersion());
    }
}
