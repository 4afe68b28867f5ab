package io.partnercarts.contract.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * nginx as a round-robin load balancer on loopback in front of several server instances: each request goes
 * to the next instance, whichever connection it came on, so that consecutive requests of one client land on
 * different instances. It passes requests through unchanged (headers with underscores, large headers and
 * bodies included, so that each instance rather than nginx decides what to refuse), never retries a request
 * on another instance, and logs which instance answered each request with its {@code MS-RequestId}
 * ({@link #instanceOf}).
 */
public final class RoundRobinBalancer implements AutoCloseable {
    private final Nginx nginx;

    private RoundRobinBalancer(Nginx nginx) {
        this.nginx = nginx;
    }

    /** Starts nginx under {@code prefix} in front of the instances listening on {@code instances} (loopback URLs). */
    public static RoundRobinBalancer start(Path prefix, List<URI> instances) throws IOException {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("A load balancer needs at least one instance");
        }
        return new RoundRobinBalancer(Nginx.start(prefix, port -> config(prefix, port, instances)));
    }

    /** {@code http://127.0.0.1:PORT/}: requests to any path under it go to the instances. */
    public URI uri() {
        return nginx.uri();
    }

    /**
     * The instance ({@code 127.0.0.1:PORT}) that answered the request sent with {@code MS-RequestId: requestId},
     * as nginx logged it; empty if no such request went through.
     */
    public Optional<String> instanceOf(String requestId) {
        try {
            return Files.readAllLines(nginx.prefix().resolve("balancer.log")).stream()
                    .map(line -> line.split(" "))
                    .filter(fields -> fields.length >= 2 && fields[0].equals(requestId))
                    .map(fields -> fields[1])
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        nginx.close();
    }

    private static String config(Path prefix, int port, List<URI> instances) {
        String servers = instances.stream()
                .map(instance -> "  server " + instance.getHost() + ":" + instance.getPort() + ";")
                .collect(Collectors.joining("\n"));
        // Header limits well above the servers' own (16 KiB), bodies unlimited: refusing is the instances' job.
        return """
                log_format balanced '$http_ms_requestid $upstream_addr $status $request_method $request_uri';
                upstream partner_carts {
                %1$s
                  keepalive 16;
                }
                server {
                  listen 127.0.0.1:%2$d;
                  access_log %3$s/balancer.log balanced;
                  client_max_body_size 0;
                  client_header_buffer_size 64k;
                  large_client_header_buffers 8 256k;
                  underscores_in_headers on;
                  ignore_invalid_headers off;
                  location / {
                    proxy_pass http://partner_carts;
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    proxy_set_header Host $http_host;
                    proxy_next_upstream off;
                    proxy_buffering off;
                    proxy_read_timeout 120s;
                  }
                }
                """.formatted(servers, port, prefix);
    }
}
