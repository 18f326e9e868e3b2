package com.tradeledger.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * One whole deal over HTTP, as the README walks it: quote (报价) → issue → accept → contract (合同) → payment terms
 * and delivery date (and an agent's commission) → approval when the total needs it → signing → the purchase order
 * (采购) for the requisition planning raised → confirmation → goods receipt (收货) → shipment → the invoice the
 * billing process issues → payment (回款). Every command goes through {@link Commands}, which times it.
 */
final class Deal {

    /** Sends one command and times it; throws {@link Stopped} once the run's time is up. */
    interface Commands {
        Http.Answer send(Http who, String path, Object body);

        /** Whether the run is over: a deal stops at its next step. */
        boolean over();
    }

    /** The run's time is up: the deal is left where it stands. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final Staff staff;
    private final Seeder.Ledger ledger;
    private final Commands commands;
    private final Random random;
    private final LocalDate today = LocalDate.now();

    Deal(Staff staff, Seeder.Ledger ledger, Commands commands, long seed) {
        this.staff = staff;
        this.ledger = ledger;
        this.commands = commands;
        this.random = new Random(seed);
    }

    /** Runs one deal for the salesperson; with {@code pay} false it stops at the open invoice. */
    void run(int salesperson, int number, boolean pay) {
        Http sales = staff.sales.get(salesperson % staff.sales.size());
        List<String> customers = ledger.customersBySales().get(salesperson % staff.sales.size());
        String customer = customers.get(random.nextInt(customers.size()));
        int productIndex = random.nextInt(ledger.products().size());
        String product = ledger.products().get(productIndex);
        String supplier = ledger.supplierOfProduct().get(productIndex);
        boolean needsApproval = number % 4 == 3;
        String cartons = Integer.toString(needsApproval ? 700 + random.nextInt(60) : 20 + random.nextInt(180));

        String quote = send(
                        sales,
                        "/api/v1/quotes",
                        Map.of(
                                "customerId",
                                customer,
                                "currency",
                                "USD",
                                "deliveryTerms",
                                Map.of("incoterm", "FOB", "namedPlace", "Ningbo"),
                                "validUntil",
                                today.plusDays(30).toString()))
                .id();
        String quoteBase = "/api/v1/quotes/" + quote;
        send(sales, quoteBase + "/add-line", Map.of("productId", product, "quantity", cartons, "unit", "CTN"));
        send(sales, quoteBase + "/issue", Map.of());
        send(sales, quoteBase + "/accept", Map.of());

        String contract =
                send(sales, "/api/v1/contracts", Map.of("quoteId", quote)).id();
        String base = "/api/v1/contracts/" + contract;
        send(
                sales,
                base + "/agree-payment-terms",
                Map.of("deposit", "0", "depositDueDays", 0, "balance", "AFTER_SHIPMENT", "balanceDueDays", 30));
        send(
                sales,
                base + "/schedule-delivery",
                Map.of("lineNumber", 1, "deliveryDate", today.plusDays(45).toString()));
        if (number % 2 == 0) {
            String agent = ledger.agents().get(random.nextInt(ledger.agents().size()));
            send(sales, base + "/agree-commission", Map.of("agent", agent, "rate", "5"));
        }
        if (needsApproval) {
            send(sales, base + "/submit", Map.of());
            send(staff.manager, base + "/approve", Map.of("note", "regular customer"));
        }
        send(sales, base + "/sign", Map.of());

        String requisition = await(
                        staff.purchasing,
                        "/api/v1/requisitions?contractId=" + contract,
                        page -> page.path("items").size() >= 1)
                .at("/items/0/id")
                .asText();
        String order = send(
                        staff.purchasing,
                        "/api/v1/purchase-orders",
                        Map.of(
                                "supplierId",
                                supplier,
                                "currency",
                                "USD",
                                "lines",
                                List.of(Map.of(
                                        "productId",
                                        product,
                                        "quantity",
                                        cartons,
                                        "unit",
                                        "CTN",
                                        "unitPrice",
                                        Seeder.usd("98.40"),
                                        "promisedDate",
                                        today.plusDays(30).toString(),
                                        "requisitions",
                                        List.of(requisition)))))
                .id();
        send(staff.purchasing, "/api/v1/purchase-orders/" + order + "/confirm", Map.of());
        send(
                staff.warehouse,
                "/api/v1/goods-receipts",
                Map.of(
                        "purchaseOrderId",
                        order,
                        "warehouse",
                        "NGB-1",
                        "lines",
                        List.of(Map.of("purchaseOrderLine", 1, "received", cartons))));

        String shipment = send(
                        staff.warehouse,
                        "/api/v1/shipments",
                        Map.of(
                                "contractId",
                                contract,
                                "warehouse",
                                "NGB-1",
                                "lines",
                                List.of(Map.of("contractLine", 1, "quantity", cartons))))
                .id();
        send(staff.warehouse, "/api/v1/shipments/" + shipment + "/ship", Map.of());

        JsonNode invoice = await(
                        staff.finance,
                        "/api/v1/invoices?contractId=" + contract,
                        page -> page.path("items").size() >= 1)
                .at("/items/0");
        if (!pay) {
            return;
        }
        Map<String, Object> amount = Map.of(
                "amount",
                invoice.at("/total/amount").asText(),
                "currency",
                invoice.at("/total/currency").asText());
        send(
                staff.finance,
                "/api/v1/payments",
                Map.of(
                        "customerId",
                        customer,
                        "amount",
                        amount,
                        "bankReference",
                        "BENCH-" + contract.substring(0, 8),
                        "receivedOn",
                        today.toString(),
                        "rateToFunctional",
                        "7.1",
                        "allocations",
                        List.of(Map.of("invoiceId", invoice.get("id").asText(), "amount", amount))));
    }

    private Http.Answer send(Http who, String path, Object body) {
        if (commands.over()) {
            throw new Stopped();
        }
        Http.Answer answer = commands.send(who, path, body);
        for (int attempt = 1; attempt < 20 && answer.concurrentModification(); attempt++) {
            if (commands.over()) {
                throw new Stopped();
            }
            answer = commands.send(who, path, body);
        }
        answer.ok();
        return answer;
    }

    /** Polls a read until it answers 200 with a body that passes the test: a process or view caught up. */
    private JsonNode await(Http who, String path, Predicate<JsonNode> until) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            if (commands.over()) {
                throw new Stopped();
            }
            Http.Answer answer = who.get(path);
            if (answer.status() == 200 && until.test(answer.body())) {
                return answer.body();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited 60 s for " + path + ": " + answer.text());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
        }
    }
}
