package com.tradeledger.web;

/** A read endpoint was asked for a view whose projection is being rebuilt from the log. */
public class ProjectionRebuilding extends RuntimeException {

    private final String projection;

    public ProjectionRebuilding(String projection) {
        super("the " + projection + " view is being rebuilt from the event log; retry shortly");
        this.projection = projection;
    }

    public String projection() {
        return projection;
    }
}
