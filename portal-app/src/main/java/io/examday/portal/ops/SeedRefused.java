package io.examday.portal.ops;

/** The seed stops rather than destroy data it was not told to (run it again with --reset). */
class SeedRefused extends RuntimeException {

    SeedRefused(String message) {
        super(message, null, false, false);
    }
}
