package io.partnercarts.server.catalog;

/** A fixtures file that cannot be used; the message is one line that says which file and what is wrong. */
public final class FixturesException extends RuntimeException {

    public FixturesException(String message) {
        super(message);
    }

    public FixturesException(String message, Throwable cause) {
        super(message, cause);
    }
}
