package com.tradeledger.history;

import com.tradeledger.shared.ContractId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where an event belongs in the contracts' stories (订单历史): the contracts it names, the subjects (a quote,
 * purchase order, order line, shipment, invoice, payment) whose contracts it belongs to, the links between subjects
 * and contracts it establishes, and the subjects it is held under until they are linked.
 */
record OrderTrail(Set<ContractId> contracts, Set<String> subjects, List<Link> links, Set<String> held) {

    static final OrderTrail NONE = new OrderTrail(Set.of(), Set.of(), List.of(), Set.of());

    OrderTrail {
        contracts = Set.copyOf(contracts);
        subjects = Set.copyOf(subjects);
        links = List.copyOf(links);
        held = Set.copyOf(held);
    }

    /** An event of the contracts named. */
    static OrderTrail ofContracts(ContractId... contracts) {
        return NONE.withContracts(Stream.of(contracts).filter(Objects::nonNull).toList());
    }

    /** An event of the subjects, shown in the stories of the contracts they are linked to. */
    static OrderTrail ofSubjects(Stream<String> subjects) {
        return new OrderTrail(Set.of(), subjects.collect(Collectors.toSet()), List.of(), Set.of());
    }

    /** An event of a subject that may come before its contract is known: also held under the subject. */
    static OrderTrail heldUnder(String subject) {
        return new OrderTrail(Set.of(), Set.of(subject), List.of(), Set.of(subject));
    }

    boolean isEmpty() {
        return contracts.isEmpty() && subjects.isEmpty() && links.isEmpty();
    }

    OrderTrail withContracts(List<ContractId> more) {
        var all = new LinkedHashSet<>(contracts);
        all.addAll(more);
        return new OrderTrail(all, subjects, links, held);
    }

    /** Also links the subject to the contract, unless either is unknown. */
    OrderTrail linking(Object subject, ContractId contract) {
        if (subject == null || contract == null) {
            return this;
        }
        return new OrderTrail(
                contracts,
                subjects,
                Stream.concat(links.stream(), Stream.of(new Link(subject.toString(), contract)))
                        .toList(),
                held);
    }

    /** The subject key of a purchase order line, which serves only the contracts of the requisitions it covers. */
    static String orderLine(Object purchaseOrderId, int lineNumber) {
        return purchaseOrderId + "/" + lineNumber;
    }

    /** The subject key of a payment's share for one invoice. */
    static String paymentShare(Object paymentId, Object invoiceId) {
        return paymentId + "/" + invoiceId;
    }

    /** The subject serves the contract from now on. */
    record Link(String subject, ContractId contract) {}
}
