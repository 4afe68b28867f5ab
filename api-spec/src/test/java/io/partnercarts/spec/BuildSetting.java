package io.partnercarts.spec;

import java.nio.file.Path;

/** Paths the build hands to the tests as system properties (see the surefire configuration of api-spec/pom.xml). */
final class BuildSetting {
    private BuildSetting() {}

    static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property
                    + " is not set: run the tests through Maven (mvn -pl api-spec verify)");
        }
        return Path.of(value);
    }
}
