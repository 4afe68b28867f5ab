package io.partnercarts.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnercarts.server.catalog.Fixtures;
import io.partnercarts.server.testsupport.FreePort;
import io.partnercarts.server.testsupport.LocalPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar the way the README tells a user to, and checks what a user would see. */
class ServerJarIT {
    private static final Pattern LISTENING = Pattern.compile("partner-carts listening on (http://\\S+)");
    private static final String SEED_CUSTOMER = "28045616-f6b9-462f-9701-0d89b5e65c44";

    private final HttpClient http = HttpClient.newHttpClient();
    private Process process;
    // The server writes to a file, not a pipe: a pipe read while the process exits can lose its last lines.
    @TempDir
    Path workDir;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void startsPrintsItsUrlLogsEveryRequestAndStopsOnSigterm() throws Exception {
        URI base = start(Map.of(), "--port", "0");

        String requestId = "3f2b8a9e-6c1d-4e5f-8a7b-1c2d3e4f5a6b";
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(
                                base + "/customers/" + SEED_CUSTOMER + "/carts/9f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b"))
                        .header("Authorization", "Bearer any-token")
                        .header("MS-RequestId", requestId)
                        .header("MS-CorrelationId", "corr-1")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"code\":800008");
        assertThat(response.headers().firstValueAsLong("Content-Length"))
                .as("sent whole, not chunked")
                .hasValue(response.body().getBytes(StandardCharsets.UTF_8).length);
        assertThat(response.headers().firstValue("Server"))
                .as("no server name or version")
                .isEmpty();
        String logLine = awaitLine(line -> line.startsWith("GET /v1/customers/"));
        assertThat(logLine)
                .matches("GET /v1/customers/\\S+/carts/\\S+ 404 \\d+ms MS-RequestId=" + requestId
                        + " MS-CorrelationId=corr-1");

        process.destroy(); // SIGTERM
        assertThat(process.waitFor(15, TimeUnit.SECONDS))
                .as("stopped within 15 s")
                .isTrue();
        assertThat(awaitLine(line -> line.equals("partner-carts stopped"))).isNotNull();
    }

    @Test
    void takesItsPortFromTheEnvironmentAndDefaultsToLoopback() throws Exception {
        URI base = start(Map.of("PARTNER_CARTS_PORT", "0"));

        assertThat(base.getHost()).isEqualTo("127.0.0.1");
        assertThat(base.getPort()).isPositive().isNotEqualTo(8080);
        assertThat(base.getPath()).isEqualTo("/v1");
    }

    @Test
    void servesTheCustomersOfAFixturesFile() throws Exception {
        String customer = "0b0e7d9c-1a2b-4c3d-8e9f-a0b1c2d3e4f5";
        Path fixtures = workDir.resolve("fixtures.json");
        Files.writeString(fixtures, """
                {"partnerUser": "sandbox-user",
                 "customers": [{"id": "%s", "companyName": "Fabrikam", "country": "GB",
                                "currencyCode": "GBP", "currencySymbol": "£"}],
                 "offers": [{"catalogItemId": "FAB0000001:0001:FAB0000002", "name": "Fabrikam Plan",
                             "purchaseSystem": "modern", "billingCycles": ["monthly"], "termDurations": ["P1M"],
                             "minQuantity": 1, "maxQuantity": 10, "unitPrice": 5.0}]}
                """.formatted(customer));
        URI base = start(Map.of(), "--port", "0", "--fixtures", fixtures.toString());

        // HTTP_2 over http:// makes Java's client offer "Upgrade: h2c" with the body, which must still be read.
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create(base + "/customers/" + customer + "/carts"))
                        .version(HttpClient.Version.HTTP_2)
                        .header("Authorization", "Bearer t")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                        {"lineItems":[{"catalogItemId":"FAB0000001:0001:FAB0000002","quantity":2,
                                       "billingCycle":"monthly","termDuration":"P1M"}]}"""))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode())
                .as("%s; server printed %s", created.body(), printed())
                .isEqualTo(201);
        assertThat(created.body())
                .contains("\"currencyCode\":\"GBP\"", "\"friendlyName\":\"Fabrikam Plan\"")
                .doesNotContain("\"error\"");
    }

    @Test
    void refusesAMissingFixturesFileWithOneClearLine() throws Exception {
        Path missing = workDir.resolve("nope.json");
        String stderr =
                runToEnd(1, "--port", "0", "--fixtures", missing.toString()).stderr();

        assertThat(stderr).contains("nope.json").doesNotContain("Exception", "\tat ");
    }

    @Test
    void refusesABrokenFixturesFileWithOneLineNamingWhereAndWhat() throws Exception {
        Path fixtures = workDir.resolve("fixtures.json");
        Files.writeString(fixtures, """
                {"partnerUser": "sandbox-user", "customers": [],
                 "offers": [{"catalogItemId": "A:1:B", "name": "A plan", "purchaseSystem": "modern",
                             "billingCycles": ["weekly"]}]}
                """);
        String stderr =
                runToEnd(1, "--port", "0", "--fixtures", fixtures.toString()).stderr();

        assertThat(stderr.strip())
                .startsWith("partner-carts: Fixtures file " + fixtures + ": $.offers[0].billingCycles[0] is 'weekly';")
                .doesNotContain("\n");
    }

    @Test
    void printsTheFixturesSchema() throws Exception {
        assertThat(runToEnd(0, "--print-fixtures-schema").stdout()).isEqualTo(Fixtures.schema());
    }

    @Test
    void refusesABadFlagWithUsage() throws Exception {
        assertThat(runToEnd(2, "--port", "eighty").stderr()).contains("--port").contains("Usage");
    }

    @Test
    void reportsTheVersionItWasBuiltAs() throws Exception {
        assertThat(runToEnd(0, "--version").stdout().trim())
                .isEqualTo("partner-carts-server " + System.getProperty("project.version"));
    }

    @Test
    void theReadmeWalkThroughWorksAsWritten() throws Exception {
        URI base = start(Map.of(), "--port", "0");
        String script = readmeWalkThrough().replace("http://127.0.0.1:8080/v1", base.toString());

        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
                .redirectErrorStream(true)
                .start();
        String printed = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(bash.waitFor(60, TimeUnit.SECONDS))
                .as("the walk-through ends")
                .isTrue();
        assertThat(bash.exitValue()).as("exit status; it printed:%n%s", printed).isZero();
        assertThat(printed)
                .as("what the walk-through printed")
                .containsPattern("cart [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\n")
                .contains("\"quantity\":2")
                .contains("\"status\":\"completed\"", "\"status\":\"pending\"", "\"orderErrors\":[]")
                .contains("\"status\":\"Ordered\"")
                .contains("\"code\":800002", "\"code\":800001", "\"code\":800008");
    }

    @Test
    void keepsCartsAndOrdersInPostgresAcrossARestart() throws Exception {
        LocalPostgres.Database database = LocalPostgres.shared().newDatabase();
        Map<String, String> env = Map.of(
                "PARTNER_CARTS_DATABASE_URL", database.url(),
                "PARTNER_CARTS_DATABASE_USER", database.user(),
                "PARTNER_CARTS_DATABASE_PASSWORD", database.password());
        URI base = start(env, "--port", "0");
        String carts = base + "/customers/" + SEED_CUSTOMER + "/carts";
        String requestId = "7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a";
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(carts))
                .header("MS-RequestId", requestId)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"lineItems":[{"catalogItemId":"DZH318Z0BXWC:0002:DZH318Z0BMRV","quantity":2,
                                       "billingCycle":"monthly","termDuration":"P1M"}]}""")));
        assertThat(created.statusCode())
                .as("%s; server printed %s", created.body(), printed())
                .isEqualTo(201);
        String cart = carts + "/"
                + new ObjectMapper().readTree(created.body()).path("id").asText();
        HttpResponse<String> checkedOut =
                send(HttpRequest.newBuilder(URI.create(cart + "/checkout")).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(checkedOut.statusCode()).isEqualTo(201);

        process.destroy();
        assertThat(process.waitFor(15, TimeUnit.SECONDS)).isTrue();
        String restarted = start(env, "--port", "0").toString();
        cart = cart.replace(base.toString(), restarted);

        assertThat(send(HttpRequest.newBuilder(URI.create(cart + "/checkout"))
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .body())
                .as("a repeated checkout after a restart")
                .isEqualTo(checkedOut.body());
        assertThat(send(HttpRequest.newBuilder(URI.create(cart)).GET()).body()).contains("\"status\":\"Ordered\"");
        assertThat(printed()).noneMatch(line -> line.contains(database.password()));
    }

    @Test
    void refusesADatabaseItCannotReachWithOneLine() throws Exception {
        int closed = FreePort.onLoopback();
        process = launch(
                Map.of("PARTNER_CARTS_DATABASE_PASSWORD", "s3cret"),
                "--port",
                "0",
                "--database-url",
                "jdbc:postgresql://127.0.0.1:" + closed + "/carts");

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(stderr.lines())
                .singleElement()
                .asString()
                .startsWith("partner-carts: Cannot connect to the database at jdbc:postgresql://127.0.0.1:" + closed
                        + "/carts: ")
                .doesNotContain("s3cret");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(
                request.header("Authorization", "Bearer any-token").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The bash blocks of the README's walk-through, in order, as one script. */
    private static String readmeWalkThrough() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("readme.file")), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Walk-through");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Matcher blocks = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL).matcher(section);
        StringBuilder script = new StringBuilder();
        while (blocks.find()) {
            script.append(blocks.group(1)).append('\n');
        }
        assertThat(script).as("bash blocks in the README's walk-through").isNotEmpty();
        return script.toString();
    }

    private URI start(Map<String, String> env, String... args) throws Exception {
        process = launch(env, true, args);
        Matcher listening =
                LISTENING.matcher(awaitLine(line -> LISTENING.matcher(line).find()));
        assertThat(listening.find()).isTrue();
        return URI.create(listening.group(1));
    }

    /** Runs the jar until it exits by itself, which it must do with {@code status}; what it printed. */
    private Ended runToEnd(int status, String... args) throws Exception {
        process = launch(Map.of(), args);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(status);
        return new Ended(
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Ended(String stdout, String stderr) {}

    private Process launch(Map<String, String> env, String... args) throws IOException {
        return launch(env, false, args);
    }

    private Process launch(Map<String, String> env, boolean mergeErrors, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("server.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("PARTNER_CARTS_PORT");
        builder.environment().putAll(env);
        if (mergeErrors) {
            builder.redirectErrorStream(true).redirectOutput(output().toFile());
        }
        return builder.start();
    }

    private Path output() {
        return workDir.resolve("server.out");
    }

    private List<String> printed() throws IOException {
        return Files.exists(output()) ? Files.readAllLines(output(), StandardCharsets.UTF_8) : List.of();
    }

    private String awaitLine(Predicate<String> wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        do {
            Optional<String> line = printed().stream().filter(wanted).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("No such line within 30 s; the server printed: " + printed());
    }
}
