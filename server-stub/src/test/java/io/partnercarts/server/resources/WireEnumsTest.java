package io.partnercarts.server.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.server.api.model.BillingCycleType;
import io.partnercarts.server.api.model.CartStatus;
import io.partnercarts.server.api.model.OrderStatus;
import io.partnercarts.server.api.model.ParticipantType;
import io.partnercarts.server.core.BillingCycle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fails when the contract's enums and the domain's drift apart: a value added on one side only, or two
 * values mapped to one.
 */
class WireEnumsTest {

    @Test
    void billingCyclesMapOneToOneBothWays() {
        for (BillingCycleType wire : BillingCycleType.values()) {
            assertThat(WireEnums.billingCycle(WireEnums.billingCycle(wire))).isEqualTo(wire);
        }
        for (BillingCycle domain : BillingCycle.values()) {
            assertThat(WireEnums.billingCycle(WireEnums.billingCycle(domain))).isEqualTo(domain);
        }
        assertThat(Arrays.stream(BillingCycleType.values())
                        .map(WireEnums::billingCycle)
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(BillingCycle.values());
    }

    @Test
    void billingCyclesKeepTheContractsNames() {
        for (BillingCycleType wire : BillingCycleType.values()) {
            assertThat(WireEnums.billingCycle(wire).wireName()).isEqualTo(wire.toString());
        }
    }

    @Test
    void cartStatusesMapOneToOneBothWays() {
        for (CartStatus wire : CartStatus.values()) {
            assertThat(WireEnums.cartStatus(WireEnums.cartStatus(wire))).isEqualTo(wire);
        }
        for (io.partnercarts.server.core.CartStatus domain : io.partnercarts.server.core.CartStatus.values()) {
            assertThat(WireEnums.cartStatus(WireEnums.cartStatus(domain))).isEqualTo(domain);
        }
        assertThat(Arrays.stream(CartStatus.values()).map(WireEnums::cartStatus).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(io.partnercarts.server.core.CartStatus.values());
    }

    @Test
    void participantKeysMapOneToOneBothWaysAndKeepTheContractsNames() {
        Set<String> keys = Arrays.stream(ParticipantType.values())
                .map(WireEnums::participantKey)
                .collect(Collectors.toSet());
        assertThat(keys).hasSize(ParticipantType.values().length);
        for (ParticipantType wire : ParticipantType.values()) {
            assertThat(WireEnums.participantKey(wire)).isEqualTo(wire.toString());
            assertThat(WireEnums.participantKey(WireEnums.participantKey(wire))).isEqualTo(wire);
        }
    }

    @Test
    void everyDomainOrderStatusHasItsOwnWireValueAndOnlyTheKnownRestHaveNone() {
        Set<OrderStatus> mapped = EnumSet.noneOf(OrderStatus.class);
        for (io.partnercarts.server.core.OrderStatus domain : io.partnercarts.server.core.OrderStatus.values()) {
            OrderStatus wire = WireEnums.orderStatus(domain);
            assertThat(mapped.add(wire))
                    .as("%s has a wire value of its own", domain)
                    .isTrue();
            assertThat(WireEnums.orderStatus(wire)).isEqualTo(domain);
        }
        Set<OrderStatus> unmapped = EnumSet.complementOf(EnumSet.copyOf(mapped));
        assertThat(unmapped)
                .as("wire order statuses the service never sets")
                .containsExactlyInAnyOrder(
                        OrderStatus.UNKNOWN, OrderStatus.CANCELLED, OrderStatus.SUSPENDED, OrderStatus.ERROR);
        unmapped.forEach(wire -> assertThat(WireEnums.orderStatus(wire)).isNull());
    }
}
