package com.tradeledger.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The large ledger: a few dozen real deals run over HTTP as templates, then cloned with JDBC while the server is
 * stopped (see {@link LedgerCloner}); the processes that act on new events (the sagas: billing, purchase planning —
 * every processor that cannot be rebuilt, except the event chain) are moved to the head first, so they do not act
 * on cloned history. On the next start the projections and the event chain catch up on the clones.
 */
final class LargeLedger {

    private final LedgerServer server;
    private final Staff staff;
    private final Seeder.Ledger ledger;
    private final Results results;

    LargeLedger(LedgerServer server, Staff staff, Seeder.Ledger ledger, Results results) {
        this.server = server;
        this.staff = staff;
        this.ledger = ledger;
        this.results = results;
    }

    /**
     * Runs the template deals one at a time, every {@code unpaidEvery}-th of them left with its invoice open; returns
     * each one's range of the global index.
     */
    List<long[]> templates(int count, int unpaidEvery) throws Exception {
        List<long[]> ranges = new ArrayList<>();
        Deal.Commands untimed = new Deal.Commands() {
            @Override
            public Http.Answer send(Http who, String path, Object body) {
                return who.post(path, body);
            }

            @Override
            public boolean over() {
                return false;
            }
        };
        for (int i = 0; i < count; i++) {
            long from = head() + 1;
            new Deal(staff, ledger, untimed, 7919L * i).run(i, i, i % unpaidEvery != unpaidEvery - 1);
            long to = quiet();
            ranges.add(new long[] {from, to});
        }
        return ranges;
    }

    /** Clones the templates up to the target with the server stopped; returns the events added. */
    long grow(List<long[]> templates, long target) throws Exception {
        List<String> processes = new ArrayList<>();
        for (JsonNode processor : staff.admin.get("/api/v1/admin/projections").ok()) {
            String name = processor.get("name").asText();
            if (!processor.get("rebuildable").asBoolean() && !name.equals("event-chain")) {
                processes.add(name);
            }
        }
        server.stop();
        long added;
        if (!System.getProperty("bench.jdbc", "").isBlank()) {
            added = cloneInto(server.jdbcUrl(), templates, target, processes);
        } else {
            try (OfflineDatabase offline = new OfflineDatabase(server.dataDirectory())) {
                added = cloneInto(offline.jdbcUrl(), templates, target, processes);
            }
        }
        results.note("large ledger: " + added + " events cloned from " + templates.size()
                + " template deals; processes moved to the head before restart: " + processes);
        return added;
    }

    private long cloneInto(String jdbcUrl, List<long[]> templates, long target, List<String> processes)
            throws Exception {
        long added = new LedgerCloner(jdbcUrl).cloneUntil(templates, target);
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            long head = new Tokens(connection).head();
            for (String process : processes) {
                Tokens.moveTo(connection, process, head);
            }
        }
        return added;
    }

    /** Waits until every processor (projections, processes and the event chain) is at the head; returns seconds. */
    double awaitCaughtUp(long timeoutSeconds) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeoutSeconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean done = true;
            for (JsonNode processor :
                    staff.admin.get("/api/v1/admin/projections").ok()) {
                done &= processor.get("behind").asLong() == 0
                        && !processor.get("rebuilding").asBoolean()
                        && processor.get("running").asBoolean();
            }
            if (done) {
                return (System.nanoTime() - start) / 1e9;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("projections not caught up within " + timeoutSeconds + " s");
    }

    /** Checks the clones: the server's own chain verification, and cloned contracts read back over HTTP. */
    void verify() throws Exception {
        Http.Answer verdict = staff.auditor.postNothing("/api/v1/audit/verify");
        results.note("audit verify after cloning: HTTP " + verdict.status() + " "
                + (verdict.status() == 200 && verdict.body() != null
                        ? verdict.body().path("status").asText() + ", events verified "
                                + verdict.body().path("eventsVerified").asText()
                        : verdict.text()));
        for (String contract : lastContracts(3)) {
            JsonNode view = staff.manager.get("/api/v1/contracts/" + contract).ok();
            results.note("cloned contract " + contract + ": status "
                    + view.path("status").asText() + ", total "
                    + view.at("/total/amount").asText() + " "
                    + view.at("/total/currency").asText());
        }
    }

    List<String> lastContracts(int count) throws Exception {
        List<String> contracts = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
                PreparedStatement statement = connection.prepareStatement(
                        "select aggregateidentifier from"
                                + " domainevententry where type = 'Contract' and sequencenumber = 0 order by globalindex desc limit ?")) {
            statement.setInt(1, count);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    contracts.add(rows.getString(1));
                }
            }
        }
        return contracts;
    }

    long head() throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
            return new Tokens(connection).head();
        }
    }

    /** Waits until the log has not grown for a second (the deal's processes are done); returns the head. */
    private long quiet() throws Exception {
        long last = head();
        while (true) {
            Thread.sleep(1000);
            long now = head();
            if (now == last) {
                return now;
            }
            last = now;
        }
    }
}
