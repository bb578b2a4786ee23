package io.examday.portal.ops;

import java.security.SecureRandom;

/**
 * A password nobody knows until it is printed: 16 characters drawn by SecureRandom from an alphabet without the
 * look-alikes (0/O, 1/l/I), so it can be read off a log and typed. 31^16 is about 79 bits.
 */
final class RandomPassword {

    static final int LENGTH = 16;
    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomPassword() {
    }

    static String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
