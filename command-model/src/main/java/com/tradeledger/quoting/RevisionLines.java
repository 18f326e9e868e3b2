package com.tradeledger.quoting;

import com.tradeledger.shared.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The lines of a quote's current revision in line-number order, and whether a manager approved them as they stand:
 * any change to them voids the approval. Line numbers run on across revisions and are never given twice. Immutable.
 */
final class RevisionLines {

    private static final RevisionLines NONE = new RevisionLines(new TreeMap<>(), 0, false);

    private final TreeMap<Integer, QuoteLine> byNumber;
    private final int lastLineNumber;
    private final boolean approved;

    private RevisionLines(TreeMap<Integer, QuoteLine> byNumber, int lastLineNumber, boolean approved) {
        this.byNumber = byNumber;
        this.lastLineNumber = lastLineNumber;
        this.approved = approved;
    }

    static RevisionLines none() {
        return NONE;
    }

    /** These lines with {@code line} added, or in place of the line of its number; unapproved. */
    RevisionLines with(QuoteLine line) {
        TreeMap<Integer, QuoteLine> lines = new TreeMap<>(byNumber);
        lines.put(line.lineNumber(), line);
        return new RevisionLines(lines, Math.max(lastLineNumber, line.lineNumber()), false);
    }

    /** These lines without the line of that number; unapproved. */
    RevisionLines without(int lineNumber) {
        TreeMap<Integer, QuoteLine> lines = new TreeMap<>(byNumber);
        lines.remove(lineNumber);
        return new RevisionLines(lines, lastLineNumber, false);
    }

    RevisionLines approved() {
        return new RevisionLines(byNumber, lastLineNumber, true);
    }

    /** The same lines, starting a new revision that has no approval of its own yet. */
    RevisionLines unapproved() {
        return new RevisionLines(byNumber, lastLineNumber, false);
    }

    int nextLineNumber() {
        return lastLineNumber + 1;
    }

    Optional<QuoteLine> line(int lineNumber) {
        return Optional.ofNullable(byNumber.get(lineNumber));
    }

    boolean isEmpty() {
        return byNumber.isEmpty();
    }

    boolean isApproved() {
        return approved;
    }

    boolean needApproval(QuotingPolicy policy) {
        return byNumber.values().stream().anyMatch(policy::needsApproval);
    }

    List<QuoteLine> asList() {
        return List.copyOf(byNumber.values());
    }

    /** The sum of the line totals, each rounded at its own named point; every line is in the quote's currency. */
    Money total(Currency currency) {
        return byNumber.values().stream().map(QuoteLine::total).reduce(Money.zero(currency), Money::plus);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RevisionLines other
                && byNumber.equals(other.byNumber)
                && lastLineNumber == other.lastLineNumber
                && approved == other.approved;
    }

    @Override
    public int hashCode() {
        return Objects.hash(byNumber, lastLineNumber, approved);
    }

    @Override
    public String toString() {
        return byNumber.values() + (approved ? " approved" : "");
    }
}
