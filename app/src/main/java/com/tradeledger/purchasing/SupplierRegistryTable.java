package com.tradeledger.purchasing;

import com.tradeledger.shared.SupplierId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The command side's supplier codes in PostgreSQL; a claim joins the registering command's transaction. */
@Component
class SupplierRegistryTable implements SupplierRegistry {

    private final JdbcClient jdbc;

    SupplierRegistryTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(SupplierCode code, SupplierId supplierId) {
        return jdbc.sql("INSERT INTO supplier_registry (supplier_id, code) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .params(supplierId.value(), code.value())
                        .update()
                == 1;
    }
}
