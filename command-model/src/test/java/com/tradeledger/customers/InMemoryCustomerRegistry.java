package com.tradeledger.customers;

import com.tradeledger.shared.Username;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The customer registry as a pair of maps, behaving as the JDBC one does: a claim registers an open customer. */
final class InMemoryCustomerRegistry implements CustomerRegistry {

    private final Map<CustomerCode, CustomerId> holders = new HashMap<>();
    private final Set<CustomerId> closed = new HashSet<>();
    private final Map<CustomerId, Username> owners = new HashMap<>();

    @Override
    public boolean claim(CustomerCode code, CustomerId customerId) {
        return holders.putIfAbsent(code, customerId) == null
                || holders.get(code).equals(customerId);
    }

    @Override
    public boolean isActive(CustomerId customerId) {
        return holders.containsValue(customerId) && !closed.contains(customerId);
    }

    @Override
    public void assignOwner(CustomerId customerId, Username salesperson) {
        owners.put(customerId, salesperson);
    }

    @Override
    public void close(CustomerId customerId) {
        closed.add(customerId);
    }

    Optional<Username> ownerOf(CustomerId customerId) {
        return Optional.ofNullable(owners.get(customerId));
    }

    Optional<CustomerId> holderOf(CustomerCode code) {
        return Optional.ofNullable(holders.get(code));
    }
}
