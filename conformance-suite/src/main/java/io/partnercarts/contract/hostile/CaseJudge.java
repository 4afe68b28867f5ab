package io.partnercarts.contract.hostile;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnercarts.contract.ContractTarget;
import io.partnercarts.contract.ContractValidation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends a hostile case and judges the answer: the rules of every answer ({@link AnswerRules}, counted in
 * {@link HostileTally}), the outcome the case expects, for a success the contract (the validator the
 * conformance suite uses), and the case's own checks.
 */
final class CaseJudge {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireClient client;
    private final ContractValidation contract;

    CaseJudge(ContractTarget target) {
        this.client = new WireClient(target);
        this.contract = new ContractValidation(target.baseUri().getPath());
    }

    /** What is wrong with the answer to the case; empty when nothing is. */
    List<String> judge(HostileCase hostile) {
        WireClient.Sent sent;
        try {
            sent = client.send(hostile.request());
        } catch (WireClient.NoAnswer e) {
            HostileTally.hang(e.getMessage());
            return List.of("hang: " + e.getMessage());
        }
        WireAnswer answer = sent.answer();
        List<String> problems = new ArrayList<>();
        sent.closedAfter()
                .ifPresent(culprit -> problems.add("closed connection: the server closed the kept-alive "
                        + "connection after answering " + culprit
                        + " without Connection: close; this request, sent on it "
                        + "next, got no answer there and was sent again on a new one"));
        List<String> violations = hostile.idsEchoed()
                ? AnswerRules.violations(
                        answer, hostile.request().requestId(), hostile.request().correlationId())
                : AnswerRules.violations(answer);
        HostileTally.record(answer, violations);

        problems.addAll(violations);
        Optional<JsonNode> body = json(answer);
        hostile.expected().mismatch(answer, body).ifPresent(problems::add);
        if (answer.successful()) {
            problems.addAll(contractProblems(hostile.request(), answer));
        }
        body.ifPresent(json ->
                hostile.checks().forEach(check -> check.problem(answer, json).ifPresent(problems::add)));
        return problems;
    }

    private List<String> contractProblems(HostileRequest request, WireAnswer answer) {
        SimpleResponse.Builder response =
                SimpleResponse.Builder.status(answer.status()).withBody(answer.bodyText());
        answer.headers().forEach(response::withHeader);
        ValidationReport report = contract.validateResponse(
                client.uriOf(request).getPath(), Request.Method.valueOf(request.method()), response.build());
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> "contract: " + message.getMessage())
                .toList();
    }

    private static Optional<JsonNode> json(WireAnswer answer) {
        try {
            return answer.body().length == 0 ? Optional.empty() : Optional.of(JSON.readTree(answer.body()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
