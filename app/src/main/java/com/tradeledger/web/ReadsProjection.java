package com.tradeledger.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The projections (processing groups) a read endpoint answers from. While one of them is being rebuilt from the
 * log, the endpoint answers 503 {@code projection-rebuilding} instead of half a view.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsProjection {

    /** The processing groups read. */
    String[] value();
}
