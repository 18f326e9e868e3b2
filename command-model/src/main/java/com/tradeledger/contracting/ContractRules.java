package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import java.util.ArrayList;
import java.util.List;

/**
 * Which commands a contract takes in which status, and what a contract must say before it is submitted or signed:
 * its payment terms and a delivery date for every line.
 */
final class ContractRules {

    private ContractRules() {}

    static void requireDraft(ContractId contractId, ContractStatus status) {
        if (status != ContractStatus.DRAFT) {
            throw new ContractNotDraft(contractId, status);
        }
    }

    static void requireAwaitingApproval(ContractId contractId, ContractStatus status) {
        if (status != ContractStatus.AWAITING_APPROVAL) {
            throw new ContractNotAwaitingApproval(contractId, status);
        }
    }

    static void requireOpen(ContractId contractId, ContractStatus status) {
        if (status == ContractStatus.CANCELLED || status == ContractStatus.COMPLETED) {
            throw new ContractClosed(contractId, status);
        }
    }

    static void requireSigned(ContractId contractId, ContractStatus status) {
        if (status != ContractStatus.SIGNED) {
            throw new ContractNotSigned(contractId, status);
        }
    }

    /** A contract is signed from a draft or once approved; a signed or closed one is past signing. */
    static void requireSignable(ContractId contractId, ContractStatus status) {
        requireOpen(contractId, status);
        if (status == ContractStatus.SIGNED) {
            throw new ContractAlreadySigned(contractId);
        }
    }

    static void requireComplete(ContractId contractId, PaymentTerms paymentTerms, ContractLines lines) {
        List<String> missing = new ArrayList<>();
        if (paymentTerms == null) {
            missing.add("payment terms");
        }
        lines.unscheduled().forEach(number -> missing.add("the delivery date of line " + number));
        if (!missing.isEmpty()) {
            throw new ContractIncomplete(contractId, missing);
        }
    }
}
