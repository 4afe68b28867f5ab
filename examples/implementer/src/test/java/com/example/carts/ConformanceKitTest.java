package com.example.carts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpServer;
import org.junit.jupiter.api.Test;

/**
 * The published conformance kit (the build copies it from the repository into target/conformance-kit) run against
 * this implementation as a CI pipeline would run it: as a process, its output in the build log, its reports in
 * target/conformance-report. The tests that need what this implementation does not have (offers and a customer
 * that fail on purpose) are skipped by the kit, each with its reason in the report.
 */
class ConformanceKitTest {
    @Test
    void thePublishedConformanceKitPasses() throws Exception {
        HttpServer server = Main.start(0);
        try {
            Process kit = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-jar",
                            System.getProperty("conformance.jar"),
                            "--base-url",
                            Main.apiRoot(server).toString(),
                            "--token",
                            "example-token",
                            "--customer-id",
                            CartsResource.CUSTOMER.toString(),
                            "--suite",
                            "conformance",
                            "--report-dir",
                            System.getProperty("conformance.reportDir")))
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader output =
                    new BufferedReader(new InputStreamReader(kit.getInputStream(), StandardCharsets.UTF_8))) {
                output.lines().forEach(System.out::println);
            }
            assertTrue(kit.waitFor(1, TimeUnit.MINUTES), "the kit ended");
            assertEquals(
                    0,
                    kit.exitValue(),
                    "the kit's exit status; its report is in " + System.getProperty("conformance.reportDir"));
        } finally {
            server.shutdownNow();
        }
    }
}
