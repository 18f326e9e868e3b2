package com.tradeledger.web;

/** The caller's roles allow the kind of request, but not on this record (a customer someone else owns); 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
