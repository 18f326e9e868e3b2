package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Username;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The contract was submitted for a manager's approval, for these reasons. */
@Revision("1")
public record ContractSubmitted(ContractId contractId, Username submittedBy, List<ApprovalReason> reasons) {}
