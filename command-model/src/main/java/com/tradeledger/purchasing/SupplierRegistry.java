package com.tradeledger.purchasing;

import com.tradeledger.shared.SupplierId;

/**
 * The command side's own table of suppliers (供应商), for the rule across all of them (set-wide rules never ask the
 * read model): a supplier code names one supplier. Writes join the command's transaction.
 */
public interface SupplierRegistry {

    /** Claims the code for the supplier; false when another supplier holds it already. */
    boolean claim(SupplierCode code, SupplierId supplierId);
}
