package com.tradeledger.purchasing;

import static com.tradeledger.shared.MissingValue.requirePresent;

/** What a requisition must say when it is raised: what, how much, for which contract, by when. */
final class RequisitionRules {

    private RequisitionRules() {}

    static void checkRaising(RaiseRequisition command) {
        requirePresent(command.requisitionId(), "requisitionId");
        requirePresent(command.contractId(), "contractId");
        requirePresent(command.productId(), "productId");
        requirePresent(command.quantity(), "quantity");
        requirePresent(command.baseUnit(), "baseUnit");
        requirePresent(command.dateNeeded(), "dateNeeded");
        requirePresent(command.kind(), "kind");
        if (command.kind() == RequisitionKind.MATERIAL) {
            requirePresent(command.forProduct(), "forProduct");
        }
        if (command.quantity().signum() <= 0) {
            throw new RequisitionQuantityNotPositive(command.quantity());
        }
    }
}
