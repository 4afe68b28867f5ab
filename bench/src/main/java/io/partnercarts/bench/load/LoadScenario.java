package io.partnercarts.bench.load;

import io.partnercarts.bench.load.HttpConnection.HttpAnswer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * What one connection sends next and which status it expects. {@code post} and {@code get} send the
 * same request each time; {@code create+checkout} alternates creating a cart and checking out the cart
 * the last create answered, on the same connection.
 */
interface LoadScenario {
    byte[] nextRequest();

    /** Whether the answer is the one this scenario expects; a flow also learns from it what to send next. */
    boolean accept(HttpAnswer answer);

    static Supplier<LoadScenario> named(String name, String path, byte[] body, InetSocketAddress server) {
        return switch (name) {
            case "post" -> () -> new Fixed(HttpConnection.request("POST", path, server, body), 201);
            case "get" -> () -> new Fixed(HttpConnection.request("GET", path, server, new byte[0]), 200);
            case "create+checkout" -> () -> new CreateThenCheckout(path, server, body);
            default -> throw new IllegalArgumentException("unknown scenario " + name + " (post, get, create+checkout)");
        };
    }

    record Fixed(byte[] request, int expected) implements LoadScenario {
        @Override
        public byte[] nextRequest() {
            return request;
        }

        @Override
        public boolean accept(HttpAnswer answer) {
            return answer.status() == expected;
        }
    }

    /** Create a cart (201 with its id first in the body), then check it out (201), and again. */
    final class CreateThenCheckout implements LoadScenario {
        private static final byte[] ID_PROPERTY = "\"id\":\"".getBytes(StandardCharsets.US_ASCII);

        private final String cartsPath;
        private final InetSocketAddress server;
        private final byte[] create;
        private String createdCart;

        CreateThenCheckout(String cartsPath, InetSocketAddress server, byte[] cart) {
            this.cartsPath = cartsPath;
            this.server = server;
            this.create = HttpConnection.request("POST", cartsPath, server, cart);
        }

        @Override
        public byte[] nextRequest() {
            if (createdCart == null) {
                return create;
            }
            String checkout = cartsPath + "/" + createdCart + "/checkout";
            createdCart = null;
            return HttpConnection.request("POST", checkout, server, new byte[0]);
        }

        @Override
        public boolean accept(HttpAnswer answer) {
            if (answer.status() != 201) {
                return false;
            }
            createdCart = cartIdOf(answer.body());
            return true;
        }

        /** The id of a cart answer ({@code {"id":"…",…}}); null for a checkout result, which starts with its orders. */
        static String cartIdOf(byte[] body) {
            if (!startsWith(body, 1, ID_PROPERTY)) {
                return null;
            }
            int from = 1 + ID_PROPERTY.length;
            int to = from;
            while (to < body.length && body[to] != '"') {
                to++;
            }
            return new String(body, from, to - from, StandardCharsets.US_ASCII);
        }

        private static boolean startsWith(byte[] body, int offset, byte[] prefix) {
            if (body.length < offset + prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (body[offset + i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
