package io.partnercarts.contract.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CI job that the README gives as a recipe, read from its YAML and run here as its CI system would run it: its
 * shell steps in order, in one workspace, with the job's environment; what the job keeps (artifacts, the JUnit
 * report) is named so a test can look for it. Steps that use a CI system's own actions (checking out, setting up
 * Java, uploading) are not run: the test does their part.
 */
record CiJob(String file, Map<String, String> environment, List<Step> steps, List<String> kept, String junitReport) {
    private static final Duration STEP_LIMIT = Duration.ofMinutes(8);
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(# (\\S+)\\n.*?)```", Pattern.DOTALL);
    private static final Pattern SECRET = Pattern.compile("\\$\\{\\{\\s*secrets\\.(\\w+)\\s*}}");

    /** One shell step: its name and its script. */
    record Step(String name, String script) {}

    /** The job of the README's YAML block whose first line is the comment {@code # file}. */
    static CiJob fromReadme(Path readme, String file) throws IOException {
        Matcher block = YAML_BLOCK.matcher(Files.readString(readme, StandardCharsets.UTF_8));
        while (block.find()) {
            if (block.group(2).equals(file)) {
                JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(block.group(1));
                return file.startsWith(".github/") ? githubActions(file, yaml) : gitlab(file, yaml);
            }
        }
        throw new AssertionError(readme + " has no ```yaml block starting with the line: # " + file);
    }

    /** GitHub Actions: the only job's {@code env}, its {@code run} steps, and what it uploads and reports. */
    private static CiJob githubActions(String file, JsonNode workflow) {
        JsonNode job = workflow.path("jobs").elements().next();
        List<Step> steps = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        String junit = null;
        for (JsonNode step : job.path("steps")) {
            String uses = step.path("uses").asText();
            if (step.has("run")) {
                steps.add(new Step(
                        step.path("name").asText("run"), step.path("run").asText()));
            } else if (uses.startsWith("actions/upload-artifact@")) {
                kept.add(step.path("with").path("path").asText());
            } else if (step.path("with").has("report_paths")) {
                junit = step.path("with").path("report_paths").asText();
            }
        }
        return new CiJob(file, strings(job.path("env")), steps, kept, junit);
    }

    /** GitLab CI: the only job's {@code variables}, its {@code script} as one shell, its artifacts. */
    private static CiJob gitlab(String file, JsonNode pipeline) {
        JsonNode job = pipeline.elements().next();
        List<String> lines = new ArrayList<>();
        job.path("script").forEach(line -> lines.add(line.asText()));
        List<String> kept = new ArrayList<>();
        job.path("artifacts").path("paths").forEach(path -> kept.add(path.asText()));
        return new CiJob(
                file,
                strings(job.path("variables")),
                List.of(new Step("script", String.join("\n", lines))),
                kept,
                job.path("artifacts").path("reports").path("junit").asText(null));
    }

    private static Map<String, String> strings(JsonNode map) {
        Map<String, String> strings = new LinkedHashMap<>();
        map.fields()
                .forEachRemaining(
                        entry -> strings.put(entry.getKey(), entry.getValue().asText()));
        return strings;
    }

    /**
     * Runs the steps in {@code workspace} with the job's environment, {@code secrets} in place of its {@code ${{
     * secrets.X }}}, and {@code overrides} over both (what the CI system's settings would set); fails with the
     * step's output unless each exits 0. Whatever a step left running in the workspace is stopped at the end.
     * Returns everything the steps printed.
     */
    String run(Path workspace, Map<String, String> secrets, Map<String, String> overrides)
            throws IOException, InterruptedException {
        Map<String, String> environment = new LinkedHashMap<>();
        this.environment.forEach((name, value) -> environment.put(name, withSecrets(value, secrets)));
        environment.putAll(overrides);
        StringBuilder printed = new StringBuilder();
        try {
            for (int i = 0; i < steps.size(); i++) {
                printed.append(runStep(workspace, i, steps.get(i), environment));
            }
        } finally {
            stopWhatRunsIn(workspace);
        }
        return printed.toString();
    }

    private String runStep(Path workspace, int index, Step step, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path log = workspace.resolveSibling(workspace.getFileName() + "-step-" + index + ".log");
        // The shell both CI systems use for a step: bash, stopping at the first command that fails.
        ProcessBuilder shell = new ProcessBuilder(
                        "bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step.script())
                .directory(workspace.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        shell.environment().keySet().removeIf(name -> name.startsWith("CONFORMANCE_"));
        shell.environment().putAll(environment);
        Process process = shell.start();
        boolean ended = process.waitFor(STEP_LIMIT.toSeconds(), TimeUnit.SECONDS);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (!ended || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new AssertionError(file + ", step \"" + step.name() + "\": "
                    + (ended ? "exit " + process.exitValue() : "no end within " + STEP_LIMIT) + "\n" + output);
        }
        return output;
    }

    private static String withSecrets(String value, Map<String, String> secrets) {
        return SECRET.matcher(value).replaceAll(secret -> Matcher.quoteReplacement(secrets.get(secret.group(1))));
    }

    /** A step's background processes outlive its shell; they are known by their working directory. */
    private static void stopWhatRunsIn(Path workspace) {
        List<ProcessHandle> left = ProcessHandle.allProcesses()
                .filter(process -> workingDirectory(process).startsWith(workspace))
                .toList();
        left.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : left) {
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Path workingDirectory(ProcessHandle process) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Path.of("/nonexistent");
        }
    }
}
