package io.brightpay.core.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CustomerOnboardingService {

    private static final Logger logger = LoggerFactory.getLogger(CustomerOnboardingService.class);

    public record SignupRequest(
            @NotBlank String fullName, // expect: personal-data-field user.name
            @Email @NotBlank String email, // expect: personal-data-field user.contact.email
            @Pattern(regexp = "^[0-9]{12}$") String aadhaarNumber, // expect: sensitive-personal-data-field user.government_id.national_identification_number.in_aadhaar
            @Pattern(regexp = "^[A-Z]{5}[0-9]{4}[A-Z]$") String panNumber, // expect: sensitive-personal-data-field user.government_id.tax_id.in_pan
            @NotBlank String password, // expect: personal-data-field user.authorization.password
            String referralCode) {
    }

    public record BranchDetails(
            String branchName, // trap: a bank branch's name, an organisation
            String ifscCode, // trap: identifies the branch, not a customer
            String branchAddress) { // trap: the branch's street address, an organisation
    }

    private final CustomerRepository customers;
    private final PasswordEncoder encoder;

    public CustomerOnboardingService(CustomerRepository customers, PasswordEncoder encoder) {
        this.customers = customers;
        this.encoder = encoder;
    }

    @Transactional
    public UUID signUp(SignupRequest request) {
        logger.info("Signup attempt: {}", request); // expect: personal-data-in-log user
        if (customers.existsByEmailAddress(request.email())) {
            logger.warn("Duplicate signup for {}", request.email()); // expect: personal-data-in-log user.contact.email
            throw new IllegalStateException("already registered");
        }
        UUID id = customers.create(request.fullName(), request.email(), request.aadhaarNumber(), encoder.encode(request.password()));
        logger.debug("Created customer {} with Aadhaar {}", id, request.aadhaarNumber()); // expect: personal-data-in-log user.government_id.national_identification_number.in_aadhaar
        return id;
    }

    public void reverify(CustomerEntity customer) {
        logger.info("Re-verifying {}", customer.getMobileNumber()); // expect: personal-data-in-log user.contact.phone_number
        logger.info("Re-verification started for customer {}", customer.getId());
    }

    interface CustomerRepository {
        boolean existsByEmailAddress(String email);
        UUID create(String fullName, String email, String aadhaar, String passwordHash);
    }

    interface PasswordEncoder {
        String encode(CharSequence raw);
    }
}
