package io.partnercarts.contract.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP answer as it came off the wire, whatever client or socket read it: the status, the headers
 * (names lower-case, values in the order received) and the body bytes.
 */
public record WireAnswer(int status, Map<String, List<String>> headers, byte[] body) {

    public WireAnswer {
        Map<String, List<String>> lowerCase = new LinkedHashMap<>();
        headers.forEach((name, values) -> lowerCase
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                .addAll(values));
        lowerCase.replaceAll((name, values) -> List.copyOf(values));
        headers = Map.copyOf(lowerCase);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header, by a name in any case. */
    public Optional<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream()
                .findFirst();
    }

    /** The body read as UTF-8, the only encoding the API answers in. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    /** Status and the start of the body, for a failure message. */
    public String brief() {
        String text = bodyText();
        return status + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }
}
