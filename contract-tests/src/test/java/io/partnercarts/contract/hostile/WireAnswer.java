package io.partnercarts.contract.hostile;

import java.util.List;
import java.util.Map;

/** One answer as seen on the wire; header names are lower-case. */
public record WireAnswer(int status, Map<String, List<String>> headers, byte[] body) {
}
