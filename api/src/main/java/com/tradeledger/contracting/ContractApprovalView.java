package com.tradeledger.contracting;

import com.tradeledger.shared.Username;
import java.util.List;

/**
 * Where a contract's approval (合同审批) stands: why it was submitted and by whom, and the manager who last
 * approved it (with a note) or sent it back (with the reason). Empty reasons and nulls until it is submitted.
 */
public record ContractApprovalView(
        List<ApprovalReason> reasons,
        Username submittedBy,
        Username approvedBy,
        String approvalNote,
        Username rejectedBy,
        String rejectionReason) {}
