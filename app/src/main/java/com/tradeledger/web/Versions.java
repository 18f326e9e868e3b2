package com.tradeledger.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aggregate versions over HTTP: an entity tag is the version in quotes; a client that sends it back in
 * {@code If-Match} asks for its command to be refused (412) if someone else changed the aggregate meanwhile.
 */
public final class Versions {

    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private Versions() {}

    public static String entityTag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header expects, or null when the client sent none or "*". */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw InvalidField.header("If-Match", "expected an entity tag such as \"3\", got " + ifMatch);
        }
        return Long.parseLong(matcher.group(1));
    }
}
