package com.tradeledger.customers;

import com.tradeledger.shared.Username;

/**
 * The command side's own table of customers, for rules across all of them (set-wide rules never ask the read
 * model): unique codes, each customer's owning salesperson, and which customers still take business. Writes join
 * the command's transaction.
 */
public interface CustomerRegistry {

    /** Claims the code for the customer; false when another customer holds it already. */
    boolean claim(CustomerCode code, CustomerId customerId);

    /** Whether the customer is registered and still takes business (not merged, not deactivated). */
    boolean isActive(CustomerId customerId);

    /** Records who owns the customer now, so that the owner can be told apart from other salespeople at once. */
    void assignOwner(CustomerId customerId, Username salesperson);

    /** Records that the customer no longer takes business. */
    void close(CustomerId customerId);
}
