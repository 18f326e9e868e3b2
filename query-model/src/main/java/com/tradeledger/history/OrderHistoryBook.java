package com.tradeledger.history;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.RowStreams;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contracts' stories (订单历史): every event of a contract and of what serves it (its quote, requisitions,
 * purchase orders, receipts, shipments, invoices, payments), under each contract it serves. The links between them
 * come from the events and are kept here; events of a quote or payment are held until they are linked, then copied
 * into the story. Entries are keyed by contract and global position, so a redelivered event is not written twice.
 */
@Component
public class OrderHistoryBook {

    private static final String STORY = "contract_id = cast(:contractId as uuid)";

    private final JdbcClient jdbc;
    private final HistoryTable entries;

    public OrderHistoryBook(JdbcClient jdbc, RowStreams streams) {
        this.jdbc = jdbc;
        this.entries = new HistoryTable("order_history_entry", jdbc, streams);
    }

    /** Records the customer a contract was concluded with. */
    public void concluded(ContractId contract, CustomerId customer) {
        jdbc.sql("""
                        insert into order_history_contract (contract_id, customer_id) values (:contractId, :customerId)
                        on conflict (contract_id) do nothing
                        """)
                .param("contractId", contract.value())
                .param("customerId", customer.value())
                .update();
    }

    /** The customer the contract was concluded with, if its conclusion was seen. */
    public Optional<CustomerId> customerOf(ContractId contract) {
        return jdbc.sql("select customer_id from order_history_contract where contract_id = :contractId")
                .param("contractId", contract.value())
                .query(UUID.class)
                .optional()
                .map(CustomerId::new);
    }

    /** Links the subject (a quote, requisition, order line, payment…) to the contract, with its held events. */
    public void link(String subject, ContractId contract) {
        jdbc.sql("""
                        insert into order_history_link (subject_id, contract_id) values (:subject, :contractId)
                        on conflict (subject_id, contract_id) do nothing
                        """)
                .param("subject", subject)
                .param("contractId", contract.value())
                .update();
        jdbc.sql("insert into order_history_entry (contract_id, " + HistoryTable.COLUMNS + ")"
                        + " select :contractId, " + HistoryTable.COLUMNS
                        + " from order_history_held where subject_id = :subject"
                        + " on conflict (contract_id, position) do nothing")
                .param("subject", subject)
                .param("contractId", contract.value())
                .update();
    }

    /** Keeps the event under the subject, for the contracts the subject is linked to later. */
    public void hold(String subject, HistoryEntryView entry) {
        jdbc.sql("insert into order_history_held (subject_id, " + HistoryTable.COLUMNS + ")"
                        + " values (:subject, " + HistoryTable.VALUES + ")"
                        + " on conflict (subject_id, position) do nothing")
                .params(HistoryTable.parameters(entry))
                .param("subject", subject)
                .update();
    }

    /** Enters the event in the stories of the contracts named and of those the subjects are linked to. */
    public void record(Collection<ContractId> contracts, Collection<String> subjects, HistoryEntryView entry) {
        for (ContractId contract : contracts) {
            jdbc.sql("insert into order_history_entry (contract_id, " + HistoryTable.COLUMNS + ")"
                            + " values (:contractId, " + HistoryTable.VALUES + ")"
                            + " on conflict (contract_id, position) do nothing")
                    .params(HistoryTable.parameters(entry))
                    .param("contractId", contract.value())
                    .update();
        }
        if (!subjects.isEmpty()) {
            jdbc.sql("insert into order_history_entry (contract_id, " + HistoryTable.COLUMNS + ")"
                            + " select distinct contract_id, " + HistoryTable.VALUES
                            + " from order_history_link where subject_id in (:subjects)"
                            + " on conflict (contract_id, position) do nothing")
                    .params(HistoryTable.parameters(entry))
                    .param("subjects", subjects)
                    .update();
        }
    }

    /** Empties the stories and their links, so that they can be rebuilt from the events. */
    public void clearAll() {
        jdbc.sql("truncate table order_history_entry, order_history_contract, order_history_link, order_history_held")
                .update();
    }

    /**
     * Refuses a filter whose order is not one the history offers.
     *
     * @throws com.tradeledger.shared.UnknownSortField unless the sort is {@code position} or {@code -position}
     */
    public void check(HistoryFilter filter) {
        HistoryTable.orderBy(filter);
    }

    /** Every entry of the contract's story that passes the filter, in order, to the sink; how many there were. */
    public long export(ContractId contract, HistoryFilter filter, Consumer<HistoryEntryView> sink) {
        return entries.export(STORY, Map.of("contractId", contract.value().toString()), filter, sink);
    }

    ContractHistoryPage page(ContractId contract, HistoryFilter filter, PageWindow window) {
        HistoryTable.Slice slice =
                entries.page(STORY, Map.of("contractId", contract.value().toString()), filter, window);
        return new ContractHistoryPage(
                contract,
                customerOf(contract).orElse(null),
                slice.items(),
                window.page(),
                window.size(),
                slice.total());
    }
}
