package com.tradeledger.audit;

import com.tradeledger.web.InvalidField;
import java.util.regex.Pattern;

/** A digest an auditor recorded earlier: the position and hash the chain must still reach. */
record RecordedDigest(long position, String hash) {

    private static final Pattern HEX_SHA_256 = Pattern.compile("[0-9a-f]{64}");

    RecordedDigest {
        if (hash == null || !HEX_SHA_256.matcher(hash).matches()) {
            throw new InvalidField("hash", "a SHA-256 hash as 64 lower-case hexadecimal digits");
        }
    }
}
