package com.tradeledger.history;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerOwnership;
import com.tradeledger.security.Role;
import com.tradeledger.security.Staff;
import com.tradeledger.shared.ContractId;
import com.tradeledger.web.CsvExport;
import com.tradeledger.web.Forbidden;
import com.tradeledger.web.NotFound;
import com.tradeledger.web.ReadsProjection;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A customer's history (客户历史) and a contract's story (订单历史), filtered and sorted as {@link HistoryParameters}
 * says: a page as JSON, or every matching entry as CSV ({@code Accept: text/csv} or {@code format=csv}). Salespeople
 * read their own customers' and those customers' contracts'; managers, finance and auditors read all; others none.
 */
@RestController
class HistoryController {

    private static final String CUSTOMER_HISTORY = "/api/v1/customers/{id}/history";
    private static final String CONTRACT_HISTORY = "/api/v1/contracts/{id}/history";
    private static final String CSV = "text/csv";

    private final QueryGateway queries;
    private final CustomerHistoryBook customerHistories;
    private final OrderHistoryBook contractStories;
    private final CustomerOwnership ownership;
    private final Staff staff;

    HistoryController(
            QueryGateway queries,
            CustomerHistoryBook customerHistories,
            OrderHistoryBook contractStories,
            CustomerOwnership ownership,
            Staff staff) {
        this.queries = queries;
        this.customerHistories = customerHistories;
        this.contractStories = contractStories;
        this.ownership = ownership;
        this.staff = staff;
    }

    @ReadsProjection("customer-history")
    @GetMapping(CUSTOMER_HISTORY)
    CustomerHistoryPage customerHistory(@PathVariable UUID id, @ModelAttribute HistoryParameters parameters) {
        var customer = new CustomerId(id);
        requireReadable(customer);
        return queries.query(
                        new ListCustomerHistory(
                                customer, parameters.filter(), parameters.pageNumber(), parameters.pageSize()),
                        ResponseTypes.instanceOf(CustomerHistoryPage.class))
                .join();
    }

    @ReadsProjection("customer-history")
    @GetMapping(value = CUSTOMER_HISTORY, produces = CSV)
    ResponseEntity<StreamingResponseBody> customerHistoryCsv(
            @PathVariable UUID id, @ModelAttribute HistoryParameters parameters) {
        var customer = new CustomerId(id);
        requireReadable(customer);
        HistoryFilter filter = parameters.filter();
        customerHistories.check(filter);
        return CsvExport.of(
                "customer-history-" + id,
                HistoryEntryView.class,
                sink -> customerHistories.export(customer, filter, sink::accept));
    }

    @ReadsProjection("customer-history")
    @GetMapping(value = CUSTOMER_HISTORY, params = "format=csv")
    ResponseEntity<StreamingResponseBody> customerHistoryCsvByParameter(
            @PathVariable UUID id, @ModelAttribute HistoryParameters parameters) {
        return customerHistoryCsv(id, parameters);
    }

    @ReadsProjection("order-history")
    @GetMapping(CONTRACT_HISTORY)
    ContractHistoryPage contractHistory(@PathVariable UUID id, @ModelAttribute HistoryParameters parameters) {
        requireAnyReader();
        ContractHistoryPage story = queries.query(
                        new ListContractHistory(
                                new ContractId(id),
                                parameters.filter(),
                                parameters.pageNumber(),
                                parameters.pageSize()),
                        ResponseTypes.instanceOf(ContractHistoryPage.class))
                .join();
        if (story.customerId() == null) {
            throw new NotFound("contract", id);
        }
        requireReadable(story.customerId());
        return story;
    }

    @ReadsProjection("order-history")
    @GetMapping(value = CONTRACT_HISTORY, produces = CSV)
    ResponseEntity<StreamingResponseBody> contractHistoryCsv(
            @PathVariable UUID id, @ModelAttribute HistoryParameters parameters) {
        var contract = new ContractId(id);
        requireAnyReader();
        requireReadable(contractStories.customerOf(contract).orElseThrow(() -> new NotFound("contract", id)));
        HistoryFilter filter = parameters.filter();
        contractStories.check(filter);
        return CsvExport.of(
                "contract-history-" + id,
                HistoryEntryView.class,
                sink -> contractStories.export(contract, filter, sink::accept));
    }

    @ReadsProjection("order-history")
    @GetMapping(value = CONTRACT_HISTORY, params = "format=csv")
    ResponseEntity<StreamingResponseBody> contractHistoryCsvByParameter(
            @PathVariable UUID id, @ModelAttribute HistoryParameters parameters) {
        return contractHistoryCsv(id, parameters);
    }

    private void requireAnyReader() {
        if (!ownership.readsAllCustomers() && !staff.currentUserHas(Role.SALES)) {
            throw new Forbidden("histories are read by sales, managers, finance and auditors");
        }
    }

    // Salespeople read the histories of the customers they own, as they read the customer's record itself.
    private void requireReadable(CustomerId customer) {
        requireAnyReader();
        ownership.requireReadable(customer);
    }
}
