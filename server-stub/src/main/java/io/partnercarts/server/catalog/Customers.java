package io.partnercarts.server.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The customer tenants the sandbox knows. */
public final class Customers {
    private final Map<UUID, Customer> customersById = new LinkedHashMap<>();

    Customers(List<Customer> customers) {
        customers.forEach(customer -> customersById.put(customer.id(), customer));
    }

    public Optional<Customer> find(UUID customerId) {
        return Optional.ofNullable(customerId).map(customersById::get);
    }

    public List<Customer> all() {
        return List.copyOf(customersById.values());
    }
}
