package uk.sch.oakfield.sen;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class SafeguardingService {

    private static final Logger LOG = LoggerFactory.getLogger(SafeguardingService.class);

    public record ConcernReport(
            @NotNull UUID pupilId, // trap: surrogate key, not personal data by itself
            @NotBlank String pupilName, // expect: personal-data-field user.name
            @NotBlank String concernCategory, // expect: sensitive-personal-data-field user.childrens
            @NotBlank String disclosureText, // expect: sensitive-personal-data-field user.childrens
            String injuriesObserved, // expect: sensitive-personal-data-field user.health_and_medical
            @Email String reportingStaffEmail, // expect: personal-data-field user.contact.email
            Instant observedAt) {
    }

    public record DslRota(
            String rotaName, // trap: the name of a duty rota, not a person's name
            @Email String dslTeamInboxEmail) { // trap: the safeguarding team's shared mailbox, organisation contact detail
    }

    private final ConcernRepository concerns;

    public SafeguardingService(ConcernRepository concerns) {
        this.concerns = concerns;
    }

    public void raise(@Valid ConcernReport report) {
        LOG.info("Concern raised about {} by {}", report.pupilName(), report.reportingStaffEmail()); // expect: personal-data-in-log user.name ; expect: personal-data-in-log user.contact.email
        LOG.debug("Disclosure: {}", report.disclosureText()); // expect: personal-data-in-log user.childrens
        concerns.save(report);
        LOG.info("Concern for pupil {} stored", report.pupilId());
    }

    public void escalate(ConcernReport report, SupportPlan plan) {
        LOG.warn("Escalating to MASH: {}", report); // expect: personal-data-in-log user
        LOG.info("Support plan {} attached to referral", plan.getId());
    }

    interface ConcernRepository {
        void save(ConcernReport report);
    }
}
