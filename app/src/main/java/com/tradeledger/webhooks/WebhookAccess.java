package com.tradeledger.webhooks;

import com.tradeledger.security.Role;
import com.tradeledger.security.Staff;
import com.tradeledger.web.Forbidden;
import com.tradeledger.web.NotFound;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who manages webhooks: integrators their own subscriptions, admins everyone's. Another integrator's subscription
 * is answered as unknown (404), so ids cannot be probed.
 */
@Component
class WebhookAccess {

    private final Staff staff;
    private final Subscriptions subscriptions;

    WebhookAccess(Staff staff, Subscriptions subscriptions) {
        this.staff = staff;
        this.subscriptions = subscriptions;
    }

    void requireIntegrator() {
        if (!staff.currentUserHas(Role.INTEGRATOR) && !staff.currentUserHas(Role.ADMIN)) {
            throw new Forbidden("only integrators and admins manage webhooks");
        }
    }

    /** The caller's subscription under the id (any one for an admin). */
    Subscription readable(UUID id) {
        requireIntegrator();
        return subscriptions
                .find(id)
                .filter(subscription -> isAdmin() || subscription.owner().equals(caller()))
                .orElseThrow(() -> new NotFound("webhook subscription", id));
    }

    /** Whose subscriptions the caller lists: empty for an admin, who sees all. */
    Optional<String> listedOwner() {
        requireIntegrator();
        return isAdmin() ? Optional.empty() : Optional.of(caller());
    }

    String caller() {
        return staff.current().value();
    }

    private boolean isAdmin() {
        return staff.currentUserHas(Role.ADMIN);
    }
}
