package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;
import java.math.BigDecimal;

/** A shipment carries what the contract sold and nothing more: no line ships beyond its ordered quantity. */
public final class ShipmentExceedsContract extends BusinessRuleViolation {

    ShipmentExceedsContract(ContractId contractId, int lineNumber, BigDecimal quantity, BigDecimal open) {
        super(
                "shipment-exceeds-contract",
                "line " + lineNumber + " of contract " + contractId + " has " + open.toPlainString()
                        + " left to ship, not " + quantity.toPlainString());
    }
}
