package io.examday.harness.threshold;

/** A threshold file that cannot be trusted; the message names the file, the line and the field. */
public final class ThresholdFileException extends RuntimeException {

    public ThresholdFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
