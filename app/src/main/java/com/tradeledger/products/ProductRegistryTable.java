package com.tradeledger.products;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The command side's product table in PostgreSQL; its writes join the command's transaction. */
@Component
class ProductRegistryTable implements ProductRegistry {

    private final JdbcClient jdbc;

    ProductRegistryTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(Sku sku, ProductId productId) {
        return jdbc.sql("INSERT INTO product_registry (product_id, sku) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .params(productId.value(), sku.value())
                        .update()
                == 1;
    }

    @Override
    public boolean exists(ProductId productId) {
        return jdbc.sql("SELECT count(*) FROM product_registry WHERE product_id = ?")
                        .param(productId.value())
                        .query(Long.class)
                        .single()
                > 0;
    }
}
