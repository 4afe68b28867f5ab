package io.partnercarts.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything the server can be told at start. {@code fixturesFile} null means the built-in fixtures;
 * port 0 means any free port; {@code idleTimeout} is how long a connection may send nothing before it
 * is closed (a slow or stalled sender included); {@code accessLog} writes a line per request to
 * standard output.
 */
public record ServerSettings(String host, int port, Path fixturesFile, Clock clock, Duration cartLifetime,
        Duration idleTimeout, boolean accessLog) {

    public static final ServerSettings DEFAULTS = new ServerSettings(
            "127.0.0.1", 8080, null, Clock.systemUTC(), Duration.ofDays(7), Duration.ofSeconds(30), true);

    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, fixturesFile, clock, cartLifetime, idleTimeout, accessLog);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, fixturesFile, clock, cartLifetime, idleTimeout, accessLog);
    }

    public ServerSettings withFixturesFile(Path newFixturesFile) {
        return new ServerSettings(host, port, newFixturesFile, clock, cartLifetime, idleTimeout, accessLog);
    }

    public ServerSettings withClock(Clock newClock) {
        return new ServerSettings(host, port, fixturesFile, newClock, cartLifetime, idleTimeout, accessLog);
    }

    public ServerSettings withCartLifetime(Duration newCartLifetime) {
        return new ServerSettings(host, port, fixturesFile, clock, newCartLifetime, idleTimeout, accessLog);
    }

    public ServerSettings withIdleTimeout(Duration newIdleTimeout) {
        return new ServerSettings(host, port, fixturesFile, clock, cartLifetime, newIdleTimeout, accessLog);
    }

    public ServerSettings withAccessLog(boolean newAccessLog) {
        return new ServerSettings(host, port, fixturesFile, clock, cartLifetime, idleTimeout, newAccessLog);
    }
}
