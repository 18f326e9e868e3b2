package com.tradeledger.customers;

/**
 * The command side's own table of customers, for rules across all of them (set-wide rules never ask the read
 * model): unique codes, and which customers still take business. Writes join the command's transaction.
 */
public interface CustomerRegistry {

    /** Claims the code for the customer; false when another customer holds it already. */
    boolean claim(CustomerCode code, CustomerId customerId);

    /** Whether the customer is registered and still takes business (not merged, not deactivated). */
    boolean isActive(CustomerId customerId);

    /** Records that the customer no longer takes business. */
    void close(CustomerId customerId);
}
