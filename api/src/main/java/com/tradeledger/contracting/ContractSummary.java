package com.tradeledger.contracting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.time.Instant;
import java.time.LocalDate;

/** A contract as a list shows it: whose it is, where it stands, its total and when it was signed. */
public record ContractSummary(
        ContractId id,
        CustomerId customerId,
        Username salesperson,
        ContractStatus status,
        Money total,
        LocalDate concludedOn,
        LocalDate signedOn,
        Instant changedAt) {}
