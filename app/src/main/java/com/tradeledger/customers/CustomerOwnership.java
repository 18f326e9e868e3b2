package com.tradeledger.customers;

import com.tradeledger.security.Role;
import com.tradeledger.security.Staff;
import com.tradeledger.shared.Username;
import com.tradeledger.web.Forbidden;
import org.springframework.stereotype.Component;

/**
 * Ownership keeps two salespeople from working one customer (撞单): only the customer's owner or a manager
 * changes it or quotes it. Decided on the command side's own table, which is never behind.
 */
@Component
public class CustomerOwnership {

    private final CustomerRegistryTable registry;
    private final Staff staff;

    CustomerOwnership(CustomerRegistryTable registry, Staff staff) {
        this.registry = registry;
        this.staff = staff;
    }

    /** Refuses the calling user unless they own the customer or are a manager; unknown customers pass. */
    public void requireOwnerOrManager(CustomerId customer) {
        if (staff.currentUserHas(Role.MANAGER)) {
            return;
        }
        Username caller = staff.current();
        registry.ownerOf(customer).filter(owner -> !owner.equals(caller)).ifPresent(owner -> {
            throw new Forbidden(
                    "customer " + customer + " is owned by " + owner + "; only its owner or a manager may act on it");
        });
    }

    /**
     * Whether the caller reads the records of every customer: managers, finance and auditors do, and so do the
     * roles named (the warehouse reads every shipment); everyone else, salespeople, reads their own customers'.
     */
    public boolean readsAllCustomers(Role... alsoAllowed) {
        if (staff.currentUserHas(Role.MANAGER)
                || staff.currentUserHas(Role.FINANCE)
                || staff.currentUserHas(Role.AUDITOR)) {
            return true;
        }
        for (Role role : alsoAllowed) {
            if (staff.currentUserHas(role)) {
                return true;
            }
        }
        return false;
    }

    /** Refuses to show a customer's record to a caller who neither reads all customers nor owns this one. */
    public void requireReadable(CustomerId customer, Role... alsoAllowed) {
        if (!readsAllCustomers(alsoAllowed)) {
            requireOwnerOrManager(customer);
        }
    }

    /**
     * The salesperson a list is filtered by: a caller who reads all customers lists whatever they asked for; a
     * salesperson lists only their own, and asking for another's is refused.
     */
    public Username listedSalesperson(Username requested, String records, Role... alsoAllowed) {
        if (readsAllCustomers(alsoAllowed)) {
            return requested;
        }
        if (requested != null && !requested.equals(staff.current())) {
            throw new Forbidden("salespeople list their own " + records + " only");
        }
        return staff.current();
    }
}
