package com.tradeledger.contracting;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A contract's lines in line-number order, with what of each shipped so far: its quantity, base quantity and total.
 * Immutable.
 */
final class ContractLines {

    private final TreeMap<Integer, ContractLine> byNumber;
    private final Map<Integer, LinePortion> shipped;

    private ContractLines(TreeMap<Integer, ContractLine> byNumber, Map<Integer, LinePortion> shipped) {
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

    /** These lines with the shipped quantities, each priced as {@link #portion} prices it, added in this order. */
    ContractLines shipped(List<ShippedQuantity> quantities) {
        ContractLines after = this;
        for (ShippedQuantity quantity : quantities) {
            after = after.plus(quantity.lineNumber(), after.portion(quantity.lineNumber(), quantity.quantity()));
        }
        return after;
    }

    private ContractLines plus(int lineNumber, LinePortion portion) {
        Map<Integer, LinePortion> after = new HashMap<>(shipped);
        after.merge(lineNumber, portion, LinePortion::plus);
        return new ContractLines(byNumber, Map.copyOf(after));
    }

    /**
     * What {@code quantity} of the line is if it ships next. Its total is the rounded value of everything shipped of
     * the line once it is out, less what the earlier parts came to: the parts never drift from the line's total and
     * never go negative. The part that ships the last of the line takes what is left of its base quantity; any other
     * part's base quantity is in proportion to the line's.
     */
    LinePortion portion(int lineNumber, BigDecimal quantity) {
        ContractLine line = byNumber.get(lineNumber);
        LinePortion before = shippedOf(lineNumber);
        Money total = line.netUnitPrice()
                .times(before.quantity().add(quantity))
                .rounded()
                .minus(before.total());
        BigDecimal baseQuantity = quantity.compareTo(open(lineNumber)) == 0
                ? line.baseQuantity().subtract(before.baseQuantity())
                : line.baseQuantity().multiply(quantity).divide(line.quantity(), MathContext.DECIMAL64);
        return new LinePortion(quantity, baseQuantity, total);
    }

    Optional<ContractLine> line(int lineNumber) {
        return Optional.ofNullable(byNumber.get(lineNumber));
    }

    List<ContractLine> asList() {
        return List.copyOf(byNumber.values());
    }

    /** What is still to ship of the line: its quantity less what shipped so far. */
    BigDecimal open(int lineNumber) {
        return byNumber.get(lineNumber)
                .quantity()
                .subtract(shippedOf(lineNumber).quantity());
    }

    private LinePortion shippedOf(int lineNumber) {
        LinePortion none =
                LinePortion.nothing(byNumber.get(lineNumber).unitPrice().currency());
        return shipped.getOrDefault(lineNumber, none);
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
