package io.partnercarts.server.core;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Unpredictable ids, made without a lock shared by all threads: {@link UUID#randomUUID()} and a shared
 * {@code SecureRandom} read the operating system's generator under one lock, which every request thread
 * then queues for. Each thread has its own generator (the JDK's DRBG), seeded once from the system.
 */
public final class RandomIds {
    private static final ThreadLocal<SecureRandom> GENERATORS = ThreadLocal.withInitial(RandomIds::newGenerator);

    private RandomIds() {}

    /** A version-4 (random) UUID, as {@link UUID#randomUUID()} makes them. */
    public static UUID uuid() {
        SecureRandom random = GENERATORS.get();
        long high = random.nextLong();
        long low = random.nextLong();
        high = (high & ~0xF000L) | 0x4000L; // version 4
        low = (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // IETF variant
        return new UUID(high, low);
    }

    /** This thread's generator, for ids of other shapes. */
    public static SecureRandom generator() {
        return GENERATORS.get();
    }

    private static SecureRandom newGenerator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no DRBG SecureRandom.", e);
        }
    }
}
