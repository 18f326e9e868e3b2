package com.tradeledger.customers;

import org.axonframework.serialization.Revision;

/** A customer moved from one grade to another, for the reason given. */
@Revision("1")
public record CustomerGradeChanged(
        CustomerId customerId, CustomerGrade previousGrade, CustomerGrade grade, String reason) {}
