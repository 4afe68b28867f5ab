package io.partnercarts.contract.hostile;

import io.partnercarts.contract.ContractSetting;
import io.partnercarts.contract.ContractTarget;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * How much hostile input a run sends and in what order, from system properties: {@code hostile.requests}
 * in all (each test sends its percentage), {@code hostile.seed} for every random choice (fixed by default,
 * so that a run can be repeated), and {@code hostile.seconds}, after which the remaining cases are drawn
 * but not sent. Each test sends one case of every swept kind first, in an order drawn from the seed so that
 * a budget too small for all of them still covers a bit of everything, then cases of kinds picked at
 * random; it fails at the end with every kind of case that broke a rule ({@link Findings}).
 */
final class HostileRun {
    private static final int DEFAULT_REQUESTS = 2000;
    private static final long DEFAULT_SEED = 20240806L;
    private static final int DEFAULT_SECONDS = 90;
    private static final AtomicInteger NOT_SENT = new AtomicInteger();

    private final int requests;
    private final long seed;
    private final Duration time;
    private final CaseJudge judge;
    private long deadline;

    private HostileRun(int requests, long seed, Duration time, CaseJudge judge) {
        this.requests = requests;
        this.seed = seed;
        this.time = time;
        this.judge = judge;
    }

    static HostileRun fromSystemProperties(ContractTarget target) {
        return new HostileRun(
                Integer.parseInt(setting(ContractSetting.HOSTILE_REQUESTS, String.valueOf(DEFAULT_REQUESTS))),
                Long.parseLong(setting(ContractSetting.HOSTILE_SEED, String.valueOf(DEFAULT_SEED))),
                Duration.ofSeconds(
                        Long.parseLong(setting(ContractSetting.HOSTILE_SECONDS, String.valueOf(DEFAULT_SECONDS)))),
                new CaseJudge(target));
    }

    /**
     * Sends {@code percent} of the run's requests (at least one), each a case drawn from one of the kinds
     * and made a request by {@code toCase}; the draw is seeded with the run's seed and the test's name.
     */
    <T> void send(String test, int percent, List<CaseKind<T>> kinds, Function<T, HostileCase> toCase) {
        startClock();
        Draw draw = new Draw(seed ^ test.hashCode());
        List<CaseKind<T>> everySweptKind =
                draw.shuffled(kinds.stream().filter(CaseKind::swept).toList());
        Findings findings = new Findings(test);
        int share = Math.max(1, requests * percent / 100);
        System.out.printf(
                "hostile-input: %s: %d requests, %d kinds of case, %d swept%n",
                test, share, kinds.size(), everySweptKind.size());
        for (int i = 0; i < share; i++) {
            CaseKind<T> kind = i < everySweptKind.size() ? everySweptKind.get(i) : draw.oneOf(kinds);
            HostileCase hostile = toCase.apply(kind.draw().apply(draw));
            if (timeIsUp()) {
                NOT_SENT.incrementAndGet();
            } else {
                findings.add(hostile, judge.judge(hostile));
            }
        }
        findings.assertNone();
    }

    /** A line for the log when the time budget ran out before the request budget. */
    static Optional<String> notSentNote() {
        int notSent = NOT_SENT.get();
        return notSent == 0
                ? Optional.empty()
                : Optional.of(String.format(
                        "hostile-input: the time budget of %s s ran out; %d drawn cases were not sent",
                        setting(ContractSetting.HOSTILE_SECONDS, String.valueOf(DEFAULT_SECONDS)), notSent));
    }

    /** The time budget covers every test of the run: it starts with the first. */
    private synchronized void startClock() {
        if (deadline == 0) {
            deadline = System.nanoTime() + time.toNanos();
        }
    }

    private boolean timeIsUp() {
        return System.nanoTime() - deadline > 0;
    }

    private static String setting(ContractSetting setting, String fallback) {
        return setting.value().orElse(fallback);
    }
}
