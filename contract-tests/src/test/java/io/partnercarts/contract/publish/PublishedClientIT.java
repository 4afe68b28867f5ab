package io.partnercarts.contract.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.contract.processes.ServerJarProcess;
import io.partnercarts.server.testsupport.FreePort;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Publishing, end to end: {@code mvn deploy} of a copy of this project into nginx serving a Maven repository over
 * HTTP; what was published checked against the Publishing section of {@code docs/integrators.md}, the server API's
 * jars and POM read, the published conformance kit run. Then the two examples are built as their users would build
 * them, each with an empty local repository against what was published: {@code examples/client-consumer} drives
 * the sandbox jar through the client, and {@code examples/implementer}, an implementation on the published server
 * API alone, passes the published conformance kit in its own {@code mvn verify}. Last, the README's CI jobs run
 * their shell steps against a copy of {@code examples/implementer}, fetching the kit from what was published.
 */
class PublishedClientIT {
    private static final String GROUP_PATH = "io/partnercarts/";
    private static final String DEPLOYER = "deployer";
    private static final String PASSWORD = UUID.randomUUID().toString();
    /** Its Publishing section lists every published artifact and what it is for. */
    private static final String PUBLISHING_DOC = "docs/integrators.md";

    private static final Path ROOT =
            Path.of(System.getProperty("project.root")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("project.version");
    private static final Path WORK =
            Path.of(System.getProperty("publish.workDir")).toAbsolutePath();

    private static NginxMavenRepository nginx;
    private static URI repository;
    private static NestedMaven maven;
    /** The Maven settings of the examples' builds: no servers, no mirrors (reading needs no credentials). */
    private static Path readerSettings;

    @BeforeAll
    static void publish() throws Exception {
        SourceCopy.delete(WORK);
        Files.createDirectories(WORK);
        nginx = NginxMavenRepository.start(WORK.resolve("nginx"), DEPLOYER, PASSWORD);
        // Snapshots and releases each have their repository; this version goes to one of them.
        repository = nginx.uri().resolve(VERSION.endsWith("-SNAPSHOT") ? "snapshots/" : "releases/");
        maven = new NestedMaven(WORK);
        readerSettings = Files.writeString(WORK.resolve("reader-settings.xml"), "<settings/>\n");

        Path project = WORK.resolve("project");
        SourceCopy.copy(ROOT, project, ".mvn", "pom.xml");
        SourceCopy.copy(ROOT, project, modules().toArray(String[]::new));
        Path settings = Files.writeString(WORK.resolve("deployer-settings.xml"), """
                <settings>
                  <servers>
                    <server><id>partner-carts-snapshots</id><username>%1$s</username><password>%2$s</password></server>
                    <server><id>partner-carts-releases</id><username>%1$s</username><password>%2$s</password></server>
                  </servers>
                </settings>
                """.formatted(DEPLOYER, PASSWORD));
        // The publishing command of docs/integrators.md. No tests (this one would run again), nothing installed into
        // the
        // local repository that this build and others share.
        maven.run(
                "deploy",
                project,
                Duration.ofMinutes(5),
                List.of(
                        "-s",
                        settings.toString(),
                        "-Dmaven.repo.local=" + System.getProperty("build.localRepository"),
                        "deploy",
                        "-Dmaven.test.skip=true",
                        "-DskipITs",
                        "-Dmaven.install.skip=true",
                        "-Drepository.snapshots.url=" + nginx.uri().resolve("snapshots/"),
                        "-Drepository.releases.url=" + nginx.uri().resolve("releases/")));
    }

    @AfterAll
    static void stopNginx() {
        if (nginx != null) {
            nginx.close();
        }
    }

    @Test
    void anUploadNeedsTheDeployersCredentialsButAReadDoesNot() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI probe = repository.resolve(GROUP_PATH + "probe/1.0/probe-1.0.pom");

        assertThat(put(http, probe, null).statusCode()).as("anonymous upload").isEqualTo(401);
        assertThat(put(http, probe, DEPLOYER + ":wrong").statusCode())
                .as("wrong password")
                .isEqualTo(401);
        assertThat(Files.exists(
                        nginx.root().resolve(repository.getPath().substring(1)).resolve(GROUP_PATH + "probe")))
                .as("nothing stored")
                .isFalse();
        assertThat(put(http, probe, DEPLOYER + ":" + PASSWORD).statusCode())
                .as("the deployer")
                .isEqualTo(201);

        HttpResponse<String> read = http.send(
                HttpRequest.newBuilder(repository.resolve(
                                GROUP_PATH + "partner-carts-client/" + VERSION + "/maven-metadata.xml"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode())
                .as("anonymous read of the client's metadata")
                .isEqualTo(200);
        assertThat(read.body()).contains("<artifactId>partner-carts-client</artifactId>");
    }

    @Test
    void exactlyTheArtifactsThatThePublishingSectionListsArePublished() throws IOException {
        String doc = Files.readString(ROOT.resolve(PUBLISHING_DOC));
        int start = doc.indexOf("\n## Publishing\n");
        assertThat(start).as("%s has a Publishing section", PUBLISHING_DOC).isNotNegative();
        int end = doc.indexOf("\n## ", start + 1);
        Matcher listed = Pattern.compile("^\\| `io\\.partnercarts:(partner-carts-[a-z-]+)`", Pattern.MULTILINE)
                .matcher(doc.substring(start, end < 0 ? doc.length() : end));
        Set<String> documented = new TreeSet<>();
        while (listed.find()) {
            documented.add(listed.group(1));
        }

        Set<String> published;
        try (Stream<Path> artifacts = Files.list(group())) {
            published = artifacts
                    .map(artifact -> artifact.getFileName().toString())
                    .filter(name -> name.startsWith("partner-carts-"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(published)
                .as("what mvn deploy published, against the table of %s, Publishing", PUBLISHING_DOC)
                .isEqualTo(documented)
                .contains(
                        "partner-carts-parent",
                        "partner-carts-api-spec",
                        "partner-carts-client",
                        "partner-carts-server-api",
                        "partner-carts-conformance")
                .doesNotContain(
                        "partner-carts-server-stub", "partner-carts-contract-tests", "partner-carts-conformance-suite");
    }

    @Test
    void theClientItsParentAndTheSpecArePublished() throws IOException {
        assertPublishedWithSourcesAndJavadoc("partner-carts-client");
        assertThat(published("partner-carts-api-spec"))
                .anyMatch(name -> name.endsWith(".jar"))
                .anyMatch(name -> name.endsWith(".pom"));
        assertThat(published("partner-carts-parent")).anyMatch(name -> name.endsWith(".pom"));

        assertThat(pom("partner-carts-parent")).contains("<licenses>", "<scm", "<developers>");
        // The client's POM stands alone: its metadata and every runtime dependency at the tested version.
        assertThat(pom("partner-carts-client"))
                .contains(
                        "<name>partner-carts client</name>",
                        "<description>",
                        "<url>https://github.com/partner-carts/partner-carts</url>",
                        "<name>MIT License</name>",
                        "<scm",
                        "<developers>",
                        "<artifactId>jackson-annotations</artifactId>")
                .doesNotContain("<parent>", "<distributionManagement>");
    }

    @Test
    void theServerApiHoldsOnlyGeneratedInterfacesAndModelsAndBringsOnlyApiJars() throws Exception {
        String artifact = "partner-carts-server-api";
        assertPublishedWithSourcesAndJavadoc(artifact);
        assertThat(entries(artifact, ".jar"))
                .contains("io/partnercarts/server/api/CartsApi.class", "io/partnercarts/server/api/model/Cart.class")
                .filteredOn(entry -> entry.endsWith(".class"))
                .allMatch(entry -> entry.startsWith("io/partnercarts/server/api/"));
        assertThat(entries(artifact, "-sources.jar")).contains("io/partnercarts/server/api/CartsApi.java");
        assertThat(entries(artifact, "-javadoc.jar")).contains("io/partnercarts/server/api/CartsApi.html");

        String pom = pom(artifact);
        assertThat(pom)
                .contains("<name>partner-carts server-api</name>", "<description>", "<name>MIT License</name>")
                .doesNotContain("<parent>", "<distributionManagement>");
        // The flattened POM lists every dependency an implementer would get: no JAX-RS implementation, no
        // container, no JSON provider; only the APIs the generated code is compiled against.
        List<String> dependencies = dependencies(pom);
        assertThat(dependencies)
                .as("the dependencies of the published POM")
                .noneMatch(dependency -> dependency.matches("(?i).*(jersey|jetty|grizzly).*"));
        assertThat(dependencies)
                .filteredOn(dependency -> dependency.endsWith(":compile") || dependency.endsWith(":runtime"))
                .containsExactlyInAnyOrder(
                        "jakarta.ws.rs:jakarta.ws.rs-api:compile",
                        "jakarta.validation:jakarta.validation-api:compile",
                        "com.fasterxml.jackson.core:jackson-annotations:compile");
    }

    /** The conformance kit as published: one runnable jar, the contract inside it, a POM that needs nothing else. */
    @Test
    void theConformanceKitIsPublishedAsARunnableJar() throws Exception {
        String artifact = "partner-carts-conformance";
        assertThat(published(artifact))
                .anyMatch(name -> name.endsWith(".jar"))
                .anyMatch(name -> name.endsWith(".pom"))
                .anyMatch(name -> name.endsWith(".jar.sha1"));
        assertThat(entries(artifact, ".jar"))
                .contains(
                        "io/partnercarts/conformance/Main.class",
                        "io/partnercarts/contract/conformance/SeedScenarioTest.class",
                        "openapi/partner-carts.yaml",
                        "META-INF/services/org.junit.platform.engine.TestEngine");
        assertThat(pom(artifact))
                .as("its POM stands alone")
                .contains("<name>partner-carts conformance</name>", "<name>MIT License</name>")
                .doesNotContain("<parent>", "<distributionManagement>");
        assertThat(dependencies(pom(artifact)))
                .as("everything it runs is inside the jar")
                .filteredOn(dependency -> dependency.endsWith(":compile") || dependency.endsWith(":runtime"))
                .isEmpty();

        Path jar = newest(artifact, ".jar");
        Process help = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "--help")
                .redirectErrorStream(true)
                .start();
        String printed = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(help.waitFor(60, TimeUnit.SECONDS))
                .as("java -jar %s --help ends", jar)
                .isTrue();
        assertThat(help.exitValue()).as("java -jar %s --help: %s", jar, printed).isZero();
        assertThat(printed).contains("--base-url=URL", "--token=TOKEN", "--customer-id=GUID", "--report-dir=DIR");
    }

    @Test
    void aConsumerWithAnEmptyLocalRepositoryChecksOutTheSeedCartThroughThePublishedClient() throws Exception {
        Path serverJar = ROOT.resolve("server-stub/target/partner-carts-server-stub-" + VERSION + "-all.jar");
        Example consumer;
        try (ServerJarProcess server = ServerJarProcess.start(serverJar, WORK.resolve("server.out"))) {
            consumer = buildExample("client-consumer", "test", "-Dserver.url=" + server.baseUri());
        }

        assertThat(consumer.surefireReport("com.example.carts.SeedCheckoutTest"))
                .contains("tests=\"2\"", "errors=\"0\"", "failures=\"0\"", "skipped=\"0\"");
        assertThat(consumer.partnerCartsArtifacts())
                .as("what came from the HTTP repository")
                .contains("partner-carts-client");
    }

    /**
     * An implementer's build: its own implementation on the published server API, checked by the published
     * conformance kit, which skips (with the reason) only what needs the sandbox's offers and customer that fail on
     * purpose.
     */
    @Test
    void anImplementerWithAnEmptyLocalRepositoryPassesThePublishedConformanceKit() throws Exception {
        Example implementer = buildExample("implementer", "verify");

        assertThat(implementer.surefireReport("com.example.carts.ConformanceKitTest"))
                .contains("tests=\"1\"", "errors=\"0\"", "failures=\"0\"", "skipped=\"0\"");
        Element kitRun = xml(implementer.dir().resolve("target/conformance-report/TEST-junit-jupiter.xml"))
                .getDocumentElement();
        assertThat(kitRun.getAttribute("failures")).as("the kit's failures").isEqualTo("0");
        assertThat(kitRun.getAttribute("errors")).as("the kit's errors").isEqualTo("0");
        assertThat(Integer.parseInt(kitRun.getAttribute("tests")))
                .as("the kit's tests")
                .isGreaterThan(100);
        assertThat(Integer.parseInt(kitRun.getAttribute("skipped")))
                .as("the kit's skips")
                .isPositive();
        assertThat(skipReasons(kitRun))
                .as("why the kit skipped what it skipped")
                .containsExactlyInAnyOrder(
                        "no FAILING offer for this target",
                        "no RETRY offer for this target",
                        "no SLOW offer for this target",
                        "no FAULT offer for this target",
                        "no fault customer for this target");
        assertThat(implementer.partnerCartsArtifacts())
                .as("all that came of partner-carts, from the HTTP repository")
                .containsExactlyInAnyOrder("partner-carts-server-api", "partner-carts-conformance");
    }

    /** A copy of {@code examples/<name>}, built with an empty local repository. */
    private record Example(Path dir, Path localRepository) {
        String surefireReport(String testClass) throws IOException {
            return Files.readString(dir.resolve("target/surefire-reports/TEST-" + testClass + ".xml"));
        }

        /** The partner-carts artifacts in the local repository at this build's version. */
        Set<String> partnerCartsArtifacts() throws IOException {
            try (Stream<Path> artifacts = Files.list(localRepository.resolve(GROUP_PATH))) {
                return artifacts
                        .filter(artifact -> Files.isDirectory(artifact.resolve(VERSION)))
                        .map(artifact -> artifact.getFileName().toString())
                        .collect(Collectors.toCollection(TreeSet::new));
            }
        }
    }

    /**
     * Copies {@code examples/<name>} and runs {@code goal} on it against the HTTP repository, with an empty local
     * repository and no settings: reading needs no credentials, and nothing in ~/.m2/settings.xml counts.
     */
    private static Example buildExample(String name, String goal, String... properties) throws Exception {
        SourceCopy.copy(ROOT.resolve("examples"), WORK.resolve("examples"), name);
        Path dir = WORK.resolve("examples").resolve(name);
        Path emptyLocalRepository = Files.createDirectories(WORK.resolve(name + "-local-repository"));
        List<String> args = new ArrayList<>(List.of(
                "-s",
                readerSettings.toString(),
                "-Dmaven.repo.local=" + emptyLocalRepository,
                goal,
                "-Dpartner-carts.version=" + VERSION,
                "-Drepo.url=" + repository));
        args.addAll(List.of(properties));
        maven.run(name, dir, Duration.ofMinutes(8), args);
        return new Example(dir, emptyLocalRepository);
    }

    /** The reason of every skipped test of a JUnit XML report, up to its advice ("; name one with ..."). */
    private static Set<String> skipReasons(Element report) {
        Set<String> reasons = new TreeSet<>();
        NodeList skipped = report.getElementsByTagName("skipped");
        for (int i = 0; i < skipped.getLength(); i++) {
            String text = skipped.item(i).getTextContent();
            String reason = text.substring(text.indexOf("Assumption failed: ") + "Assumption failed: ".length());
            reasons.add(reason.split(";")[0].trim());
        }
        return reasons;
    }

    /**
     * The README's CI recipes, run as their CI systems would run them: each job's shell steps against a copy of
     * {@code examples/implementer} (their checkout), on a free port, with an empty local repository and the HTTP
     * repository this test published to in place of the recipe's.
     */
    @ParameterizedTest
    @ValueSource(strings = {".github/workflows/conformance.yml", ".gitlab-ci.yml"})
    void theReadmesCiJobsStartTheImplementerExampleAndRunThePublishedKitAgainstIt(String file) throws Exception {
        CiJob job = CiJob.fromReadme(ROOT.resolve("README.md"), file);
        Path dir = WORK.resolve("ci-" + file.replaceAll("[^a-z]+", "-"));
        SourceCopy.copy(ROOT.resolve("examples"), dir, "implementer");
        Path workspace = dir.resolve("implementer");
        Path localRepository = Files.createDirectories(dir.resolve("local-repository"));
        // What the CI machine's Maven settings would be: no mirrors, a local repository of its own.
        Files.createDirectories(workspace.resolve(".mvn"));
        Files.writeString(
                workspace.resolve(".mvn/maven.config"),
                "-s " + readerSettings + "\n-Dmaven.repo.local=" + localRepository + "\n");
        int port = FreePort.onLoopback();
        String token = "ci-token-" + UUID.randomUUID();

        String printed = job.run(
                workspace,
                Map.of("CONFORMANCE_TOKEN", token),
                Map.of(
                        "PARTNER_CARTS_VERSION",
                        VERSION,
                        "PARTNER_CARTS_REPOSITORY",
                        repository.toString(),
                        "PORT",
                        Integer.toString(port),
                        "CONFORMANCE_BASE_URL",
                        "http://127.0.0.1:" + port + "/v1",
                        "CONFORMANCE_TOKEN",
                        token));

        assertThat(printed)
                .as("%s: the kit ran against the example", file)
                .contains("Implementation: http://127.0.0.1:" + port + "/v1")
                .containsPattern("Result: +PASSED: \\d+ tests, \\d+ passed, 0 failed, [1-9]\\d* skipped");
        assertThat(job.kept()).as("%s keeps the report", file).contains("conformance-report/");
        assertThat(workspace.resolve(job.junitReport()))
                .as("%s: the JUnit report it hands its CI system", file)
                .content(StandardCharsets.UTF_8)
                .contains("failures=\"0\"")
                .doesNotContain(token);
        assertThat(workspace.resolve("conformance-report/index.html")).exists();
        assertThat(localRepository.resolve(GROUP_PATH + "partner-carts-conformance/" + VERSION))
                .as("%s fetched the kit from the HTTP repository", file)
                .isDirectory();
    }

    /** The reactor's modules, as the root POM names them: the nested build deploys a copy of each. */
    private static List<String> modules() throws IOException {
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        List<String> modules = new ArrayList<>();
        while (module.find()) {
            modules.add(module.group(1).trim());
        }
        return modules;
    }

    /** A library's jar, its sources and javadoc jars, its POM, and their checksums. */
    private static void assertPublishedWithSourcesAndJavadoc(String artifactId) throws IOException {
        assertThat(published(artifactId))
                .as(artifactId)
                .anyMatch(name ->
                        name.endsWith(".jar") && !name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar"))
                .anyMatch(name -> name.endsWith("-sources.jar"))
                .anyMatch(name -> name.endsWith("-javadoc.jar"))
                .anyMatch(name -> name.endsWith(".pom"))
                .anyMatch(name -> name.endsWith(".jar.sha1"));
    }

    /** The entries of the newest published file of {@code artifactId} whose name ends with {@code suffix}. */
    private static List<String> entries(String artifactId, String suffix) throws IOException {
        try (ZipFile jar = new ZipFile(newest(artifactId, suffix).toFile())) {
            return jar.stream().map(ZipEntry::getName).toList();
        }
    }

    /** Each dependency of a POM as {@code groupId:artifactId:scope}. */
    private static List<String> dependencies(String pom) throws Exception {
        Document document = xml(new InputSource(new StringReader(pom)));
        NodeList nodes = document.getElementsByTagNameNS("*", "dependency");
        List<String> dependencies = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element dependency = (Element) nodes.item(i);
            String scope = child(dependency, "scope");
            dependencies.add(child(dependency, "groupId") + ":" + child(dependency, "artifactId") + ":"
                    + (scope.isEmpty() ? "compile" : scope));
        }
        return dependencies;
    }

    private static Document xml(Path file) throws Exception {
        return xml(new InputSource(file.toUri().toString()));
    }

    private static Document xml(InputSource source) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(source);
    }

    private static String child(Element element, String name) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (name.equals(child.getLocalName())) {
                return child.getTextContent().trim();
            }
        }
        return "";
    }

    private static HttpResponse<Void> put(HttpClient http, URI uri, String credentials) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.ofString("<project/>"));
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    private static Path group() {
        return nginx.root().resolve(repository.getPath().substring(1)).resolve(GROUP_PATH);
    }

    private static List<String> published(String artifactId) throws IOException {
        Path dir = group().resolve(artifactId).resolve(VERSION);
        assertThat(dir).as("%s published", artifactId).isDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static String pom(String artifactId) throws IOException {
        return Files.readString(newest(artifactId, ".pom"));
    }

    /** Snapshot uploads are timestamped: the last name in order is the newest. */
    private static Path newest(String artifactId, String suffix) throws IOException {
        String name = published(artifactId).stream()
                .filter(file -> file.endsWith(suffix))
                .filter(file -> !suffix.equals(".jar") || !file.matches(".*-(sources|javadoc)\\.jar"))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError(artifactId + ": no *" + suffix + " published"));
        return group().resolve(artifactId).resolve(VERSION).resolve(name);
    }
}
