package com.tradeledger.payables;

import com.tradeledger.shared.Username;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Finance releases a held bill for payment, saying why the mismatch is acceptable. */
public record ApproveSupplierBill(
        @TargetAggregateIdentifier SupplierBillId billId,
        Username approvedBy,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
