package com.tradeledger.contracting;

import static com.tradeledger.shared.MissingValue.requirePresent;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A contract as shipping (出货) sees it: its customer, its lines and what is still to ship of each, the rules every
 * shipment against it obeys, both when it is planned and when it leaves, and what each part of a line that ships is
 * worth.
 */
public final class ShippableContract {

    private final ContractId contractId;
    private final CustomerId customerId;
    private final ContractStatus status;
    private final ContractLines lines;

    ShippableContract(ContractId contractId, CustomerId customerId, ContractStatus status, ContractLines lines) {
        this.contractId = contractId;
        this.customerId = customerId;
        this.status = status;
        this.lines = lines;
    }

    /** The contract with these lines, of which {@code shippedSoFar} left already. */
    public static ShippableContract of(
            ContractId contractId,
            CustomerId customerId,
            ContractStatus status,
            List<ContractLine> lines,
            List<ShippedQuantity> shippedSoFar) {
        return new ShippableContract(
                contractId, customerId, status, ContractLines.of(lines).shipped(shippedSoFar));
    }

    public ContractId contractId() {
        return contractId;
    }

    public CustomerId customerId() {
        return customerId;
    }

    /**
     * Refuses a shipment of these quantities: the contract must be signed, and each line known, listed once, shipped
     * in a positive quantity and never beyond what is still to ship of it.
     */
    public void check(List<ShippedQuantity> quantities) {
        if (status != ContractStatus.SIGNED) {
            throw new ContractNotSigned(contractId, status);
        }
        Set<Integer> listed = new HashSet<>();
        for (ShippedQuantity quantity : quantities) {
            line(quantity.lineNumber());
            if (!listed.add(quantity.lineNumber())) {
                throw new ContractLineShippedTwice(quantity.lineNumber());
            }
            requireWithinContract(quantity);
        }
    }

    /** The contract line of that number. */
    public ContractLine line(int lineNumber) {
        return lines.line(lineNumber).orElseThrow(() -> new UnknownContractLine(contractId, lineNumber));
    }

    /**
     * What {@code quantity} of the line counts in base units and is worth if it ships next: the part that ships the
     * last of the line takes what is left of the line's base quantity and total; any other part is in proportion,
     * its total rounded to the currency's minor unit.
     */
    public LinePortion portion(int lineNumber, BigDecimal quantity) {
        line(lineNumber);
        return lines.portion(lineNumber, quantity);
    }

    boolean fullyShippedAfter(List<ShippedQuantity> quantities) {
        return lines.shipped(quantities).fullyShipped();
    }

    private void requireWithinContract(ShippedQuantity quantity) {
        requirePresent(quantity.quantity(), "quantity");
        if (quantity.quantity().signum() <= 0) {
            throw new ShippedQuantityNotPositive(quantity.lineNumber(), quantity.quantity());
        }
        if (quantity.quantity().compareTo(lines.open(quantity.lineNumber())) > 0) {
            throw new ShipmentExceedsContract(
                    contractId, quantity.lineNumber(), quantity.quantity(), lines.open(quantity.lineNumber()));
        }
    }
}
