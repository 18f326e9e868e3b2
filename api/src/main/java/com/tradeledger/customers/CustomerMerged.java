package com.tradeledger.customers;

import com.tradeledger.shared.Username;
import org.axonframework.serialization.Revision;

/**
 * A duplicate customer was merged into a survivor and closed; its history now belongs to the survivor. The
 * duplicate's code and owning salesperson at that moment are carried so readers need not look them up.
 */
@Revision("1")
public record CustomerMerged(
        CustomerId customerId, CustomerCode code, Username salesperson, CustomerId survivorId, String reason) {}
