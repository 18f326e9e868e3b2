package com.tradeledger.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The logins the harness works with, one per role (several salespeople, so concurrent deals are not all one
 * person's), created by the admin over {@code POST /api/v1/users}.
 */
final class Staff {

    final Http admin;
    final List<Http> sales = new ArrayList<>();
    final List<String> salesNames = new ArrayList<>();
    final Http manager;
    final Http approver;
    final Http purchasing;
    final Http warehouse;
    final Http finance;
    final Http auditor;
    final Http integrator;

    Staff(String base, String adminPassword, int salespeople) {
        this.admin = new Http(base, "admin", adminPassword);
        for (int i = 1; i <= salespeople; i++) {
            salesNames.add("bench-sales-" + i);
            sales.add(login(base, "bench-sales-" + i));
        }
        this.manager = login(base, "bench-manager");
        this.approver = login(base, "bench-approver");
        this.purchasing = login(base, "bench-buyer");
        this.warehouse = login(base, "bench-keeper");
        this.finance = login(base, "bench-clerk");
        this.auditor = login(base, "bench-auditor");
        this.integrator = login(base, "bench-feed");
    }

    /** Creates every login; one that exists already (a second run on the same ledger) is left as it is. */
    void create() {
        for (String name : salesNames) {
            add(name, "SALES");
        }
        add("bench-manager", "MANAGER");
        add("bench-approver", "MANAGER");
        add("bench-buyer", "PURCHASING");
        add("bench-keeper", "WAREHOUSE");
        add("bench-clerk", "FINANCE");
        add("bench-auditor", "AUDITOR");
        add("bench-feed", "INTEGRATOR");
    }

    /** The names of the ledger's projections: the event processors that can be rebuilt. */
    List<String> projections() {
        List<String> projections = new ArrayList<>();
        admin.get("/api/v1/admin/projections").ok().forEach(processor -> {
            if (processor.get("rebuildable").asBoolean()) {
                projections.add(processor.get("name").asText());
            }
        });
        return projections;
    }

    private void add(String name, String role) {
        Http.Answer answer = admin.post(
                "/api/v1/users", Map.of("username", name, "password", password(name), "roles", List.of(role)));
        if (answer.status() != 201 && answer.status() != 200 && answer.status() != 409) {
            answer.ok();
        }
    }

    private static Http login(String base, String name) {
        return new Http(base, name, password(name));
    }

    private static String password(String name) {
        return name + "-secret-1";
    }
}
