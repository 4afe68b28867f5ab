package com.example.carts;

import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Runs the example implementation on Grizzly: {@code java -jar target/carts-implementer.jar [--port N]}, the port
 * also from {@code PORT}, 8080 by default. The API root is {@code http://127.0.0.1:N/v1}.
 */
public final class Main {
    private static final int DEFAULT_PORT = 8080;

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        int port;
        try {
            port = port(args);
        } catch (IllegalArgumentException e) {
            System.err.println("carts-implementer: " + e.getMessage());
            System.exit(2);
            return;
        }
        HttpServer server = start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        System.out.println("carts-implementer: serving " + apiRoot(server));
        Thread.currentThread().join();
    }

    /** Starts a server with an empty store; port 0 picks a free one ({@link #apiRoot}). */
    public static HttpServer start(int port) {
        ResourceConfig application = new ResourceConfig()
                .register(CartsResource.class)
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(new CartStore()).to(CartStore.class);
                    }
                })
                .register(JsonBodies.class)
                .register(ApiFaults.class)
                .register(RequestRules.class)
                .register(RequestRules.GuidIds.class)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        return GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/v1"), application);
    }

    public static URI apiRoot(HttpServer server) {
        return URI.create(
                "http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/v1");
    }

    private static int port(String[] args) {
        String port = System.getenv().getOrDefault("PORT", String.valueOf(DEFAULT_PORT));
        for (int i = 0; i < args.length; i++) {
            if (!args[i].equals("--port") || i + 1 == args.length) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; the only one is --port N");
            }
            port = args[++i];
        }
        int number;
        try {
            number = Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 0 || number > 65535) {
            throw new IllegalArgumentException("the port must be a number from 0 to 65535, not " + port);
        }
        return number;
    }
}
