package com.example.carts;

import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Runs the example implementation on Grizzly: {@code java -jar target/carts-implementer.jar [--port N]}, the port
 * also from {@code PORT}, 8080 by default. The API root is {@code http://127.0.0.1:N/v1}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        String port = System.getenv().getOrDefault("PORT", "8080");
        if (args.length == 2 && args[0].equals("--port")) {
            port = args[1];
        } else if (args.length != 0) {
            exit("the only option is --port N");
        }
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
            exit("the port must be a number from 0 to 65535, not " + port);
        }
        HttpServer server = start(Integer.parseInt(port));
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        System.out.println("carts-implementer: serving " + apiRoot(server));
        Thread.currentThread().join();
    }

    /** Starts a server with no carts; port 0 picks a free one ({@link #apiRoot}). */
    public static HttpServer start(int port) {
        ResourceConfig application = new ResourceConfig()
                .registerInstances(new CartsResource())
                .registerClasses(JsonBodies.class, ApiFaults.class, RequestRules.class, RequestRules.GuidIds.class)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        return GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/v1"), application);
    }

    public static URI apiRoot(HttpServer server) {
        return URI.create(
                "http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/v1");
    }

    private static void exit(String problem) {
        System.err.println("carts-implementer: " + problem);
        System.exit(2);
    }
}
