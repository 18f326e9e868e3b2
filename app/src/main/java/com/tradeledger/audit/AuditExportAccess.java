package com.tradeledger.audit;

import com.tradeledger.security.Role;
import com.tradeledger.security.Staff;
import com.tradeledger.web.Forbidden;

/** Who may take the audit export: auditors and administrators. */
final class AuditExportAccess {

    private AuditExportAccess() {}

    static void require(Staff staff) {
        if (!staff.currentUserHas(Role.AUDITOR) && !staff.currentUserHas(Role.ADMIN)) {
            throw new Forbidden("only auditors and administrators take the audit export");
        }
    }
}
