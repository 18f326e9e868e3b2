package com.tradeledger.customers;

import com.tradeledger.shared.Username;
import java.util.Optional;
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

    @Override
    public void assignOwner(CustomerId customerId, Username salesperson) {
        jdbc.sql("UPDATE customer_registry SET salesperson = ? WHERE customer_id = ?")
                .params(salesperson.value(), customerId.value())
                .update();
    }

    /** The salesperson who owns the customer now, as of the last committed command. */
    Optional<Username> ownerOf(CustomerId customerId) {
        return jdbc.sql("SELECT salesperson FROM customer_registry WHERE customer_id = ?")
                .param(customerId.value())
                .query(String.class)
                .optional()
                .map(Username::of);
    }
}
