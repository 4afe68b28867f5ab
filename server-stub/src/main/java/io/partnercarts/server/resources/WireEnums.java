package io.partnercarts.server.resources;

import io.partnercarts.server.api.model.BillingCycleType;
import io.partnercarts.server.api.model.CartStatus;
import io.partnercarts.server.api.model.OrderStatus;
import io.partnercarts.server.api.model.ParticipantType;
import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.Participant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The one place where the contract's generated enums meet the domain's. Each mapping is a switch
 * without a default over the enum it starts from, so a value added to the contract (or to a domain enum)
 * does not compile until it is mapped; the reverse direction is derived from it when this class is
 * initialised, which fails if two values map to one. {@code WireEnumsTest} checks that the mappings
 * that must be bijections are.
 */
final class WireEnums {
    private static final Map<BillingCycle, BillingCycleType> BILLING_CYCLES_TO_WIRE =
            inverse(BillingCycleType.values(), WireEnums::billingCycle, new EnumMap<>(BillingCycle.class));
    private static final Map<io.partnercarts.server.core.CartStatus, CartStatus> CART_STATUSES_TO_WIRE = inverse(
            CartStatus.values(), WireEnums::cartStatus, new EnumMap<>(io.partnercarts.server.core.CartStatus.class));
    private static final Map<String, ParticipantType> PARTICIPANT_KEYS_TO_WIRE =
            inverse(ParticipantType.values(), WireEnums::participantKey, new HashMap<>());
    private static final Map<OrderStatus, io.partnercarts.server.core.OrderStatus> ORDER_STATUSES_FROM_WIRE = inverse(
            io.partnercarts.server.core.OrderStatus.values(), WireEnums::orderStatus, new EnumMap<>(OrderStatus.class));

    private WireEnums() {}

    static BillingCycle billingCycle(BillingCycleType wire) {
        return switch (wire) {
            case UNKNOWN -> BillingCycle.UNKNOWN;
            case MONTHLY -> BillingCycle.MONTHLY;
            case ANNUAL -> BillingCycle.ANNUAL;
            case NONE -> BillingCycle.NONE;
            case ONE_TIME -> BillingCycle.ONE_TIME;
            case TRIENNIAL -> BillingCycle.TRIENNIAL;
            case BIENNIAL -> BillingCycle.BIENNIAL;
        };
    }

    static BillingCycleType billingCycle(BillingCycle domain) {
        return toWire(BILLING_CYCLES_TO_WIRE, domain, "billing cycle");
    }

    static io.partnercarts.server.core.CartStatus cartStatus(CartStatus wire) {
        return switch (wire) {
            case ACTIVE -> io.partnercarts.server.core.CartStatus.ACTIVE;
            case ORDERED -> io.partnercarts.server.core.CartStatus.ORDERED;
        };
    }

    static CartStatus cartStatus(io.partnercarts.server.core.CartStatus domain) {
        return toWire(CART_STATUSES_TO_WIRE, domain, "cart status");
    }

    /** The domain keeps a participant's key as the contract's text, e.g. {@link Participant#TRANSACTION_RESELLER}. */
    static String participantKey(ParticipantType wire) {
        return switch (wire) {
            case UNKNOWN -> "unknown";
            case TRANSACTION_RESELLER -> Participant.TRANSACTION_RESELLER;
            case CONSUMPTION_RESELLER -> "consumption_reseller";
            case ADDITIONAL_TRANSACTION_RESELLER -> "additional_transaction_reseller";
        };
    }

    static ParticipantType participantKey(String domain) {
        return toWire(PARTICIPANT_KEYS_TO_WIRE, domain, "participant key");
    }

    /**
     * The contract knows more order statuses than the service ever sets (unknown, cancelled, suspended,
     * error), so this direction only goes out: every domain status has its own wire value.
     */
    static OrderStatus orderStatus(io.partnercarts.server.core.OrderStatus domain) {
        return switch (domain) {
            case COMPLETED -> OrderStatus.COMPLETED;
            case PENDING -> OrderStatus.PENDING;
        };
    }

    /** The domain status answered as {@code wire}; null for the wire values the domain does not have. */
    static io.partnercarts.server.core.OrderStatus orderStatus(OrderStatus wire) {
        return ORDER_STATUSES_FROM_WIRE.get(wire);
    }

    private static <F, T> Map<T, F> inverse(F[] from, Function<F, T> mapping, Map<T, F> into) {
        for (F value : from) {
            T mapped = mapping.apply(value);
            F previous = into.put(mapped, value);
            if (previous != null) {
                throw new IllegalStateException(previous + " and " + value + " both map to " + mapped);
            }
        }
        return into;
    }

    private static <D, W> W toWire(Map<D, W> mapping, D domain, String kind) {
        W wire = mapping.get(domain);
        if (wire == null) {
            throw new IllegalArgumentException("No wire value for " + kind + " " + domain);
        }
        return wire;
    }
}
