package io.partnercarts.server.carts;

import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.CartLine;
import java.util.List;

/** The cart lines that one checkout places as one order; {@code lines} are top-level lines with their add-ons. */
record OrderGroup(String id, BillingCycle billingCycle, boolean legacy, List<CartLine> lines) {}
