package com.northwind.insurance.claims;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ClaimIntakeService {

    private static final Logger log = LoggerFactory.getLogger(ClaimIntakeService.class);

    private final ClaimRepository claims;
    private final GeocodingClient geocoder;
    private final AdjusterAssignment assignment;

    public ClaimIntakeService(ClaimRepository claims, GeocodingClient geocoder, AdjusterAssignment assignment) {
        this.claims = claims;
        this.geocoder = geocoder;
        this.assignment = assignment;
    }

    @Transactional
    public Claim fileFirstNoticeOfLoss(Claim claim) {
        log.info("FNOL received from {} ({})", claim.getClaimantFullName(), claim.getClaimantPhone()); // expect: personal-data-in-log user.name
        Optional<String> county = geocoder.reverse(claim.getIncidentLatitude(), claim.getIncidentLongitude());
        if (county.isEmpty()) {
            log.warn("Reverse geocode failed for {},{}", claim.getIncidentLatitude(), claim.getIncidentLongitude()); // expect: personal-data-in-log user.location.precise
        }
        if (claim.getInjuryType() != null) {
            log.debug("Injury reported: {} codes={}", claim.getInjuryType(), claim.getDiagnosisCodes()); // expect: personal-data-in-log user.health_and_medical
        }
        Claim saved = claims.save(claim);
        log.info("Claim {} created with status {}", saved.getClaimNumber(), saved.getStatus()); // trap: logs the case reference and status only
        return saved;
    }

    @Transactional
    public void assignAdjuster(Claim claim) {
        Long adjuster = assignment.nextAvailable(claim);
        claim.setAdjusterUserId(adjuster);
        claim.setStatus(Claim.Status.TRIAGE);
        log.info("Claim {} assigned to adjusterUserId={}", claim.getId(), claim.getAdjusterUserId()); // trap: surrogate ids only
    }

    public void notifyClaimant(Claim claim) {
        log.info("Sending acknowledgement email to {}", claim.getClaimantEmail()); // expect: personal-data-in-log user.contact.email
    }
}
