package io.partnercarts.contract.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** TEMPORARY stand-in, replaced by the fuzz branch's rules. */
public final class AnswerRules {
    private AnswerRules() {
    }

    public static List<String> headViolations(WireAnswer answer) {
        return List.of();
    }

    public static List<String> violations(WireAnswer answer) {
        List<String> problems = new ArrayList<>();
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        String type = String.valueOf(answer.headers().get("content-type"));
        if (answer.status() >= 300 && !(type.contains("application/json") && body.contains("\"code\":"))) {
            problems.add("not an ApiFault: " + type + " " + body);
        }
        if (answer.status() >= 500 && answer.status() != 505 && answer.status() != 501) {
            problems.add("5xx");
        }
        String lower = (answer.headers() + body).toLowerCase();
        for (String leak : List.of("exception", "grizzly", "jetty", "<html", "java.")) {
            if (lower.contains(leak)) {
                problems.add("leak " + leak);
            }
        }
        return problems;
    }
}
