package com.tradeledger.receivables;

import com.tradeledger.customers.CustomerHandedOver;
import com.tradeledger.customers.CustomerMerged;
import com.tradeledger.customers.CustomerRegistered;
import com.tradeledger.shared.EventStamp;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customers of the receivables ledger: code, name, the salesperson who owns each now (moving with handovers,
 * 客户交接), and the survivor a merged duplicate's invoices now belong to. Receivables are joined to them when read, so
 * a customer event arriving before or after the invoices gives the same view. A row takes only events of its customer
 * later than the last one it took.
 */
@Component
public class ReceivableCustomers {

    private final JdbcClient jdbc;

    public ReceivableCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void registered(CustomerRegistered registered, EventStamp stamp) {
        jdbc.sql("""
                        insert into receivable_customer as customer (customer_id, code, name, salesperson, version)
                        values (:id, :code, :name, :salesperson, :version)
                        on conflict (customer_id) do update
                           set code = excluded.code, name = excluded.name, salesperson = excluded.salesperson,
                               version = excluded.version
                         where customer.version < excluded.version
                        """)
                .param("id", registered.customerId().value())
                .param("code", registered.code().value())
                .param("name", registered.name())
                .param("salesperson", registered.salesperson().value())
                .param("version", stamp.version())
                .update();
    }

    public void handedOver(CustomerHandedOver handover, EventStamp stamp) {
        jdbc.sql("""
                        update receivable_customer set salesperson = :salesperson, version = :version
                         where customer_id = :id and version < :version
                        """)
                .param("id", handover.customerId().value())
                .param("salesperson", handover.toSalesperson().value())
                .param("version", stamp.version())
                .update();
    }

    /**
     * The duplicate now belongs to the survivor, or to whatever the survivor itself was merged into; so do the
     * duplicates merged into this one before, so that every invoice shows under the last survivor in one step.
     */
    public void merged(CustomerMerged merged, EventStamp stamp) {
        UUID duplicate = merged.customerId().value();
        UUID survivor = jdbc.sql(
                        "select coalesce(merged_into, customer_id) from receivable_customer where customer_id = :id")
                .param("id", merged.survivorId().value())
                .query(UUID.class)
                .optional()
                .orElse(merged.survivorId().value());
        jdbc.sql("""
                        update receivable_customer set merged_into = :survivor, version = :version
                         where customer_id = :id and version < :version
                        """)
                .param("id", duplicate)
                .param("survivor", survivor)
                .param("version", stamp.version())
                .update();
        jdbc.sql("update receivable_customer set merged_into = :survivor where merged_into = :id")
                .param("id", duplicate)
                .param("survivor", survivor)
                .update();
    }

    /** Empties the customers, so that they can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from receivable_customer").update();
    }
}
