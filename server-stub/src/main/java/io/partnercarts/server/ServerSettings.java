package io.partnercarts.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything the server can be told at start. {@code fixturesFile} null means the built-in fixtures;
 * port 0 means any free port; {@code idleTimeout} is how long a connection may send nothing before it
 * is closed (a slow or stalled sender included).
 */
public record ServerSettings(String host, int port, Path fixturesFile, Clock clock, Duration cartLifetime,
        Duration idleTimeout) {

    public static final ServerSettings DEFAULTS = new ServerSettings(
            "127.0.0.1", 8080, null, Clock.systemUTC(), Duration.ofDays(7), Duration.ofSeconds(30));

    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, fixturesFile, clock, cartLifetime, idleTimeout);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, fixturesFile, clock, cartLifetime, idleTimeout);
    }

    public ServerSettings withFixturesFile(Path newFixturesFile) {
        return new ServerSettings(host, port, newFixturesFile, clock, cartLifetime, idleTimeout);
    }

    public ServerSettings withClock(Clock newClock) {
        return new ServerSettings(host, port, fixturesFile, newClock, cartLifetime, idleTimeout);
    }

    public ServerSettings withCartLifetime(Duration newCartLifetime) {
        return new ServerSettings(host, port, fixturesFile, clock, newCartLifetime, idleTimeout);
    }

    public ServerSettings withIdleTimeout(Duration newIdleTimeout) {
        return new ServerSettings(host, port, fixturesFile, clock, cartLifetime, newIdleTimeout);
    }
}
