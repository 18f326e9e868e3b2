package com.tradeledger.feed;

import com.tradeledger.security.Role;
import com.tradeledger.security.Staff;
import com.tradeledger.web.Forbidden;
import org.springframework.stereotype.Component;

/** Who may read the feed: integrators, auditors and admins; trading staff work from the read models instead. */
@Component
class FeedReaders {

    private final Staff staff;

    FeedReaders(Staff staff) {
        this.staff = staff;
    }

    void requireFeedAccess() {
        if (!(staff.currentUserHas(Role.INTEGRATOR)
                || staff.currentUserHas(Role.AUDITOR)
                || staff.currentUserHas(Role.ADMIN))) {
            throw new Forbidden("only integrators, auditors and admins read the event feed");
        }
    }
}
