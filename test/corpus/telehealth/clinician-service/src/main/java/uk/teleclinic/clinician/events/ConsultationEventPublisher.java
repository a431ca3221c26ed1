package uk.teleclinic.clinician.events;

import com.segment.analytics.Analytics;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.TrackMessage;
import io.sentry.Sentry;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.teleclinic.clinician.patients.Consultation;
import uk.teleclinic.clinician.patients.Patient;
import uk.teleclinic.clinician.util.Pseudonyms;

@Component
public class ConsultationEventPublisher {

    private final Analytics analytics;
    private final Pseudonyms pseudonyms;

    public ConsultationEventPublisher(Analytics analytics, Pseudonyms pseudonyms) {
        this.analytics = analytics;
        this.pseudonyms = pseudonyms;
    }

    public void patientRegistered(Patient patient) {
        analytics.enqueue(IdentifyMessage.builder()
                .userId(patient.getId().toString())
                .traits(Map.of("email", patient.getEmail(), "postcode", patient.getPostcode()))); // expect: personal-data-to-third-party user.contact.email
    }

    public void consultationBooked(Patient patient, Consultation consultation) {
        analytics.enqueue(TrackMessage.builder("Consultation Booked")
                .userId(patient.getId().toString())
                .properties(Map.of(
                        "reasonForVisit", consultation.getReasonForVisit(), // expect: personal-data-to-third-party user.health_and_medical
                        "specialty", consultation.getSpecialty(),
                        "slot", consultation.getSlot().toString())));
    }

    public void consultationRated(Patient patient, int stars) {
        analytics.enqueue(TrackMessage.builder("Consultation Rated")
                .userId(pseudonyms.hashId(patient.getId())) // trap: pseudonymised id and a rating only
                .properties(Map.of("stars", stars)));
    }

    public void consultationFailed(Patient patient, Consultation consultation, Exception cause) {
        Sentry.setTag("clinic", consultation.getClinicCode()); // trap: clinic code, not personal data
        Sentry.captureMessage("Video consultation dropped for " + patient.getFullName() + " (" + patient.getMobilePhone() + ")"); // expect: personal-data-to-third-party user.name
    }
}
