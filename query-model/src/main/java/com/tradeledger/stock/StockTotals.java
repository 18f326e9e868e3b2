package com.tradeledger.stock;

import static com.tradeledger.shared.Columns.nullable;
import static com.tradeledger.shared.Columns.timestamp;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The running sums of the stock levels: per product, per product and warehouse, and per product and contract line.
 * Each new movement is added once, by the stock levels, right after it is recorded; the sums always equal those of
 * the movements.
 */
final class StockTotals {

    private final JdbcClient jdbc;

    StockTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds what the newly recorded movement did to its product, warehouses and contract line. */
    void add(StockChange change) {
        StockMovement movement = change.movement();
        UUID product = change.productId().value();
        BigDecimal onHand = BigDecimal.ZERO;
        if (movement.warehouse() != null) {
            addOnHand(product, movement.warehouse(), change.onHandChange());
            onHand = onHand.add(change.onHandChange());
        }
        // A transfer puts what it took out of the first warehouse into the second.
        if (movement.toWarehouse() != null) {
            addOnHand(product, movement.toWarehouse(), movement.quantity());
            onHand = onHand.add(movement.quantity());
        }
        if (movement.contractId() != null) {
            addReserved(product, movement.contractId(), movement.contractLine(), change.reservedChange());
        }
        addToProduct(change, onHand);
    }

    void clear() {
        jdbc.sql("delete from stock_on_hand").update();
        jdbc.sql("delete from stock_reserved").update();
        jdbc.sql("delete from stock_product").update();
    }

    private void addOnHand(UUID product, WarehouseCode warehouse, BigDecimal change) {
        jdbc.sql("""
                        insert into stock_on_hand as level (product_id, warehouse, on_hand)
                        values (:product, :warehouse, :change)
                        on conflict (product_id, warehouse) do update set on_hand = level.on_hand + excluded.on_hand
                        """)
                .param("product", product)
                .param("warehouse", warehouse.value())
                .param("change", change)
                .update();
    }

    private void addReserved(UUID product, ContractId contract, Integer line, BigDecimal change) {
        jdbc.sql("""
                        insert into stock_reserved as reserved (product_id, contract_id, contract_line, quantity)
                        values (:product, :contract, :line, :change)
                        on conflict (product_id, contract_id, contract_line)
                        do update set quantity = reserved.quantity + excluded.quantity
                        """)
                .param("product", product)
                .param("contract", contract.value())
                .param("line", line)
                .param("change", change)
                .update();
        jdbc.sql("""
                        delete from stock_reserved
                         where product_id = :product and contract_id = :contract and contract_line = :line
                           and quantity = 0
                        """)
                .param("product", product)
                .param("contract", contract.value())
                .param("line", line)
                .update();
    }

    // The base unit is the last count's: a product's events come in the order of its stream.
    private void addToProduct(StockChange change, BigDecimal onHand) {
        var columns = new HashMap<String, Object>();
        columns.put("product", change.productId().value());
        columns.put("baseUnit", nullable(change.baseUnit(), UnitOfMeasure::code));
        columns.put("onHand", onHand);
        columns.put("reserved", change.reservedChange());
        columns.put("version", change.movement().sequence());
        columns.put("at", timestamp(change.movement().at()));
        jdbc.sql("""
                        insert into stock_product as stock (product_id, base_unit, on_hand, reserved, version, changed_at)
                        values (:product, :baseUnit, :onHand, :reserved, :version, :at)
                        on conflict (product_id) do update
                           set base_unit = coalesce(excluded.base_unit, stock.base_unit),
                               on_hand = stock.on_hand + excluded.on_hand,
                               reserved = stock.reserved + excluded.reserved,
                               version = greatest(stock.version, excluded.version),
                               changed_at = greatest(stock.changed_at, excluded.changed_at)
                        """).params(columns).update();
    }
}
