package io.partnercarts.contract.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.contract.processes.ServerJarProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Publishing, end to end: {@code mvn deploy} of a copy of this project into nginx serving a Maven
 * repository over HTTP, then {@code examples/client-consumer} built with an empty local repository
 * against what was published, driving the sandbox jar through the client.
 */
class PublishedClientIT {
    private static final String GROUP_PATH = "io/partnercarts/";
    private static final String DEPLOYER = "deployer";
    private static final String PASSWORD = UUID.randomUUID().toString();

    private static final Path ROOT =
            Path.of(System.getProperty("project.root")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("project.version");
    private static final Path WORK =
            Path.of(System.getProperty("publish.workDir")).toAbsolutePath();

    private static NginxMavenRepository nginx;
    private static URI repository;
    private static NestedMaven maven;

    @BeforeAll
    static void publish() throws Exception {
        SourceCopy.delete(WORK);
        Files.createDirectories(WORK);
        nginx = NginxMavenRepository.start(WORK.resolve("nginx"), DEPLOYER, PASSWORD);
        // Snapshots and releases each have their repository; this version goes to one of them.
        repository = nginx.uri().resolve(VERSION.endsWith("-SNAPSHOT") ? "snapshots/" : "releases/");
        maven = new NestedMaven(WORK);

        Path project = WORK.resolve("project");
        SourceCopy.copy(ROOT, project, ".mvn", "pom.xml", "api-spec", "client", "server-stub", "contract-tests");
        Path settings = Files.writeString(WORK.resolve("deployer-settings.xml"), """
                <settings>
                  <servers>
                    <server><id>partner-carts-snapshots</id><username>%1$s</username><password>%2$s</password></server>
                    <server><id>partner-carts-releases</id><username>%1$s</username><password>%2$s</password></server>
                  </servers>
                </settings>
                """.formatted(DEPLOYER, PASSWORD));
        // The README's publishing command. No tests (this one would run again), nothing installed into the
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
    void theClientItsParentAndTheSpecArePublishedButNotTheServerOrTheSuite() throws IOException {
        assertThat(published("partner-carts-client"))
                .anyMatch(name ->
                        name.endsWith(".jar") && !name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar"))
                .anyMatch(name -> name.endsWith("-sources.jar"))
                .anyMatch(name -> name.endsWith("-javadoc.jar"))
                .anyMatch(name -> name.endsWith(".pom"))
                .anyMatch(name -> name.endsWith(".jar.sha1"));
        assertThat(published("partner-carts-api-spec"))
                .anyMatch(name -> name.endsWith(".jar"))
                .anyMatch(name -> name.endsWith(".pom"));
        assertThat(published("partner-carts-parent")).anyMatch(name -> name.endsWith(".pom"));
        assertThat(group().resolve("partner-carts-server-stub")).doesNotExist();
        assertThat(group().resolve("partner-carts-contract-tests")).doesNotExist();

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
    void aConsumerWithAnEmptyLocalRepositoryChecksOutTheSeedCartThroughThePublishedClient() throws Exception {
        Path consumer = WORK.resolve("consumer");
        SourceCopy.copy(ROOT.resolve("examples"), consumer, "client-consumer");
        Path emptyLocalRepository = Files.createDirectories(WORK.resolve("consumer-local-repository"));
        // No servers, no mirrors: reading needs no credentials, and nothing in ~/.m2/settings.xml counts.
        Path settings = Files.writeString(WORK.resolve("reader-settings.xml"), "<settings/>\n");
        Path serverJar = ROOT.resolve("server-stub/target/partner-carts-server-stub-" + VERSION + "-all.jar");

        try (ServerJarProcess server = ServerJarProcess.start(serverJar, WORK.resolve("server.out"))) {
            maven.run(
                    "consumer",
                    consumer.resolve("client-consumer"),
                    Duration.ofMinutes(8),
                    List.of(
                            "-s",
                            settings.toString(),
                            "-Dmaven.repo.local=" + emptyLocalRepository,
                            "test",
                            "-Dpartner-carts.version=" + VERSION,
                            "-Drepo.url=" + repository,
                            "-Dserver.url=" + server.baseUri()));
        }

        Path reports = consumer.resolve("client-consumer/target/surefire-reports");
        String report = Files.readString(reports.resolve("TEST-com.example.carts.SeedCheckoutTest.xml"));
        assertThat(report).contains("tests=\"2\"", "errors=\"0\"", "failures=\"0\"", "skipped=\"0\"");
        assertThat(emptyLocalRepository.resolve(GROUP_PATH + "partner-carts-client/" + VERSION))
                .as("the client came from the HTTP repository")
                .isDirectory();
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
        String name = published(artifactId).stream()
                .filter(file -> file.endsWith(".pom"))
                .reduce((a, b) -> b)
                .orElseThrow();
        return Files.readString(group().resolve(artifactId).resolve(VERSION).resolve(name));
    }
}
