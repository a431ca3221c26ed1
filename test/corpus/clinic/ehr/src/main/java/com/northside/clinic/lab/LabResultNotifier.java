package com.northside.clinic.lab;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class LabResultNotifier {

    private static final Logger log = LoggerFactory.getLogger(LabResultNotifier.class);

    /** Where to send a critical-result alert: the patient's own contact details. */
    public record CriticalResultContact(
            @NotBlank String patientName, // expect: personal-data-field user.name
            @Email String patientEmail, // expect: personal-data-field user.contact.email
            @Pattern(regexp = "^\\+[1-9][0-9]{7,14}$") String patientMobile, // expect: personal-data-field user.contact.phone_number
            String preferredLanguage // expect: personal-data-field user.demographic.language
    ) {
    }

    /** Mail server settings for outgoing alerts. */
    public record SmtpSettings(
            String serverAddress, // trap: hostname of the SMTP relay, not a postal address
            int port,
            String senderEmail // trap: results@ mailbox of the clinic, organisation contact detail
    ) {
    }

    private final AlertGateway gateway;

    public LabResultNotifier(AlertGateway gateway) {
        this.gateway = gateway;
    }

    public void notifyCritical(LabResult result, CriticalResultContact contact) {
        log.warn("Critical {} result {} for patient {}", result.getLoincCode(), result.getId(), result.getPatientId()); // expect: personal-data-in-log user.health_and_medical
        log.info("Paging on-call about {} ({})", contact.patientName(), result.getResultValue()); // expect: personal-data-in-log user.name
        try {
            gateway.sms(contact.patientMobile(), "Please call the clinic about your recent test.");
        } catch (GatewayException e) {
            log.error("SMS to {} failed", contact.patientMobile(), e); // expect: personal-data-in-log user.contact.phone_number
        }
        log.debug("Result comment: {}", result.getPathologistComment()); // expect: personal-data-in-log user.health_and_medical
    }

    interface AlertGateway {
        void sms(String to, String text) throws GatewayException;
    }

    static class GatewayException extends Exception {
    }
}
