package com.tradeledger.customers;

import com.tradeledger.shared.Username;
import org.axonframework.serialization.Revision;

/** A customer passed from one salesperson to another (客户交接), for the reason given. */
@Revision("1")
public record CustomerHandedOver(
        CustomerId customerId, Username fromSalesperson, Username toSalesperson, String reason) {}
