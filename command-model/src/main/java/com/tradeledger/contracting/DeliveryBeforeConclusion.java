package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;
import java.time.LocalDate;

/** Goods are delivered under a contract, so no line is delivered before the contract was concluded. */
public final class DeliveryBeforeConclusion extends BusinessRuleViolation {

    DeliveryBeforeConclusion(ContractId contractId, LocalDate deliveryDate, LocalDate concludedOn) {
        super(
                "delivery-before-conclusion",
                "contract " + contractId + " was concluded on " + concludedOn + "; it cannot deliver on "
                        + deliveryDate);
    }
}
