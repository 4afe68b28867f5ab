package io.partnercarts.contract.hostile;

import java.util.List;

/** TEMPORARY stand-in, replaced by the fuzz branch's tally. */
public final class HostileTally {
    private HostileTally() {
    }

    public static void record(WireAnswer answer, List<String> violations) {
    }

    public static void hang(String what) {
    }
}
