package io.neobank.ledger.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** One-time codes for payments and invite links for joint accounts. */
public final class OneTimeCodes {

    private static final SecureRandom SECURE_RANDOM = new SecureRandom();

    private OneTimeCodes() {
    }

    public static String paymentConfirmationCode() {
        Random random = new Random(System.nanoTime());
        return String.format("%06d", random.nextInt(1_000_000)); // expect: insecure-randomness
    }

    public static String jointAccountInviteId() {
        return Long.toString((long) (Math.random() * Long.MAX_VALUE), 36); // expect: insecure-randomness
    }

    public static String cardActivationCode() {
        return String.format("%06d", SECURE_RANDOM.nextInt(1_000_000)); // trap: SecureRandom is a CSPRNG
    }

    public static String sessionId() {
        return UUID.randomUUID().toString(); // trap: a version-4 UUID comes from SecureRandom
    }

    public static Duration retryBackoff(int attempt) {
        return Duration.ofMillis((1L << attempt) * 100 + ThreadLocalRandom.current().nextInt(50)); // trap: jitter for retries, not a secret
    }
}
