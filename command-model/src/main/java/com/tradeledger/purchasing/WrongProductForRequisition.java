package com.tradeledger.purchasing;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.BusinessRuleViolation;

/** A purchase order line covers only requisitions for the product it buys. */
public final class WrongProductForRequisition extends BusinessRuleViolation {

    WrongProductForRequisition(int lineNumber, RequisitionId requisitionId, ProductId requisitioned) {
        super(
                "requisition-product-mismatch",
                "line " + lineNumber + " cannot cover requisition " + requisitionId + ", which is for product "
                        + requisitioned);
    }
}
