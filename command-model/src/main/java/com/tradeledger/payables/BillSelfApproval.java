package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Username;

/** Four eyes on money going out: whoever recorded a held bill may not also release it for payment. */
public final class BillSelfApproval extends BusinessRuleViolation {

    BillSelfApproval(SupplierBillId billId, Username recordedBy) {
        super("self-approval", recordedBy + " recorded supplier bill " + billId + " and may not also approve it");
    }
}
