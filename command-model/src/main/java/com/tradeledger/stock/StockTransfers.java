package com.tradeledger.stock;

import static com.tradeledger.shared.MissingValue.requirePresent;

/** What a transfer between warehouses must say: from where, to where, how much, who moved it and when. */
final class StockTransfers {

    private StockTransfers() {}

    static void requireDetails(TransferStock command) {
        requirePresent(command.from(), "from");
        requirePresent(command.to(), "to");
        requirePresent(command.transferredBy(), "transferredBy");
        requirePresent(command.transferredOn(), "transferredOn");
        QuantityNotPositive.check(command.quantity());
        if (command.from().equals(command.to())) {
            throw new TransferWithinWarehouse(command.from());
        }
    }
}
