package uk.co.wellcare.rx.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

@Component
public class CredentialHashing {

    private final PasswordEncoder patientEncoder = new BCryptPasswordEncoder(12); // trap: bcrypt with strength 12
    private final PasswordEncoder pharmacistEncoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(); // trap: argon2 with Spring Security's current defaults

    public String hashPatientPassword(String rawPassword) {
        return patientEncoder.encode(rawPassword);
    }

    public String hashPharmacistPassword(String rawPassword) {
        return pharmacistEncoder.encode(rawPassword);
    }

    /** Passwords imported from the old dispensing system are unsalted SHA-1 hex digests. */
    public String legacyDigest(String rawPassword) throws NoSuchAlgorithmException {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        return HexFormat.of().formatHex(sha1.digest(rawPassword.getBytes(StandardCharsets.UTF_8))); // expect: weak-password-hash
    }

    /** Dispensary terminals unlock with a 6-digit PIN per pharmacist. */
    public String terminalPinDigest(String pin, String branchSalt) throws NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(branchSalt.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest(pin.getBytes(StandardCharsets.UTF_8))); // expect: weak-password-hash
    }

    /** Agency locums get a one-day password the agency phones through. */
    public boolean matchesLocumPassword(LocumAccount locum, String enteredPassword) {
        return locum.getDayPassword().equals(enteredPassword); // expect: weak-password-hash
    }

    public interface LocumAccount {
        String getDayPassword();
    }
}
