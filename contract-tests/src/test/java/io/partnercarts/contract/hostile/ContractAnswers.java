package io.partnercarts.contract.hostile;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.partnercarts.contract.ContractValidation;
import java.util.List;

/** A successful answer against the packaged contract, with the validator the conformance suite uses. */
final class ContractAnswers {
    private final ContractValidation validation;
    private final WireClient client;

    ContractAnswers(WireClient client, String apiRootPath) {
        this.client = client;
        this.validation = new ContractValidation(apiRootPath);
    }

    List<String> problems(HostileRequest request, WireAnswer answer) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status()).withBody(answer.bodyText());
        answer.headers().forEach(response::withHeader);
        ValidationReport report = validation.validateResponse(client.uriOf(request).getPath(),
                Request.Method.valueOf(request.method()), response.build());
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> "contract: " + message.getMessage())
                .toList();
    }
}
