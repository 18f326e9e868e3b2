package com.tradeledger.contracting;

import static com.tradeledger.contracting.CommissionRules.requireEarningAgent;
import static com.tradeledger.contracting.ContractRules.requireAwaitingApproval;
import static com.tradeledger.contracting.ContractRules.requireComplete;
import static com.tradeledger.contracting.ContractRules.requireDraft;
import static com.tradeledger.contracting.ContractRules.requireOpen;
import static com.tradeledger.contracting.ContractRules.requireSignable;
import static com.tradeledger.contracting.ContractRules.requireSigned;
import static com.tradeledger.quoting.CustomerRules.requireTakingBusiness;
import static com.tradeledger.shared.MissingValue.requirePresent;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerStanding;
import com.tradeledger.quoting.CustomerStandings;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.StockKeeping;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One sales contract (合同) concluded from an accepted quote. While a draft its payment terms, delivery dates and
 * commission are agreed; a contract that is large, sells below the floor or passes the customer's credit is approved
 * by a second manager (合同审批) before it is signed. Signing reserves its stock; shipments are recorded against it
 * until every line has shipped and it is completed, which releases what is still reserved for it. It may be cancelled
 * until anything ships.
 */
public class Contract {

    @AggregateIdentifier
    private ContractId contractId;

    private CustomerId customerId;
    private Username salesperson;
    private Money total;
    private LocalDate concludedOn;
    private ContractStatus status;
    private ContractLines lines;
    private PaymentTerms paymentTerms;
    private CommissionTerms commission;
    private Username submittedBy;
    private List<ApprovalReason> submittedReasons;

    Contract() {
        // Axon rebuilds the contract from its events through this constructor.
    }

    @CommandHandler
    Contract(
            ConcludeContract command,
            AcceptedQuotes quotes,
            ProductUnits units,
            CustomerStandings customers,
            ContractRegistry registry) {
        apply(ContractConclusion.conclude(command, quotes, units, customers, registry));
    }

    @CommandHandler
    void agreePaymentTerms(AgreePaymentTerms command) {
        requireDraft(contractId, status);
        requirePresent(command.terms(), "terms");
        apply(new PaymentTermsAgreed(contractId, command.terms()));
    }

    @CommandHandler
    void scheduleDelivery(ScheduleDelivery command) {
        requireDraft(contractId, status);
        requirePresent(command.deliveryDate(), "deliveryDate");
        lines.line(command.lineNumber()).orElseThrow(() -> new UnknownContractLine(contractId, command.lineNumber()));
        if (command.deliveryDate().isBefore(concludedOn)) {
            throw new DeliveryBeforeConclusion(contractId, command.deliveryDate(), concludedOn);
        }
        apply(new DeliveryScheduled(contractId, command.lineNumber(), command.deliveryDate()));
    }

    @CommandHandler
    void agreeCommission(AgreeCommission command, CommissionAgents agents) {
        requireDraft(contractId, status);
        requirePresent(command.commission(), "commission");
        requireEarningAgent(command.commission(), agents);
        apply(new CommissionAgreed(contractId, command.commission()));
    }

    @CommandHandler
    void submit(
            SubmitContract command, CustomerStandings customers, CreditExposure exposure, ContractingPolicy policy) {
        requirePresent(command.submittedBy(), "submittedBy");
        requireDraft(contractId, status);
        requireComplete(contractId, paymentTerms, lines);
        ApprovalAssessment assessment = assess(customers, exposure, policy);
        if (!assessment.needsApproval()) {
            throw new ContractNeedsNoApproval(contractId);
        }
        apply(new ContractSubmitted(contractId, command.submittedBy(), assessment.reasons()));
    }

    @CommandHandler
    void approve(ApproveContract command) {
        requirePresent(command.approvedBy(), "approvedBy");
        requireAwaitingApproval(contractId, status);
        requireOtherThanSubmitter(command.approvedBy());
        apply(new ContractApproved(contractId, command.approvedBy(), command.note()));
    }

    @CommandHandler
    void reject(RejectContract command) {
        requirePresent(command.rejectedBy(), "rejectedBy");
        requirePresent(command.reason(), "reason");
        requireAwaitingApproval(contractId, status);
        requireOtherThanSubmitter(command.rejectedBy());
        apply(new ContractRejected(contractId, command.rejectedBy(), command.reason()));
    }

    @CommandHandler
    void sign(
            SignContract command,
            CustomerStandings customers,
            CreditExposure exposure,
            ContractingPolicy policy,
            StockKeeping stock) {
        requirePresent(command.signedBy(), "signedBy");
        requirePresent(command.signedOn(), "signedOn");
        requireSignable(contractId, status);
        requireComplete(contractId, paymentTerms, lines);
        ApprovalAssessment assessment = assess(customers, exposure, policy);
        requireApprovalWhereNeeded(assessment);
        apply(new ContractSigned(
                contractId,
                customerId,
                salesperson,
                total.currency(),
                lines.asList(),
                total,
                paymentTerms,
                commission,
                assessment.openReceivables(),
                assessment.creditLimit(),
                command.signedBy(),
                command.signedOn()));
        apply(new ContractStockAllocated(
                contractId,
                lines.asList().stream().map(line -> allocate(line, stock)).toList()));
    }

    /** Reserves what is available of the line's product, and says what is left to buy. */
    private LineAllocation allocate(ContractLine line, StockKeeping stock) {
        BigDecimal reserved = stock.reserve(line.productId(), contractId, line.lineNumber(), line.baseQuantity());
        return new LineAllocation(
                line.lineNumber(),
                line.productId(),
                line.baseUnit(),
                line.baseQuantity(),
                reserved,
                line.baseQuantity().subtract(reserved),
                line.deliveryDate());
    }

    @CommandHandler
    void cancel(CancelContract command, StockKeeping stock) {
        requirePresent(command.cancelledBy(), "cancelledBy");
        requirePresent(command.reason(), "reason");
        requirePresent(command.cancelledOn(), "cancelledOn");
        requireOpen(contractId, status);
        if (lines.anythingShipped()) {
            throw new ContractAlreadyShipped(contractId);
        }
        boolean reserved = status == ContractStatus.SIGNED;
        apply(new ContractCancelled(contractId, command.cancelledBy(), command.reason(), command.cancelledOn()));
        if (reserved) {
            lines.products().forEach(product -> stock.releaseAll(product, contractId, command.reason()));
        }
    }

    /** A closed contract holds no stock: whatever is still reserved for it goes back to available. */
    @CommandHandler
    void complete(CompleteContract command, StockKeeping stock) {
        requirePresent(command.completedOn(), "completedOn");
        requireSigned(contractId, status);
        if (!lines.fullyShipped()) {
            throw new ContractNotFullyShipped(contractId);
        }
        apply(new ContractCompleted(contractId, command.completedOn()));
        lines.products().forEach(product -> stock.releaseAll(product, contractId, "contract completed"));
    }

    /**
     * Records that the shipment left carrying these quantities of the contract's lines; called by shipping inside
     * the shipment's own unit of work, so that both commit together or not at all.
     */
    public void recordShipment(ShipmentId shipmentId, List<ShippedQuantity> quantities) {
        requirePresent(shipmentId, "shipmentId");
        requirePresent(quantities, "lines");
        ShippableContract shippable = shippable();
        shippable.check(quantities);
        apply(new ContractShipmentRecorded(
                contractId, shipmentId, List.copyOf(quantities), shippable.fullyShippedAfter(quantities)));
    }

    /** This contract as shipping sees it; read by shipping, which decides nothing here. */
    public ShippableContract shippable() {
        return new ShippableContract(contractId, customerId, status, lines);
    }

    private ApprovalAssessment assess(CustomerStandings customers, CreditExposure exposure, ContractingPolicy policy) {
        CustomerStanding customer = requireTakingBusiness(customerId, customers);
        return ApprovalAssessment.of(customerId, customer, total, lines, policy, exposure);
    }

    private void requireOtherThanSubmitter(Username manager) {
        if (manager.equals(submittedBy)) {
            throw new SubmitterCannotApprove(contractId, submittedBy);
        }
    }

    private void requireApprovalWhereNeeded(ApprovalAssessment assessment) {
        if (status == ContractStatus.AWAITING_APPROVAL) {
            throw new ContractNeedsApproval(contractId, submittedReasons);
        }
        if (status == ContractStatus.DRAFT && assessment.needsApproval()) {
            throw new ContractNeedsApproval(contractId, assessment.reasons());
        }
    }

    @EventSourcingHandler
    void on(ContractConcluded event) {
        contractId = event.contractId();
        customerId = event.customerId();
        salesperson = event.salesperson();
        total = event.total();
        concludedOn = event.concludedOn();
        lines = ContractLines.of(event.lines());
        status = ContractStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(PaymentTermsAgreed event) {
        paymentTerms = event.terms();
    }

    @EventSourcingHandler
    void on(DeliveryScheduled event) {
        lines = lines.scheduled(event.lineNumber(), event.deliveryDate());
    }

    /** A rate of 0 ends the commission: the contract then owes no agent anything. */
    @EventSourcingHandler
    void on(CommissionAgreed event) {
        commission = event.commission().rate().value().signum() == 0 ? null : event.commission();
    }

    @EventSourcingHandler
    void on(ContractSubmitted event) {
        status = ContractStatus.AWAITING_APPROVAL;
        submittedBy = event.submittedBy();
        submittedReasons = event.reasons();
    }

    @EventSourcingHandler
    void on(ContractApproved event) {
        status = ContractStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(ContractRejected event) {
        status = ContractStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(ContractSigned event) {
        status = ContractStatus.SIGNED;
    }

    @EventSourcingHandler
    void on(ContractShipmentRecorded event) {
        lines = lines.shipped(event.lines());
    }

    @EventSourcingHandler
    void on(ContractCancelled event) {
        status = ContractStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(ContractCompleted event) {
        status = ContractStatus.COMPLETED;
    }
}
