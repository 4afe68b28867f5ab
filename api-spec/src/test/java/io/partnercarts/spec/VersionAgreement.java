package io.partnercarts.spec;

import java.util.Optional;

/** The contract's {@code info.version} and the Maven version name the same release; -SNAPSHOT aside. */
final class VersionAgreement {
    private static final String SNAPSHOT = "-SNAPSHOT";

    private VersionAgreement() {}

    static Optional<String> disagreement(String contractVersion, String mavenVersion) {
        String release = mavenVersion.endsWith(SNAPSHOT)
                ? mavenVersion.substring(0, mavenVersion.length() - SNAPSHOT.length())
                : mavenVersion;
        if (release.equals(contractVersion)) {
            return Optional.empty();
        }
        return Optional.of("info.version of the contract is " + contractVersion + " but the Maven version is "
                + mavenVersion + ". Fix: set both to the same release (info.version: " + release
                + ", or <version>" + contractVersion + SNAPSHOT + "</version> in every pom.xml).");
    }
}
