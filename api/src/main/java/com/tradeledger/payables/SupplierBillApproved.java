package com.tradeledger.payables;

import com.tradeledger.shared.Username;
import org.axonframework.serialization.Revision;

/** Finance released a held bill for payment, and said why. */
@Revision("1")
public record SupplierBillApproved(SupplierBillId billId, Username approvedBy, String reason) {}
