package io.partnercarts.bench.control;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The benchmark's control: a bare Jersey resource on Grizzly with Jackson, no filters and no validation,
 * so that the sandbox's numbers can be read against what Jersey itself costs on this machine.
 * Usage: {@code java -jar partner-carts-bench-*-all.jar --port N}.
 */
public final class ControlApplication {
    private ControlApplication() {}

    public static void main(String[] args) throws InterruptedException {
        int port = portOf(args);
        ResourceConfig application = new ResourceConfig(RecordsResource.class)
                .register(JacksonFeature.class)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true); // as the sandbox does
        HttpServer server =
                GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/"), application);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.shutdownNow();
                            stopped.countDown();
                        },
                        "control-stop"));
        System.out.println("control listening on http://127.0.0.1:" + port + "/records");
        stopped.await();
    }

    private static int portOf(String[] args) {
        if (args.length == 2 && args[0].equals("--port")) {
            return Integer.parseInt(args[1]);
        }
        System.err.println("usage: java -jar partner-carts-bench-all.jar --port N");
        System.exit(2);
        throw new AssertionError();
    }
}
