package com.tradeledger.security;

/**
 * What a member of staff may do. A MANAGER may do what sales, purchasing, warehouse and finance staff do; an
 * ADMIN what a manager does and manage users; an AUDITOR reads everything and changes nothing.
 */
public enum Role {
    SALES,
    PURCHASING,
    WAREHOUSE,
    FINANCE,
    MANAGER,
    AUDITOR,
    /** Reads the event feed (pull and live push) for another system; reads nothing else and issues no command. */
    INTEGRATOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
