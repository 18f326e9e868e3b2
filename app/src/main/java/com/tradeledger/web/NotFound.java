package com.tradeledger.web;

/** Nothing is known under the id asked for; answered with 404. */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super("no " + what + " is registered under id " + id);
    }
}
