package com.tradeledger.contracting;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A contract's lines in line-number order, with how much of each was shipped so far (in the line's unit). Immutable. */
final class ContractLines {

    private final TreeMap<Integer, ContractLine> byNumber;
    private final Map<Integer, BigDecimal> shipped;

    private ContractLines(TreeMap<Integer, ContractLine> byNumber, Map<Integer, BigDecimal> shipped) {
        this.byNumber = byNumber;
        this.shipped = shipped;
    }

    static ContractLines of(List<ContractLine> lines) {
        TreeMap<Integer, ContractLine> byNumber = new TreeMap<>();
        lines.forEach(line -> byNumber.put(line.lineNumber(), line));
        return new ContractLines(byNumber, Map.of());
    }

    /** These lines with the line's delivery date set or moved. */
    ContractLines scheduled(int lineNumber, LocalDate deliveryDate) {
        TreeMap<Integer, ContractLine> lines = new TreeMap<>(byNumber);
        lines.computeIfPresent(lineNumber, (number, line) -> line.deliveredOn(deliveryDate));
        return new ContractLines(lines, shipped);
    }

    /** These lines with the shipped quantities added to what each line shipped before. */
    ContractLines shipped(List<ShippedQuantity> quantities) {
        Map<Integer, BigDecimal> total = new HashMap<>(shipped);
        quantities.forEach(q -> total.merge(q.lineNumber(), q.quantity(), BigDecimal::add));
        return new ContractLines(byNumber, Map.copyOf(total));
    }

    Optional<ContractLine> line(int lineNumber) {
        return Optional.ofNullable(byNumber.get(lineNumber));
    }

    List<ContractLine> asList() {
        return List.copyOf(byNumber.values());
    }

    /** What is still to ship of the line: its quantity less what shipped so far. */
    BigDecimal open(int lineNumber) {
        return byNumber.get(lineNumber).quantity().subtract(shipped.getOrDefault(lineNumber, BigDecimal.ZERO));
    }

    boolean anythingShipped() {
        return !shipped.isEmpty();
    }

    boolean fullyShipped() {
        return byNumber.keySet().stream().allMatch(number -> open(number).signum() <= 0);
    }

    boolean anyBelowFloor() {
        return byNumber.values().stream().anyMatch(ContractLine::belowFloor);
    }

    List<Integer> unscheduled() {
        return byNumber.values().stream()
                .filter(line -> line.deliveryDate() == null)
                .map(ContractLine::lineNumber)
                .toList();
    }

    List<ProductId> products() {
        return byNumber.values().stream()
                .map(ContractLine::productId)
                .distinct()
                .toList();
    }

    /** The sum of the line totals, each rounded at its own named point. */
    Money total(Currency currency) {
        return byNumber.values().stream().map(ContractLine::total).reduce(Money.zero(currency), Money::plus);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContractLines other && byNumber.equals(other.byNumber) && shipped.equals(other.shipped);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byNumber, shipped);
    }

    @Override
    public String toString() {
        return byNumber.values() + " shipped " + shipped;
    }
}
