package io.partnercarts.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** info.version of the document and the Maven version cannot drift apart. */
class ContractVersionTest {

    @Test
    void theContractHasTheMavenVersion() {
        String maven = System.getProperty("maven.version.of.contract");
        assertThat(maven)
                .as("system property maven.version.of.contract (set by api-spec/pom.xml)")
                .isNotBlank();
        String contract = Contract.openApi().getInfo().getVersion();

        assertThat(VersionAgreement.disagreement(contract, maven))
                .as("info.version %s vs Maven %s", contract, maven)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} agrees with {1}")
    @CsvSource({"1.0.0, 1.0.0-SNAPSHOT", "1.0.0, 1.0.0", "2.1.3, 2.1.3-SNAPSHOT"})
    void theSameReleaseAgrees(String contract, String maven) {
        assertThat(VersionAgreement.disagreement(contract, maven)).isEmpty();
    }

    @ParameterizedTest(name = "{0} disagrees with {1}")
    @CsvSource({
        "1.1.0, 1.0.0-SNAPSHOT",
        "2.0.0, 1.0.0-SNAPSHOT",
        "1.0.0, 1.0.1-SNAPSHOT",
        "1.0.0-SNAPSHOT, 1.0.0-SNAPSHOT"
    })
    void anotherReleaseDisagrees(String contract, String maven) {
        assertThat(VersionAgreement.disagreement(contract, maven))
                .get()
                .asString()
                .contains("info.version of the contract is " + contract)
                .contains("the Maven version is " + maven)
                .contains("Fix:");
    }
}
