package com.tradeledger.contracting;

import static com.tradeledger.shared.Columns.timestamp;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.EventStamp;
import com.tradeledger.shared.Filters;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.ReadModelJson;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contract book's tables: one row per contract as it now stands and one per contract line with what has been
 * shipped of it. The projection writes them, the query handlers read them. Every change carries the stamp of its
 * event and is skipped when the contract already holds that event or a later one.
 */
@Component
public class ContractBook {

    private final JdbcClient jdbc;
    private final ReadModelJson json = new ReadModelJson();
    private final ContractRows rows = new ContractRows(json);

    public ContractBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a newly concluded contract, a draft, with its lines; a contract already in the book is left as it is. */
    public void add(ContractConcluded concluded, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("id", concluded.contractId().value());
        columns.put("quoteId", concluded.quoteId().value());
        columns.put("quoteRevision", concluded.quoteRevision());
        columns.put("customerId", concluded.customerId().value());
        columns.put("salesperson", concluded.salesperson().value());
        columns.put("currency", concluded.currency().getCurrencyCode());
        columns.put("incoterm", concluded.deliveryTerms().incoterm().name());
        columns.put("namedPlace", concluded.deliveryTerms().namedPlace());
        columns.put("total", concluded.total().amount());
        columns.put("status", ContractStatus.DRAFT.name());
        columns.put("concludedBy", concluded.concludedBy().value());
        columns.put("concludedOn", concluded.concludedOn());
        columns.put("lines", json.write(concluded.lines()));
        columns.put("version", stamp.version());
        columns.put("at", timestamp(stamp.at()));
        jdbc.sql("""
                        with added as (
                            insert into contract_book (contract_id, quote_id, quote_revision, customer_id, salesperson,
                                currency, incoterm, named_place, total_amount, status, concluded_by, concluded_on,
                                version, concluded_at, changed_at)
                            values (:id, :quoteId, :quoteRevision, :customerId, :salesperson, :currency, :incoterm,
                                :namedPlace, :total, :status, :concludedBy, :concludedOn, :version, :at, :at)
                            on conflict (contract_id) do nothing
                            returning contract_id)
                        insert into contract_line (contract_id, line_number, line, delivery_date)
                        select added.contract_id, cast(given.line ->> 'lineNumber' as integer), given.line,
                            cast(given.line ->> 'deliveryDate' as date)
                          from added, jsonb_array_elements(cast(:lines as jsonb)) as given(line)
                        """).params(columns).update();
    }

    public void agreePaymentTerms(ContractId id, PaymentTerms terms, EventStamp stamp) {
        update(id, stamp, "payment_terms = cast(:terms as jsonb)", Map.of("terms", json.write(terms)));
    }

    /** Sets the contract's commission; a rate of zero means the contract has no commission agent any more. */
    public void agreeCommission(ContractId id, CommissionTerms commission, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("commission", commissionOf(commission));
        update(id, stamp, "commission = cast(:commission as jsonb)", columns);
    }

    public void scheduleDelivery(ContractId id, int lineNumber, LocalDate deliveryDate, EventStamp stamp) {
        changeLines(id, stamp, """
                update contract_line set delivery_date = :deliveryDate
                  from taken
                 where contract_line.contract_id = taken.contract_id and line_number = :lineNumber""", Map.of("lineNumber", lineNumber, "deliveryDate", deliveryDate));
    }

    /** A new round of approval: the reasons and submitter replace any earlier approval or rejection. */
    public void submit(ContractId id, Username submittedBy, List<ApprovalReason> reasons, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("status", ContractStatus.AWAITING_APPROVAL.name());
        columns.put("reasons", json.write(reasons));
        columns.put("submittedBy", submittedBy.value());
        update(
                id,
                stamp,
                "status = :status, approval_reasons = cast(:reasons as jsonb), submitted_by = :submittedBy,"
                        + " approved_by = null, approval_note = null, rejected_by = null, rejection_reason = null",
                columns);
    }

    public void approve(ContractId id, Username approvedBy, String note, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("status", ContractStatus.APPROVED.name());
        columns.put("approvedBy", approvedBy.value());
        columns.put("note", note);
        update(id, stamp, "status = :status, approved_by = :approvedBy, approval_note = :note", columns);
    }

    public void reject(ContractId id, Username rejectedBy, String reason, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("status", ContractStatus.DRAFT.name());
        columns.put("rejectedBy", rejectedBy.value());
        columns.put("reason", reason);
        update(id, stamp, "status = :status, rejected_by = :rejectedBy, rejection_reason = :reason", columns);
    }

    /** Takes the terms and total the contract was signed on, as the signature fixes them. */
    public void sign(ContractSigned signed, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("status", ContractStatus.SIGNED.name());
        columns.put("total", signed.total().amount());
        columns.put("terms", json.write(signed.paymentTerms()));
        columns.put("commission", commissionOf(signed.commission()));
        columns.put("signedBy", signed.signedBy().value());
        columns.put("signedOn", signed.signedOn());
        update(
                signed.contractId(),
                stamp,
                "status = :status, total_amount = :total, payment_terms = cast(:terms as jsonb),"
                        + " commission = cast(:commission as jsonb), signed_by = :signedBy, signed_on = :signedOn",
                columns);
    }

    /** Adds what a shipment carried to the shipped quantity of each of its lines. */
    public void recordShipment(ContractId id, List<ShippedQuantity> shipped, EventStamp stamp) {
        changeLines(id, stamp, """
                update contract_line
                   set shipped_quantity = shipped_quantity + cast(carried.line ->> 'quantity' as numeric)
                  from taken, jsonb_array_elements(cast(:shipped as jsonb)) as carried(line)
                 where contract_line.contract_id = taken.contract_id
                   and contract_line.line_number = cast(carried.line ->> 'lineNumber' as integer)""", Map.of("shipped", json.write(shipped)));
    }

    public void cancel(ContractCancelled cancelled, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("status", ContractStatus.CANCELLED.name());
        columns.put("cancelledBy", cancelled.cancelledBy().value());
        columns.put("reason", cancelled.reason());
        columns.put("cancelledOn", cancelled.cancelledOn());
        update(
                cancelled.contractId(),
                stamp,
                "status = :status, cancelled_by = :cancelledBy, cancellation_reason = :reason,"
                        + " cancelled_on = :cancelledOn",
                columns);
    }

    public void complete(ContractId id, LocalDate completedOn, EventStamp stamp) {
        var columns = Map.<String, Object>of("status", ContractStatus.COMPLETED.name(), "completedOn", completedOn);
        update(id, stamp, "status = :status, completed_on = :completedOn", columns);
    }

    /** Empties the book and its lines, so that both can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from contract_line").update();
        jdbc.sql("delete from contract_book").update();
    }

    Optional<ContractView> find(ContractId id) {
        List<ContractLineView> lines = jdbc.sql(
                        "select * from contract_line where contract_id = :id order by line_number")
                .param("id", id.value())
                .query(rows::lineOf)
                .list();
        return jdbc.sql("select * from contract_book where contract_id = :id")
                .param("id", id.value())
                .query((row, number) -> rows.contractOf(row, lines))
                .optional();
    }

    ContractPage list(Filters filters, PageWindow window) {
        long total = jdbc.sql("select count(*) from contract_book" + filters.where())
                .params(filters.parameters())
                .query(Long.class)
                .single();
        List<ContractSummary> items = jdbc.sql("select * from contract_book" + filters.where()
                        + " order by concluded_at desc, contract_id limit :limit offset :offset")
                .params(filters.parameters())
                .param("limit", window.size())
                .param("offset", window.offset())
                .query(rows::summaryOf)
                .list();
        return new ContractPage(items, window.page(), window.size(), total);
    }

    // The contract row's version guards its lines too: a line changes only with the contract taking the event.
    private void changeLines(ContractId id, EventStamp stamp, String linesUpdate, Map<String, ?> columns) {
        jdbc.sql("""
                        with taken as (
                            update contract_book set version = :version, changed_at = :changedAt
                             where contract_id = :id and version < :version
                            returning contract_id)
                        """ + linesUpdate)
                .params(columns)
                .param("id", id.value())
                .param("version", stamp.version())
                .param("changedAt", timestamp(stamp.at()))
                .update();
    }

    // The version guard is what makes a redelivered or replayed event a no-op.
    private void update(ContractId id, EventStamp stamp, String assignments, Map<String, ?> columns) {
        jdbc.sql("update contract_book set " + assignments + ", version = :version, changed_at = :changedAt"
                        + " where contract_id = :id and version < :version")
                .params(columns)
                .param("id", id.value())
                .param("version", stamp.version())
                .param("changedAt", timestamp(stamp.at()))
                .update();
    }

    // A rate of zero ends the commission (AgreeCommission): the contract then has no agent to show.
    private String commissionOf(CommissionTerms commission) {
        boolean none = commission == null || commission.rate().value().signum() == 0;
        return none ? null : json.write(commission);
    }
}
