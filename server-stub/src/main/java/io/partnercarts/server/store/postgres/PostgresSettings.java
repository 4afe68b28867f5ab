package io.partnercarts.server.store.postgres;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * How to reach the database: a {@code jdbc:postgresql:} URL, and a user and password unless the URL holds
 * them (null: not given; given here they win over the URL's); at most {@code poolSize} connections; the
 * lease of a hold ({@code checkoutLease}). {@link #toString} and {@link #redactedUrl} never show a password.
 */
public record PostgresSettings(String url, String user, String password, int poolSize, Duration checkoutLease) {
    private static final String PREFIX = "jdbc:postgresql:";

    public PostgresSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(checkoutLease, "checkoutLease");
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException(
                    "The database URL must start with " + PREFIX + "// (PostgreSQL), not " + redact(url, false) + ".");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException(
                    "The database pool needs at least one connection, not " + poolSize + ".");
        }
        if (checkoutLease.isNegative() || checkoutLease.isZero()) {
            throw new IllegalArgumentException("The checkout lease must be positive, not " + checkoutLease + ".");
        }
    }

    /**
     * The URL without its query parameters whose names contain "password" ({@code password},
     * {@code sslpassword}): what the connection pool is given, what messages and logs name.
     */
    public String redactedUrl() {
        return redact(url, false);
    }

    /**
     * The URL the connection pool is given: {@link #redactedUrl}, also without its {@code user} when this
     * names one (a URL's parameters would win over the pool's user).
     */
    String connectionUrl() {
        return redact(url, user != null);
    }

    /** The URL's parameters whose names contain "password", which {@link #redactedUrl} leaves out. */
    Map<String, String> secretParameters() {
        Map<String, String> secrets = new LinkedHashMap<>();
        int query = url.indexOf('?');
        if (query < 0) {
            return secrets;
        }
        for (String parameter : url.substring(query + 1).split("&")) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (isSecret(name)) {
                secrets.put(decode(name), equals < 0 ? "" : decode(parameter.substring(equals + 1)));
            }
        }
        return secrets;
    }

    private static String redact(String text, boolean dropUser) {
        int query = text.indexOf('?');
        if (query < 0) {
            return text;
        }
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : text.substring(query + 1).split("&")) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (!parameter.isEmpty() && !isSecret(name) && !(dropUser && "user".equals(decode(name)))) {
                kept.add(parameter);
            }
        }
        String base = text.substring(0, query);
        return kept.length() == 0 ? base : base + "?" + kept;
    }

    private static boolean isSecret(String name) {
        return decode(name).toLowerCase(Locale.ROOT).contains("password");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    @Override
    public String toString() {
        return "PostgresSettings[url=" + redactedUrl() + ", user=" + user + ", password="
                + (password == null ? null : "(hidden)") + ", poolSize=" + poolSize + ", checkoutLease="
                + checkoutLease + "]";
    }
}
