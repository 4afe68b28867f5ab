package io.partnercarts.contract.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnercarts.contract.ContractTarget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends a hostile case and judges the answer: the rules of every answer ({@link AnswerRules}, counted in
 * {@link HostileTally}), the outcome the case expects, and for a success the contract and the case's own
 * checks. What is wrong goes to the running property's {@link Findings}.
 */
final class CaseJudge {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireClient client;
    private final ContractAnswers contract;

    CaseJudge(ContractTarget target) {
        this.client = new WireClient(target);
        this.contract = new ContractAnswers(client, target.baseUri().getPath());
    }

    void judge(HostileCase hostile) {
        if (HostileBudget.timeIsUp()) {
            HostileBudget.skip();
            return;
        }
        Findings findings = Findings.current();
        WireAnswer answer;
        try {
            answer = client.send(hostile.request());
        } catch (WireClient.NoAnswer e) {
            HostileTally.hang(e.getMessage());
            findings.failed(hostile, List.of("hang: " + e.getMessage()));
            return;
        }
        List<String> violations = hostile.idsEchoed()
                ? AnswerRules.violations(answer, hostile.request().requestId(), hostile.request().correlationId())
                : AnswerRules.violations(answer);
        HostileTally.record(answer, violations);

        List<String> problems = new ArrayList<>(violations);
        Optional<JsonNode> body = json(answer);
        hostile.expected().mismatch(answer, body).ifPresent(problems::add);
        if (answer.successful()) {
            problems.addAll(contract.problems(hostile.request(), answer));
            body.ifPresent(json -> hostile.checks()
                    .forEach(check -> check.problem(answer, json).ifPresent(problems::add)));
        }
        if (problems.isEmpty()) {
            findings.passed();
        } else {
            findings.failed(hostile, problems);
        }
    }

    private static Optional<JsonNode> json(WireAnswer answer) {
        try {
            return answer.body().length == 0 ? Optional.empty() : Optional.of(JSON.readTree(answer.body()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
