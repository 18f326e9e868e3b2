package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.tradeledger.shared.ContractId;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a product's stock holds reserved, per contract line; a line whose reservation is used up holds none. In the
 * stock's snapshot it is the list of lines with what each holds, in the order they were first reserved.
 */
final class Reservations {

    private final Map<ReservedLine, BigDecimal> reserved = new LinkedHashMap<>();

    @JsonCreator
    static Reservations of(List<Held> lines) {
        Reservations reservations = new Reservations();
        lines.forEach(held ->
                reservations.reserved.put(new ReservedLine(held.contractId(), held.contractLine()), held.quantity()));
        return reservations;
    }

    @JsonValue
    List<Held> lines() {
        return reserved.entrySet().stream()
                .map(entry ->
                        new Held(entry.getKey().contractId(), entry.getKey().contractLine(), entry.getValue()))
                .toList();
    }

    /** A contract line and what it holds reserved. */
    record Held(ContractId contractId, int contractLine, BigDecimal quantity) {}

    BigDecimal of(ReservedLine line) {
        return reserved.getOrDefault(line, BigDecimal.ZERO);
    }

    BigDecimal total() {
        return reserved.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The contract's reservations in contract-line order. */
    Map<ReservedLine, BigDecimal> ofContract(ContractId contractId) {
        Map<ReservedLine, BigDecimal> lines = new LinkedHashMap<>();
        reserved.entrySet().stream()
                .filter(entry -> entry.getKey().contractId().equals(contractId))
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(ReservedLine::contractLine)))
                .forEach(entry -> lines.put(entry.getKey(), entry.getValue()));
        return lines;
    }

    void add(ReservedLine line, BigDecimal quantity) {
        reserved.merge(line, quantity, BigDecimal::add);
    }

    void take(ReservedLine line, BigDecimal quantity) {
        BigDecimal left = of(line).subtract(quantity);
        if (left.signum() > 0) {
            reserved.put(line, left);
        } else {
            reserved.remove(line);
        }
    }

    // Axon's test fixture compares the aggregate's state after a command with its state rebuilt from the events.
    @Override
    public boolean equals(Object other) {
        return other instanceof Reservations that && reserved.equals(that.reserved);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reserved);
    }
}
