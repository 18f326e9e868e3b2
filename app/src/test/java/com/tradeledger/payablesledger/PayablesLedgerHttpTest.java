package com.tradeledger.payablesledger;

import static com.tradeledger.SalesFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.LedgerTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Payables (应付帐款) over HTTP: the shape of the list, summary and CSV, and who may read them. */
@LedgerTest
class PayablesLedgerHttpTest {

    @LocalServerPort
    int port;

    @Test
    void finance_managers_auditors_and_purchasing_read_payables_and_no_one_else() {
        for (String reader : List.of("fiona", "max", "audrey", "paula")) {
            Api api = Api.as(port, reader);
            assertThat(api.get("/api/v1/payables").status()).as(reader).isEqualTo(200);
            assertThat(api.get("/api/v1/payables/summary?by=supplier").status())
                    .as(reader)
                    .isEqualTo(200);
        }
        for (String stranger : List.of("sally", "walt")) {
            Api.Response refused = Api.as(port, stranger).get("/api/v1/payables");
            assertThat(refused.status()).as("%s %s", stranger, refused).isEqualTo(403);
            assertThat(Api.as(port, stranger).get("/api/v1/payables/summary").status())
                    .isEqualTo(403);
            assertThat(Api.as(port, stranger).get("/api/v1/payables?format=csv").status())
                    .isEqualTo(403);
        }
    }

    @Test
    void a_supplier_without_bills_has_nothing_payable_and_the_csv_has_its_header() {
        Api fiona = Api.as(port, "fiona");
        String supplier = UUID.randomUUID().toString();

        JsonNode page = ok(fiona.get("/api/v1/payables?supplierId=" + supplier + "&status=HELD&bucket=OVER_90"))
                .body();
        JsonNode summary = ok(fiona.get("/api/v1/payables/summary?by=bucket&supplierId=" + supplier))
                .body();
        String csv = fiona.text("/api/v1/payables?supplierId=" + supplier, "text/csv");

        assertThat(page.get("total").asLong()).isZero();
        assertThat(summary.get("rows")).isEmpty();
        assertThat(summary.at("/functionalTotal/amount").asText()).isEqualTo("0.00");
        assertThat(csv.lines().toList())
                .containsExactly("billId,supplierInvoiceNumber,supplierId,supplierCode,supplierName,purchaseOrderId,"
                        + "currency,amount,paid,outstanding,billedOn,dueOn,daysOverdue,bucket,status");
        assertThat(fiona.get("/api/v1/payables?sort=-size").code()).isEqualTo("invalid-sort");
        assertThat(fiona.get("/api/v1/payables/summary?by=customer").status()).isEqualTo(400);
    }
}
