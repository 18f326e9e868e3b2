package com.tradeledger.payablesledger;

import com.tradeledger.purchasing.SupplierChanged;
import com.tradeledger.purchasing.SupplierRegistered;
import com.tradeledger.shared.EventStamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The suppliers of the payables ledger, by code and name, joined to their bills when read so that the order in which
 * supplier and bill events arrive does not matter. A row takes only events of its supplier later than its last.
 */
@Component
public class PayableSuppliers {

    private final JdbcClient jdbc;

    public PayableSuppliers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void registered(SupplierRegistered registered, EventStamp stamp) {
        jdbc.sql("""
                        insert into payable_supplier as supplier (supplier_id, code, name, version)
                        values (:id, :code, :name, :version)
                        on conflict (supplier_id) do update
                           set code = excluded.code, name = excluded.name, version = excluded.version
                         where supplier.version < excluded.version
                        """)
                .param("id", registered.supplierId().value())
                .param("code", registered.code().value())
                .param("name", registered.name())
                .param("version", stamp.version())
                .update();
    }

    public void changed(SupplierChanged changed, EventStamp stamp) {
        jdbc.sql("""
                        update payable_supplier set name = :name, version = :version
                         where supplier_id = :id and version < :version
                        """)
                .param("id", changed.supplierId().value())
                .param("name", changed.name())
                .param("version", stamp.version())
                .update();
    }

    /** Empties the suppliers, so that they can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from payable_supplier").update();
    }
}
