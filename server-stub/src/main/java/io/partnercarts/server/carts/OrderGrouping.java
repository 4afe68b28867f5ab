package io.partnercarts.server.carts;

import io.partnercarts.server.catalog.Catalog;
import io.partnercarts.server.catalog.Offer;
import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.CartLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which lines of a cart are ordered together. A legacy offer is ordered alone, in groups {@code OMS-0},
 * {@code OMS-1}, ...; all other lines (modern or unknown offers) share one group per billing cycle,
 * named {@code 0}, {@code 1}, ... in the order the cycles first appear. Add-ons go with their parent.
 */
final class OrderGrouping {
    private static final String LEGACY_PREFIX = "OMS-";

    private final Catalog catalog;

    OrderGrouping(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The lines with their {@code orderGroup} set; whatever group they had is replaced. */
    List<CartLine> assignGroups(List<CartLine> lines) {
        int legacyGroups = 0;
        Map<BillingCycle, String> groupsByCycle = new LinkedHashMap<>();
        List<CartLine> grouped = new ArrayList<>();
        for (CartLine line : lines) {
            String group = isLegacy(line)
                    ? LEGACY_PREFIX + legacyGroups++
                    : groupsByCycle.computeIfAbsent(line.billingCycle(), cycle -> String.valueOf(groupsByCycle.size()));
            grouped.add(withGroup(line, group));
        }
        return grouped;
    }

    /** The groups of lines whose groups were assigned, in the order they first appear. */
    List<OrderGroup> groupsOf(List<CartLine> lines) {
        Map<String, List<CartLine>> linesByGroup = new LinkedHashMap<>();
        for (CartLine line : lines) {
            linesByGroup
                    .computeIfAbsent(line.orderGroup(), group -> new ArrayList<>())
                    .add(line);
        }
        List<OrderGroup> groups = new ArrayList<>();
        linesByGroup.forEach((id, members) -> {
            CartLine first = members.get(0);
            groups.add(new OrderGroup(id, first.billingCycle(), isLegacy(first), List.copyOf(members)));
        });
        return groups;
    }

    private boolean isLegacy(CartLine line) {
        return catalog.find(line.catalogItemId()).map(Offer::isLegacy).orElse(false);
    }

    private static CartLine withGroup(CartLine line, String group) {
        List<CartLine> addons =
                line.addonItems().stream().map(addon -> withGroup(addon, group)).toList();
        return line.withOrderGroup(group).withAddonItems(addons);
    }
}
