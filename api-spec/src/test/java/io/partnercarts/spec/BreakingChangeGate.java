package io.partnercarts.spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares the contract with the last released one (openapi-diff): an incompatible change passes only
 * when {@code info.version}'s major number was raised. The verdict carries a Markdown changelog.
 *
 * <p>openapi-diff lets a property disappear (JSON readers tolerate a missing field) and an enum of a
 * response lose values; this project's clients are generated, so a removed property is a removed getter
 * and a removed value a removed constant: both count as incompatible too.
 */
final class BreakingChangeGate {
    private BreakingChangeGate() {
    }

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
            return names.isEmpty() ? "" : "- " + what + " (incompatible): "
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

    static Verdict judge(Path baseline, Path current) {
        ChangedOpenApi diff = OpenApiCompare.fromLocations(baseline.toUri().toString(), current.toUri().toString());
        String baselineVersion = diff.getOldSpecOpenApi().getInfo().getVersion();
        String currentVersion = diff.getNewSpecOpenApi().getInfo().getVersion();
        Removals removals = Removals.of(diff);
        boolean incompatible = diff.isIncompatible() || !removals.isEmpty();
        boolean majorRaised = major(currentVersion) > major(baselineVersion);
        String verdict = !incompatible ? "compatible with the baseline"
                : majorRaised ? "incompatible, allowed by the new major version"
                : "INCOMPATIBLE: raise the major number of info.version, or undo the change";
        String header = "# Contract changes since " + baselineVersion + "\n\n"
                + "- baseline: `" + baseline.getFileName() + "` (" + baselineVersion + ")\n"
                + "- current: `info.version` " + currentVersion + "\n"
                + "- verdict: " + verdict + "\n"
                + removals.asMarkdown()
                + "\n";
        return new Verdict(baselineVersion, currentVersion, incompatible, header + markdown(diff));
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
        return String.format("%09d.%09d.%09d", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                Integer.parseInt(parts[2]));
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
