package io.partnercarts.contract.hostile;

import java.util.function.Function;

/**
 * One kind of hostile case (a property and what is done to it, say) and how to draw a case of it.
 * {@code swept} kinds are each sent once at the start of their test, so that every run covers them; the
 * rest of the test's requests pick kinds at random, swept or not ({@link HostileRun}).
 */
record CaseKind<T>(boolean swept, Function<Draw, T> draw) {

    static <T> CaseKind<T> swept(Function<Draw, T> draw) {
        return new CaseKind<>(true, draw);
    }

    /** A swept kind with one case only. */
    static <T> CaseKind<T> single(T only) {
        return swept(draw -> only);
    }

    /** A kind of case about one property: swept unless the service ignores the property anyway. */
    static <T> CaseKind<T> forField(SchemaField field, Function<Draw, T> draw) {
        return new CaseKind<>(!field.serviceSet(), draw);
    }
}
