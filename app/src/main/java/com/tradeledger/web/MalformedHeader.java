package com.tradeledger.web;

/** A request header that cannot be read; answered with 400 naming the header. */
public class MalformedHeader extends RuntimeException {

    private final String header;

    public MalformedHeader(String header, String message) {
        super(message);
        this.header = header;
    }

    public String header() {
        return header;
    }
}
