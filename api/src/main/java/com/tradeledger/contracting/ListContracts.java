package com.tradeledger.contracting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Username;

/**
 * Ask for a page of contracts, newest first, filtered by customer, salesperson and status (a null filter matches
 * every contract); answered with a {@link ContractPage}.
 */
public record ListContracts(CustomerId customerId, Username salesperson, ContractStatus status, int page, int size) {}
