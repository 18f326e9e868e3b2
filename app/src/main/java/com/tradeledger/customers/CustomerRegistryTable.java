package com.tradeledger.customers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The command side's customer table in PostgreSQL; its writes join the command's transaction. */
@Component
class CustomerRegistryTable implements CustomerRegistry {

    private final JdbcClient jdbc;

    CustomerRegistryTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(CustomerCode code, CustomerId customerId) {
        return jdbc.sql("INSERT INTO customer_registry (customer_id, code) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .params(customerId.value(), code.value())
                        .update()
                == 1;
    }

    /** Locks the row until the command commits, so that it cannot be closed by a concurrent merge meanwhile. */
    @Override
    public boolean isActive(CustomerId customerId) {
        return jdbc.sql("SELECT active FROM customer_registry WHERE customer_id = ? FOR SHARE")
                .param(customerId.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    @Override
    public void close(CustomerId customerId) {
        jdbc.sql("UPDATE customer_registry SET active = FALSE WHERE customer_id = ?")
                .param(customerId.value())
                .update();
    }
}
