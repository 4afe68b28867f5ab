package io.partnercarts.contract.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * One kind of hostile case (a property and what is done to it, say) and the values of that kind.
 * {@code swept} kinds are each sent once at the start of their property, so that every run covers them;
 * the rest of the property's tries pick kinds at random, swept or not.
 */
record CaseKind<T>(Arbitrary<T> values, boolean swept) {

    static <T> CaseKind<T> swept(Arbitrary<T> values) {
        return new CaseKind<>(values, true);
    }

    /** A kind of case about one property: swept unless the service ignores the property anyway. */
    static <T> CaseKind<T> forField(SchemaField field, Arbitrary<T> values) {
        return new CaseKind<>(values, !field.serviceSet());
    }

    /**
     * One value of every swept kind first, then values of kinds picked at random. The first values are
     * jqwik's edge cases of the arbitrary, which {@link BudgetedProperty} has generated first; they are
     * drawn from the run's seed, so a run repeats them, and shuffled, so that a budget too small for all of
     * them still covers a bit of everything.
     */
    @SuppressWarnings("unchecked")
    static <T> Arbitrary<T> everyKindFirst(List<CaseKind<T>> kinds) {
        Random random = new Random(Long.parseLong(HostileBudget.seed()));
        List<T> firsts = new ArrayList<>();
        kinds.stream().filter(CaseKind::swept)
                .forEach(kind -> firsts.add(kind.values().generator(1_000).next(random).value()));
        Collections.shuffle(firsts, random);
        // Not config.none(): in jqwik 1.10.1 it leaves an immutable list that add() then fails on.
        return Arbitraries.of(kinds).flatMap(CaseKind::values)
                .edgeCases(config -> config.filter(defaultEdgeCase -> false).add((T[]) firsts.toArray()));
    }
}
