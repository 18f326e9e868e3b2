package com.tradeledger.replaycheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which read-model tables each projection (processing group) writes: what a replay check rebuilds in its shadow
 * schema and compares. Every table the query model's migrations create belongs to exactly one projection, and every
 * rebuildable processor is listed here; tests fail when either stops being true.
 */
final class ProjectionTables {

    private static final Map<String, List<String>> TABLES = declared();

    private ProjectionTables() {}

    private static Map<String, List<String>> declared() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put("customer-directory", List.of("customer_directory"));
        tables.put("product-catalogue", List.of("product_catalogue"));
        tables.put("quote-book", List.of("quote_book", "quote_revision"));
        tables.put("contract-book", List.of("contract_book", "contract_line"));
        tables.put("shipment-book", List.of("shipment_book"));
        tables.put("billing-book", List.of("invoice_book", "payment_book"));
        tables.put("stock-levels", List.of("stock_movement", "stock_product", "stock_on_hand", "stock_reserved"));
        tables.put("stock-on-order", List.of("stock_on_order"));
        tables.put("supplier-directory", List.of("supplier_directory"));
        tables.put("purchase-book", List.of("requisition_book", "purchase_order_book", "purchase_order_line"));
        tables.put("delivery-risks", List.of("delivery_risk"));
        tables.put("goods-receipts", List.of("goods_receipt_book"));
        tables.put("payables-book", List.of("supplier_bill_book", "supplier_payment_book"));
        tables.put("agent-directory", List.of("agent_directory"));
        tables.put("exchange-rates", List.of("exchange_rate_seen"));
        tables.put("receivables", List.of("receivable_customer", "receivable_invoice", "receivable_movement"));
        tables.put("payables-ledger", List.of("payable_supplier", "payable_bill", "payable_movement"));
        tables.put(
                "customer-history",
                List.of(
                        "customer_history_entry",
                        "customer_history_count",
                        "customer_history_subject",
                        "customer_history_merge"));
        tables.put(
                "order-history",
                List.of("order_history_entry", "order_history_contract", "order_history_link", "order_history_held"));
        tables.put(
                "sales-performance",
                List.of(
                        "sales_performance",
                        "sales_performance_event_seen",
                        "sales_quote",
                        "sales_contract",
                        "sales_contract_line",
                        "sales_invoice",
                        "sales_payment",
                        "sales_target"));
        return Collections.unmodifiableMap(tables);
    }

    /** The projections that can be checked, in the order they are listed. */
    static List<String> projections() {
        return List.copyOf(TABLES.keySet());
    }

    /** The tables of one projection; empty for a name that is no projection. */
    static Optional<List<String>> of(String projection) {
        return Optional.ofNullable(TABLES.get(projection));
    }

    /** Every table of the read model, of whichever projection. */
    static List<String> all() {
        List<String> all = new ArrayList<>();
        TABLES.values().forEach(all::addAll);
        return all;
    }
}
