package uk.co.wellcare.rx.security;

import java.security.SecureRandom;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.lang3.RandomStringUtils;

/** Codes patients type at the collection lockers, and temporary passwords for new staff. */
public final class CollectionCodes {

    private static final Random RANDOM = new Random();
    private static final SecureRandom SECURE_RANDOM = new SecureRandom();

    private CollectionCodes() {
    }

    public static String lockerCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000)); // expect: insecure-randomness
    }

    public static String passwordResetToken() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong()) + Long.toHexString(ThreadLocalRandom.current().nextLong()); // expect: insecure-randomness
    }

    public static String temporaryStaffPassword() {
        return RandomStringUtils.insecure().nextAlphanumeric(12); // expect: insecure-randomness
    }

    public static String kioskPairingCode() {
        return String.format("%08d", SECURE_RANDOM.nextInt(100_000_000)); // trap: SecureRandom is a CSPRNG
    }

    public static List<String> rotaOrder(List<String> pharmacistInitials) {
        Collections.shuffle(pharmacistInitials, RANDOM); // trap: order of the weekend rota, not a secret
        return pharmacistInitials;
    }
}
