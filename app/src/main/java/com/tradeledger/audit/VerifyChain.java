package com.tradeledger.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Verifies a ledger database's hash chain offline, without starting the server: given a JDBC URL (user and password
 * as URL parameters) and optionally a digest recorded earlier as {@code <position>:<hash>}, it recomputes the chain
 * from the stored rows, prints the verdict and exits 0 when intact, 1 when broken, 2 when it cannot run.
 *
 * <pre>
 * java -cp app/target/trade-ledger.jar -Dloader.main=com.tradeledger.audit.VerifyChain \
 *     org.springframework.boot.loader.launch.PropertiesLauncher \
 *     'jdbc:postgresql://localhost:5432/tradeledger?user=ledger&amp;password=secret' [position:hash]
 * </pre>
 */
public final class VerifyChain {

    private VerifyChain() {}

    public static void main(String[] arguments) {
        if (arguments.length < 1 || arguments.length > 2) {
            System.err.println("usage: VerifyChain <jdbc-url> [<position>:<hash>]");
            System.exit(2);
        }
        try {
            RecordedDigest recorded = arguments.length == 2 ? digest(arguments[1]) : null;
            ChainVerdict verdict;
            try (Connection connection = DriverManager.getConnection(arguments[0])) {
                verdict = ReadOnlySnapshot.read(connection, reading -> new ChainVerifier(reading).verify(recorded));
            }
            System.out.println(describe(verdict));
            System.exit(verdict.intact() ? 0 : 1);
        } catch (SQLException | RuntimeException failure) {
            System.err.println("cannot verify: " + failure.getMessage());
            System.exit(2);
        }
    }

    static RecordedDigest digest(String argument) {
        int colon = argument.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("a recorded digest is <position>:<hash>");
        }
        return new RecordedDigest(Long.parseLong(argument.substring(0, colon)), argument.substring(colon + 1));
    }

    static String describe(ChainVerdict verdict) {
        StringBuilder text = new StringBuilder(verdict.status())
                .append(": ")
                .append(verdict.eventsVerified())
                .append(" events verified");
        if (verdict.head().position() != null) {
            text.append(", head position ")
                    .append(verdict.head().position())
                    .append(" hash ")
                    .append(verdict.head().hash());
        }
        if (verdict.checked() != null && verdict.intact()) {
            text.append(", recorded digest at position ")
                    .append(verdict.checked().position())
                    .append(" matches");
        }
        ChainBreak broken = verdict.firstBreak();
        if (broken != null) {
            text.append(System.lineSeparator())
                    .append("first break at position ")
                    .append(broken.position())
                    .append(": ")
                    .append(broken.problem().code())
                    .append(" (")
                    .append(broken.detail())
                    .append(')');
        }
        return text.toString();
    }
}
