package com.tradeledger.salesplanning;

import com.tradeledger.customers.CustomerOwnership;
import com.tradeledger.security.Role;
import com.tradeledger.security.Staff;
import com.tradeledger.shared.Username;
import com.tradeledger.web.Forbidden;
import com.tradeledger.web.InvalidField;
import org.springframework.stereotype.Component;

/**
 * Who reads which sales figures: managers, finance and auditors everyone's; salespeople only their own; nobody else
 * any.
 */
@Component
class SalesReaders {

    private final CustomerOwnership ownership;
    private final Staff staff;

    SalesReaders(CustomerOwnership ownership, Staff staff) {
        this.ownership = ownership;
        this.staff = staff;
    }

    /** The salesperson whose figures the caller reads: as asked (null: all), or, for a salesperson, themselves. */
    Username salesperson(String requested) {
        if (!ownership.readsAllCustomers() && !staff.currentUserHas(Role.SALES)) {
            throw new Forbidden("sales figures are read by sales, managers, finance and auditors");
        }
        return ownership.listedSalesperson(username("salesperson", requested), "sales figures");
    }

    static Username username(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Username.of(value);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidField(field, invalid.getMessage());
        }
    }
}
