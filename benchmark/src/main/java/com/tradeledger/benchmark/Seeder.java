package com.tradeledger.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Seeds a realistic ledger over HTTP, in parallel: customers of every salesperson, products with price tiers,
 * suppliers with offers for the products, commission agents. What it made is what the deals draw from.
 */
final class Seeder {

    /** What the deals draw from: each salesperson's customers, the products and each one's supplier, the agents. */
    record Ledger(
            List<List<String>> customersBySales,
            List<String> products,
            List<String> supplierOfProduct,
            List<String> agents) {}

    private final Staff staff;

    Seeder(Staff staff) {
        this.staff = staff;
    }

    Ledger seed(int customers, int products, int suppliers, int agents) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<String> agentCodes = parallel(pool, agents, i -> agent(run, i));
            List<String> supplierIds = parallel(pool, suppliers, i -> supplier(run, i));
            List<String> productIds = parallel(pool, products, i -> product(run, i));
            List<String> supplierOf = new ArrayList<>();
            for (int i = 0; i < productIds.size(); i++) {
                supplierOf.add(supplierIds.get(i % supplierIds.size()));
            }
            parallel(pool, productIds.size(), i -> offer(supplierOf.get(i), productIds.get(i), i));
            int salespeople = staff.sales.size();
            List<String> customerIds = parallel(pool, customers, i -> customer(run, i, salespeople));
            List<List<String>> bySales = new ArrayList<>();
            for (int s = 0; s < salespeople; s++) {
                bySales.add(new ArrayList<>());
            }
            for (int i = 0; i < customerIds.size(); i++) {
                bySales.get(i % salespeople).add(customerIds.get(i));
            }
            return new Ledger(bySales, productIds, supplierOf, agentCodes);
        } finally {
            pool.shutdown();
        }
    }

    private String agent(String run, int i) {
        String code = "AG-" + run + "-" + i;
        staff.manager
                .postRetrying(
                        "/api/v1/agents",
                        Map.of("code", code, "name", "Agent " + i, "country", "HK", "defaultCommission", "5"))
                .ok();
        return code;
    }

    private String supplier(String run, int i) {
        return staff.purchasing
                .postRetrying(
                        "/api/v1/suppliers",
                        Map.of(
                                "code",
                                "SUP-" + run + "-" + i,
                                "name",
                                "Supplier " + i + " Co-operative",
                                "country",
                                "CN",
                                "terms",
                                Map.of("currency", "USD", "paymentTermsDays", 30, "leadTimeDays", 20)))
                .id();
    }

    private String product(String run, int i) {
        String id = staff.manager
                .postRetrying(
                        "/api/v1/products",
                        Map.of(
                                "sku",
                                "BENCH-" + run + "-" + i,
                                "name",
                                "Green tea " + i + ", 500 g tin",
                                "category",
                                i % 3 == 0 ? "Tea" : i % 3 == 1 ? "Coffee" : "Spices",
                                "source",
                                "SUPPLIER",
                                "baseUnit",
                                "TIN",
                                "conversions",
                                List.of(Map.of("unit", "CTN", "factor", "24")),
                                "hsCode",
                                "0902.10"))
                .id();
        staff.manager
                .postRetrying(
                        "/api/v1/products/" + id + "/set-price-list",
                        Map.of(
                                "currency", "USD",
                                "listPrice", usd("6.80"),
                                "tiers",
                                        List.of(
                                                Map.of(
                                                        "label",
                                                        "carton price",
                                                        "minQuantity",
                                                        "240",
                                                        "unitPrice",
                                                        usd("6.20")),
                                                Map.of("label", "A customers", "grade", "A", "unitPrice", usd("6.10"))),
                                "floorPrice", usd("5.50"),
                                "costPrice", usd("4.10")))
                .ok();
        return id;
    }

    private String offer(String supplier, String product, int i) {
        staff.purchasing
                .postRetrying(
                        "/api/v1/suppliers/" + supplier + "/set-offer",
                        Map.of(
                                "productId",
                                product,
                                "supplierSku",
                                "SKU-" + i,
                                "unit",
                                "CTN",
                                "leadTimeDays",
                                20,
                                "prices",
                                List.of(
                                        Map.of("minQuantity", "0", "unitPrice", usd("98.40")),
                                        Map.of("minQuantity", "100", "unitPrice", usd("96.00")))))
                .ok();
        return product;
    }

    private String customer(String run, int i, int salespeople) {
        Http owner = staff.sales.get(i % salespeople);
        return owner.postRetrying(
                        "/api/v1/customers",
                        Map.of(
                                "code",
                                "C-" + run + "-" + i,
                                "name",
                                "Customer " + i + " Handels GmbH",
                                "country",
                                i % 2 == 0 ? "DE" : "FR",
                                "address",
                                Map.of("street", "Hafenstrasse " + i, "city", "Hamburg", "postalCode", "20457"),
                                "grade",
                                i % 4 == 0 ? "A" : "B",
                                "creditLimit",
                                usd("100000000")))
                .id();
    }

    static Map<String, Object> usd(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    static <T> List<T> parallel(ExecutorService pool, int count, IntFunction<T> task) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> task.apply(index)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return Collections.unmodifiableList(results);
    }
}
