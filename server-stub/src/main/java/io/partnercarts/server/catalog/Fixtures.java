package io.partnercarts.server.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The customers, offers and partner user that a sandbox serves, read from a JSON fixtures file. */
public final class Fixtures {
    private static final String BUILT_IN = "/fixtures/default-fixtures.json";

    private final Catalog catalog;
    private final Customers customers;
    private final String partnerUser;

    Fixtures(Catalog catalog, Customers customers, String partnerUser) {
        this.catalog = catalog;
        this.customers = customers;
        this.partnerUser = partnerUser;
    }

    /** The fixtures that ship with the server. */
    public static Fixtures builtIn() {
        return BuiltIn.FIXTURES;
    }

    /**
     * The JSON Schema of a fixtures file, {@code fixtures.schema.json}: the one description of the format, which
     * {@link #load} holds a file to and an editor can check a file against as it is typed.
     */
    public static String schema() {
        return FixturesSchema.text();
    }

    /** Reads a fixtures file, refusing it with a one-line {@link FixturesException} when it cannot be used. */
    public static Fixtures load(Path file) {
        if (!Files.exists(file)) {
            throw new FixturesException("Fixtures file " + file + " does not exist.");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new FixturesException("Fixtures file " + file + " is not a readable file.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return FixturesReader.read(in, "Fixtures file " + file);
        } catch (IOException e) {
            throw new FixturesException("Fixtures file " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    public Customers customers() {
        return customers;
    }

    /** The user recorded as {@code lastModifiedUser} of every cart. */
    public String partnerUser() {
        return partnerUser;
    }

    /** Loaded on first use and shared: fixtures are immutable. */
    private static final class BuiltIn {
        static final Fixtures FIXTURES = read();

        private static Fixtures read() {
            String source = "Built-in fixtures " + BUILT_IN;
            try (InputStream in = Fixtures.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new FixturesException(source + " are missing from the classpath.");
                }
                return FixturesReader.read(in, source);
            } catch (IOException e) {
                throw new FixturesException(source + " could not be read: " + e.getMessage(), e);
            }
        }
    }
}
