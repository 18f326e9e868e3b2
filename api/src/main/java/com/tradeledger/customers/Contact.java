package com.tradeledger.customers;

/** A person to talk to at the customer (联系人): name, role, e-mail and phone as given. */
public record Contact(String name, String role, String email, String phone) {

    public Contact {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a contact needs a name");
        }
        if (email != null && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("not an e-mail address: " + email);
        }
    }
}
