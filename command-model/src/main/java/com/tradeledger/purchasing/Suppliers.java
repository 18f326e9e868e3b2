package com.tradeledger.purchasing;

import com.tradeledger.shared.SupplierId;
import java.util.Optional;

/** The ledger's suppliers (供应商) as a purchase order reads them, within the order's own unit of work. */
public interface Suppliers {

    /** The supplier as it stands now; empty when none was registered under this id. */
    Optional<SupplierState> find(SupplierId supplierId);
}
