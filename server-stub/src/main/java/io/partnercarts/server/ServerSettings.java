package io.partnercarts.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything the server can be told at start. {@code fixturesFile} null means the built-in fixtures;
 * port 0 means any free port.
 */
public record ServerSettings(String host, int port, Path fixturesFile, Clock clock, Duration cartLifetime) {

    public static final ServerSettings DEFAULTS =
            new ServerSettings("127.0.0.1", 8080, null, Clock.systemUTC(), Duration.ofDays(7));

    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, fixturesFile, clock, cartLifetime);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, fixturesFile, clock, cartLifetime);
    }

    public ServerSettings withFixturesFile(Path newFixturesFile) {
        return new ServerSettings(host, port, newFixturesFile, clock, cartLifetime);
    }

    public ServerSettings withClock(Clock newClock) {
        return new ServerSettings(host, port, fixturesFile, newClock, cartLifetime);
    }

    public ServerSettings withCartLifetime(Duration newCartLifetime) {
        return new ServerSettings(host, port, fixturesFile, clock, newCartLifetime);
    }
}
