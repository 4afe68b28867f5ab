package io.partnercarts.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.schema.ChangedMaxItems;
import org.openapitools.openapidiff.core.model.schema.ChangedMaxLength;
import org.openapitools.openapidiff.core.model.schema.ChangedMaxProperties;
import org.openapitools.openapidiff.core.model.schema.ChangedNumericRange;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares the contract with the last released one (openapi-diff): an incompatible change passes only
 * when {@code info.version}'s major number was raised. The verdict carries a Markdown changelog.
 *
 * <p>openapi-diff lets a property disappear (JSON readers tolerate a missing field) and an enum of a
 * response lose values; this project's clients are generated, so a removed property is a removed getter
 * and a removed value a removed constant: both count as incompatible too. openapi-diff also lets a new
 * {@code maxItems} on a request array pass, unlike a new {@code maxLength}: it counts as incompatible too.
 *
 * <p>One kind of incompatible change can be accepted without a new major version: a <em>new limit</em>
 * ({@code maxLength}, {@code maxItems}, {@code maxProperties}, {@code minimum}/{@code maximum}) on a schema
 * of {@code components} that the baseline left unbounded, listed with its exact value in
 * {@code baseline/X.Y.Z-accepted-limits.yaml} beside the baseline it applies to. Anything else (a limit
 * lowered, a limit not listed or with another value, a removed property, a type change, ...) still fails,
 * and so does a listed limit that no longer matches a change, so that the list stays true.
 */
final class BreakingChangeGate {
    private BreakingChangeGate() {}

    record Verdict(String baselineVersion, String currentVersion, boolean incompatible, String changelog) {

        boolean majorRaised() {
            return major(currentVersion) > major(baselineVersion);
        }

        boolean passes() {
            return !incompatible || majorRaised();
        }
    }

    /** Properties and enum values that the change removes, wherever their schemas are used. */
    record Removals(Set<String> properties, Set<String> enumValues) {

        static Removals of(ChangedOpenApi diff) {
            Removals removals = new Removals(new TreeSet<>(), new TreeSet<>());
            removals.collect(diff, Collections.newSetFromMap(new IdentityHashMap<>()));
            return removals;
        }

        boolean isEmpty() {
            return properties.isEmpty() && enumValues.isEmpty();
        }

        String asMarkdown() {
            return line("removed properties", properties) + line("removed enum values", enumValues);
        }

        private static String line(String what, Set<String> names) {
            return names.isEmpty()
                    ? ""
                    : "- " + what + " (incompatible): "
                            + names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", ")) + "\n";
        }

        private void collect(Changed changed, Set<Changed> seen) {
            if (changed == null || !seen.add(changed)) {
                return;
            }
            if (changed instanceof ChangedSchema schema) {
                properties.addAll(schema.getMissingProperties().keySet());
                if (schema.getEnumeration() != null) {
                    schema.getEnumeration().getMissing().forEach(value -> enumValues.add(String.valueOf(value)));
                }
            }
            if (changed instanceof ComposedChanged composed) {
                composed.getChangedElements().forEach(child -> collect(child, seen));
            }
        }
    }

    /**
     * New limits accepted without a new major version: schema location ({@code #/components/...}) to the
     * limits set there ({@code maxLength: 256}, {@code minimum: 1, maximum: 1000000}, ...).
     */
    record AcceptedLimits(String file, Map<String, Map<String, BigDecimal>> limits) {
        private static final Set<String> KINDS = Set.of("maxLength", "maxItems", "maxProperties", "minimum", "maximum");

        static AcceptedLimits none() {
            return new AcceptedLimits(null, Map.of());
        }

        /** {@code 1.0.0-accepted-limits.yaml} beside {@code 1.0.0.yaml}, or none when there is no such file. */
        static AcceptedLimits besides(Path baseline) {
            Path file = baseline.resolveSibling(
                    baseline.getFileName().toString().replaceFirst("\\.yaml$", "") + "-accepted-limits.yaml");
            if (!Files.exists(file)) {
                return none();
            }
            try {
                JsonNode root = new YAMLMapper().readTree(file.toFile());
                if (root == null
                        || !root.path("reason").isTextual()
                        || root.path("reason").asText().isBlank()) {
                    throw new IllegalStateException(file + " needs a `reason` for accepting its limits");
                }
                Map<String, Map<String, BigDecimal>> limits = new TreeMap<>();
                root.path("limits").properties().forEach(entry -> {
                    Map<String, BigDecimal> bounds = new TreeMap<>();
                    entry.getValue().properties().forEach(bound -> {
                        if (!KINDS.contains(bound.getKey()) || !bound.getValue().isNumber()) {
                            throw new IllegalStateException(file + ": " + entry.getKey() + " lists `" + bound.getKey()
                                    + "`; only new limits can be accepted: " + new TreeSet<>(KINDS) + " with a number");
                        }
                        bounds.put(bound.getKey(), bound.getValue().decimalValue());
                    });
                    limits.put(entry.getKey(), bounds);
                });
                return new AcceptedLimits(file.getFileName().toString(), limits);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * One incompatible change: what it is and where. {@code newLimit} is set when it is a new limit on a
     * schema the baseline left unbounded, the only kind a listed limit can accept.
     */
    record Incompatibility(String what, String where, Map<String, BigDecimal> newLimit) {

        String describe() {
            return (newLimit == null ? what : "new " + limits(newLimit)) + " at `" + where + "`";
        }

        static String limits(Map<String, BigDecimal> limits) {
            return limits.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue().toPlainString())
                    .collect(Collectors.joining(", "));
        }
    }

    /** The contract against the baseline, with the limits accepted beside the baseline. */
    static Verdict judge(Path baseline, Path current) {
        return judge(baseline, current, AcceptedLimits.besides(baseline));
    }

    static Verdict judge(Path baseline, Path current, AcceptedLimits accepted) {
        ChangedOpenApi diff = OpenApiCompare.fromLocations(
                baseline.toUri().toString(), current.toUri().toString());
        String baselineVersion = diff.getOldSpecOpenApi().getInfo().getVersion();
        String currentVersion = diff.getNewSpecOpenApi().getInfo().getVersion();
        Removals removals = Removals.of(diff);

        List<Incompatibility> found = Incompatibilities.of(diff);
        Set<String> acceptedHere = new TreeSet<>();
        Set<String> notAccepted = new TreeSet<>();
        Set<String> listedAndUsed = new TreeSet<>();
        for (Incompatibility change : found) {
            Map<String, BigDecimal> listed =
                    change.newLimit() == null ? null : accepted.limits().get(change.where());
            boolean matches = listed != null
                    && change.newLimit().entrySet().stream()
                            .allMatch(bound -> listed.containsKey(bound.getKey())
                                    && listed.get(bound.getKey()).compareTo(bound.getValue()) == 0);
            if (matches) {
                acceptedHere.add(change.describe());
                change.newLimit().keySet().forEach(kind -> listedAndUsed.add(change.where() + " " + kind));
            } else {
                notAccepted.add(change.describe());
            }
        }
        Set<String> unused = new TreeSet<>();
        accepted.limits()
                .forEach((where, bounds) -> bounds.forEach((kind, value) -> {
                    if (!listedAndUsed.contains(where + " " + kind)) {
                        unused.add(kind + " " + value.toPlainString() + " at `" + where + "`");
                    }
                }));
        // openapi-diff's own verdict is kept: if it sees a break that could not be located, that break counts.
        boolean unlocated = diff.isIncompatible() && found.isEmpty();

        boolean incompatible = !notAccepted.isEmpty() || !removals.isEmpty() || !unused.isEmpty() || unlocated;
        boolean majorRaised = major(currentVersion) > major(baselineVersion);
        String verdict = !incompatible
                ? "compatible with the baseline"
                        + (acceptedHere.isEmpty() ? "" : ", with the new limits accepted in `" + accepted.file() + "`")
                : majorRaised
                        ? "incompatible, allowed by the new major version"
                        : "INCOMPATIBLE: raise the major number of info.version, or undo the change";
        String header = "# Contract changes since " + baselineVersion + "\n\n"
                + "- baseline: `" + baseline.getFileName() + "` (" + baselineVersion + ")\n"
                + "- current: `info.version` " + currentVersion + "\n"
                + "- verdict: " + verdict + "\n"
                + removals.asMarkdown()
                + list("incompatible changes", notAccepted)
                + (unlocated
                        ? "- openapi-diff reports an incompatible change that the gate cannot locate (incompatible)\n"
                        : "")
                + list(
                        "listed in `" + accepted.file() + "` but not a change of this contract (remove them, or"
                                + " correct the value; incompatible)",
                        unused)
                + list("new limits accepted in `" + accepted.file() + "`", acceptedHere)
                + "\n";
        return new Verdict(baselineVersion, currentVersion, incompatible, header + markdown(diff));
    }

    private static String list(String what, Set<String> items) {
        return items.isEmpty()
                ? ""
                : "- " + what + ":\n"
                        + items.stream().map(item -> "  - " + item + "\n").collect(Collectors.joining());
    }

    /** Every incompatible change openapi-diff found, and the new request {@code maxItems} it lets pass. */
    private static final class Incompatibilities {
        private final Map<Schema<?>, String> locations = new IdentityHashMap<>();
        private final Set<Changed> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<String, Incompatibility> found = new LinkedHashMap<>();

        static List<Incompatibility> of(ChangedOpenApi diff) {
            Incompatibilities walk = new Incompatibilities();
            walk.index(diff.getNewSpecOpenApi());
            walk.collect(diff, null);
            return new ArrayList<>(walk.found.values());
        }

        private void collect(Changed changed, ChangedSchema schema) {
            if (changed == null || !seen.add(changed)) {
                return;
            }
            ChangedSchema owner = changed instanceof ChangedSchema here ? here : schema;
            if (changed instanceof ComposedChanged composed) {
                if (composed.isCoreChanged().isIncompatible()) {
                    add(new Incompatibility(kind(changed), where(owner), null));
                }
                composed.getChangedElements().forEach(child -> collect(child, owner));
                return;
            }
            Map<String, BigDecimal> newLimit = newLimit(changed);
            boolean newRequestMaxItems = changed instanceof ChangedMaxItems maxItems
                    && maxItems.getOldValue() == null
                    && maxItems.getNewValue() != null
                    && maxItems.getContext().isRequest();
            if (changed.isChanged().isIncompatible() || newRequestMaxItems) {
                String where = where(owner);
                add(new Incompatibility(kind(changed), where, where.startsWith("#/") ? newLimit : null));
            }
        }

        private void add(Incompatibility change) {
            found.putIfAbsent(change.describe(), change);
        }

        /** The limit a change sets where the baseline had none; null for anything else. */
        private static Map<String, BigDecimal> newLimit(Changed changed) {
            Map<String, BigDecimal> limit = new TreeMap<>();
            if (changed instanceof ChangedMaxLength c && c.getOldValue() == null && c.getNewValue() != null) {
                limit.put("maxLength", BigDecimal.valueOf(c.getNewValue()));
            } else if (changed instanceof ChangedMaxItems c && c.getOldValue() == null && c.getNewValue() != null) {
                limit.put("maxItems", BigDecimal.valueOf(c.getNewValue()));
            } else if (changed instanceof ChangedMaxProperties c
                    && c.getOldValue() == null
                    && c.getNewValue() != null) {
                limit.put("maxProperties", BigDecimal.valueOf(c.getNewValue()));
            } else if (changed instanceof ChangedNumericRange c
                    && c.getOldMinimumValue() == null
                    && c.getOldMaximumValue() == null
                    && !Boolean.TRUE.equals(c.getNewMinimumExclusiveValue())
                    && !Boolean.TRUE.equals(c.getNewMaximumExclusiveValue())) {
                if (c.getNewMinimumValue() != null) {
                    limit.put("minimum", c.getNewMinimumValue());
                }
                if (c.getNewMaximumValue() != null) {
                    limit.put("maximum", c.getNewMaximumValue());
                }
            }
            return limit.isEmpty() ? null : limit;
        }

        /** {@code ChangedMaxLength} becomes "maxLength changed". */
        private static String kind(Changed changed) {
            String name = changed.getClass().getSimpleName().replaceFirst("^Changed", "");
            return Character.toLowerCase(name.charAt(0)) + name.substring(1) + " changed";
        }

        private String where(ChangedSchema schema) {
            if (schema == null) {
                return "the operations (see the changes below)";
            }
            String at = locations.get(schema.getNewSchema());
            if (at != null) {
                return at;
            }
            var context = schema.getContext();
            return (context == null ? "" : context.getMethod() + " " + context.getUrl() + " ")
                    + (context != null && context.isRequest() ? "request" : "response") + " (inline schema)";
        }

        /** Where each schema of the new document's components is, as a JSON pointer. */
        private void index(OpenAPI api) {
            Components components = api.getComponents();
            if (components == null) {
                return;
            }
            if (components.getSchemas() != null) {
                components.getSchemas().forEach((name, schema) -> index(schema, "#/components/schemas/" + name));
            }
            if (components.getParameters() != null) {
                components
                        .getParameters()
                        .forEach((name, parameter) ->
                                index(parameter.getSchema(), "#/components/parameters/" + name + "/schema"));
            }
            if (components.getHeaders() != null) {
                components
                        .getHeaders()
                        .forEach((name, header) ->
                                index(header.getSchema(), "#/components/headers/" + name + "/schema"));
            }
        }

        private void index(Schema<?> schema, String at) {
            if (schema == null || locations.containsKey(schema)) {
                return;
            }
            locations.put(schema, at);
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((name, property) -> index(property, at + "/properties/" + name));
            }
            index(schema.getItems(), at + "/items");
            if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                index(values, at + "/additionalProperties");
            }
        }
    }

    /** The newest {@code X.Y.Z.yaml} in the baseline folder, by version. */
    static Path latestBaseline(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d+\\.\\d+\\.\\d+\\.yaml"))
                    .max(Comparator.comparing(BreakingChangeGate::versionKey))
                    .orElseThrow(() -> new IllegalStateException("No X.Y.Z.yaml baseline in " + folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int major(String version) {
        return Integer.parseInt(version.split("[.-]", 2)[0]);
    }

    private static String versionKey(Path file) {
        String[] parts = file.getFileName().toString().replace(".yaml", "").split("\\.");
        return String.format(
                "%09d.%09d.%09d", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    private static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.isBlank() ? "No differences.\n" : text;
    }
}
