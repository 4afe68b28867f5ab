package io.partnercarts.server;

import io.partnercarts.server.http.HttpRefusals;
import io.partnercarts.server.store.CartStore;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.jetty.JettyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;

/**
 * The running server: Jersey on Jetty, serving the API under {@code /v1}. Jetty parses HTTP/1.1
 * strictly (RFC 7230 framing), ambiguous targets are refused, and every refusal is an ApiFault.
 */
public final class CartsServer implements AutoCloseable {
    static final String API_ROOT = "/v1";

    private final Server jetty;
    private final URI baseUri;
    private final CartStore store;

    private CartsServer(Server jetty, URI baseUri, CartStore store) {
        this.jetty = jetty;
        this.baseUri = baseUri;
        this.store = store;
    }

    /** Starts a server and returns once it accepts connections. */
    public static CartsServer start(ServerSettings settings) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("partner-carts");
        Server jetty = new Server(threads);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http()));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        jetty.addConnector(connector);
        CartsApplication.Assembled application = CartsApplication.create(settings);
        JettyHttpContainer jersey;
        try {
            jersey = ContainerFactory.createContainer(JettyHttpContainer.class, application.config());
        } catch (RuntimeException e) {
            application.store().close();
            throw e;
        }
        jetty.setHandler(new RequestLimits(new UnambiguousTargets(jersey)));
        jetty.setErrorHandler(new ApiFaultErrorHandler());
        if (settings.accessLog()) {
            jetty.setRequestLog(new AccessLog(System.out));
        }
        jetty.setStopTimeout(2_000);
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly(jetty);
            application.store().close();
            throw new IllegalStateException(
                    "Cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        URI baseUri = UriBuilder.fromUri("http://localhost/")
                .host(settings.host())
                .port(connector.getLocalPort())
                .path(API_ROOT)
                .build();
        return new CartsServer(jetty, baseUri, application.store());
    }

    private static HttpConfiguration http() {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(HttpRefusals.MAX_HEADER_BYTES);
        http.setHttpCompliance(HttpCompliance.RFC7230);
        // Every violation is let through the parser and refused by UnambiguousTargets.
        http.setUriCompliance(UriCompliance.UNSAFE);
        return http;
    }

    /** The API root, for example {@code http://127.0.0.1:8080/v1}. */
    public URI baseUri() {
        return baseUri;
    }

    /** Stops serving, then lets go of the store (a database's connections) once no request can use it. */
    @Override
    public void close() {
        stopQuietly(jetty);
        store.close();
    }

    private static void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            // Stopping is best effort: the process is going away or the port was never bound.
        }
    }
}
