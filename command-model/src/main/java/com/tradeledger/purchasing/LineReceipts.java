package com.tradeledger.purchasing;

import static com.tradeledger.shared.MissingValue.requirePresent;

import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What goods received (收货) and returned (退货) do to a purchase order's lines: a receipt comes in on a line not
 * cancelled, more than nothing, with no more rejected than received, and never takes what the line accepted above
 * the ordered quantity plus the tolerance; a return never takes it below nothing.
 */
final class LineReceipts {

    private final PurchaseOrderId purchaseOrderId;
    private final OrderLines lines;
    private final Map<Integer, BigDecimal> acceptedSoFar = new HashMap<>();

    LineReceipts(PurchaseOrderId purchaseOrderId, OrderLines lines) {
        this.purchaseOrderId = purchaseOrderId;
        this.lines = lines;
    }

    List<PurchaseOrderLineReceived> received(
            GoodsReceiptId receiptId, List<LineReceipt> receipts, PurchasingPolicy policy) {
        requireEntries(receiptId, receipts);
        List<PurchaseOrderLineReceived> events = new ArrayList<>();
        for (LineReceipt receipt : receipts) {
            OrderedLine line = lines.uncancelledLine(receipt.lineNumber());
            BigDecimal rejected = receipt.rejected() == null ? BigDecimal.ZERO : receipt.rejected();
            requirePositive("received", receipt);
            if (rejected.signum() < 0 || rejected.compareTo(receipt.received()) > 0) {
                throw new RejectedQuantityOutOfRange(receipt.lineNumber(), rejected, receipt.received());
            }
            BigDecimal accepted = soFar(line).add(receipt.received().subtract(rejected));
            BigDecimal most = policy.mostAcceptable(line.placed().quantity());
            if (accepted.compareTo(most) > 0) {
                throw new OverReceipt(purchaseOrderId, line.lineNumber(), accepted, most);
            }
            acceptedSoFar.put(line.lineNumber(), accepted);
            events.add(new PurchaseOrderLineReceived(
                    purchaseOrderId, line.lineNumber(), receiptId, receipt.received(), rejected, accepted));
        }
        return events;
    }

    List<PurchaseOrderLineReturned> returned(GoodsReceiptId receiptId, List<LineReceipt> returns) {
        requireEntries(receiptId, returns);
        List<PurchaseOrderLineReturned> events = new ArrayList<>();
        for (LineReceipt giveBack : returns) {
            OrderedLine line = lines.line(giveBack.lineNumber());
            requirePositive("returned", giveBack);
            BigDecimal before = soFar(line);
            if (giveBack.received().compareTo(before) > 0) {
                throw new ReturnExceedsAccepted(purchaseOrderId, line.lineNumber(), giveBack.received(), before);
            }
            BigDecimal kept = before.subtract(giveBack.received());
            acceptedSoFar.put(line.lineNumber(), kept);
            events.add(new PurchaseOrderLineReturned(
                    purchaseOrderId, line.lineNumber(), receiptId, giveBack.received(), kept));
        }
        return events;
    }

    private static void requireEntries(GoodsReceiptId receiptId, List<LineReceipt> entries) {
        requirePresent(receiptId, "receiptId");
        requirePresent(entries == null || entries.isEmpty() ? null : entries, "lines");
        entries.forEach(entry -> requirePresent(entry, "lines"));
    }

    private static void requirePositive(String what, LineReceipt entry) {
        requirePresent(entry.received(), what);
        if (entry.received().signum() <= 0) {
            throw new PurchaseQuantityNotPositive(what, entry.lineNumber(), entry.received());
        }
    }

    /** What the line accepted before this entry, counting the entries for it earlier in the same receipt. */
    private BigDecimal soFar(OrderedLine line) {
        return acceptedSoFar.getOrDefault(line.lineNumber(), line.acceptedSoFar());
    }
}
