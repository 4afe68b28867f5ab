package io.partnercarts.contract;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where the in-process server keeps its carts, chosen with {@code -Dcontract.store}: each value is one
 * surefire execution of this module (README, "The conformance suite"; docs/postgresql-cluster.md).
 */
public enum ContractStore {
    /** One server, carts in its memory: the default. */
    MEMORY("memory"),
    /** One server on a throwaway PostgreSQL (LocalPostgres) started by the test JVM. */
    POSTGRES("postgres"),
    /**
     * Two servers on one database of a throwaway PostgreSQL, behind nginx round-robin on loopback: consecutive
     * requests of a test land on different instances.
     */
    POSTGRES_PAIR("postgres-pair");

    private final String property;

    ContractStore(String property) {
        this.property = property;
    }

    /** The value of {@code -Dcontract.store} that selects this. */
    public String property() {
        return property;
    }

    static ContractStore of(String property) {
        return Arrays.stream(values())
                .filter(store -> store.property.equals(property.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("-Dcontract.store=" + property + " is none of "
                        + Arrays.stream(values()).map(ContractStore::property).collect(Collectors.joining(", "))));
    }
}
