package io.partnercarts.contract.hostile;

import java.util.List;

/**
 * One hostile request and what it must get: the outcome, the checks of its own, and whether
 * the request's MS-RequestId and MS-CorrelationId must come back.
 */
record HostileCase(
        String kind,
        String detail,
        HostileRequest request,
        Outcome expected,
        List<AnswerCheck> checks,
        boolean idsEchoed) {

    HostileCase {
        checks = List.copyOf(checks);
    }

    static HostileCase of(String kind, String detail, HostileRequest request, Outcome expected) {
        return new HostileCase(kind, detail, request, expected, List.of(), true);
    }

    /** The body sent with the request. */
    static HostileCase of(HostileBody body, HostileRequest request) {
        return new HostileCase(body.kind(), body.detail(), request, body.expected(), body.checks(), true);
    }

    HostileCase withCheck(AnswerCheck check) {
        List<AnswerCheck> more = new java.util.ArrayList<>(checks);
        more.add(check);
        return new HostileCase(kind, detail, request, expected, more, idsEchoed);
    }

    /** A case whose answer need not echo the ids (the server may refuse the header block that held them). */
    HostileCase withoutIdEcho() {
        return new HostileCase(kind, detail, request, expected, checks, false);
    }
}
