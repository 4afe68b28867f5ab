package io.partnercarts.server.carts;

import io.partnercarts.server.core.CartLine;
import java.util.ArrayList;
import java.util.List;

/** Walks cart lines the way orders list them. */
final class CartLines {

    private CartLines() {}

    /** The lines with each line's add-ons right after it. */
    static List<CartLine> inCartOrder(List<CartLine> lines) {
        List<CartLine> ordered = new ArrayList<>();
        for (CartLine line : lines) {
            ordered.add(line);
            ordered.addAll(inCartOrder(line.addonItems()));
        }
        return ordered;
    }
}
