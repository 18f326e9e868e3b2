package com.tradeledger.payables;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.config.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;

/** What payables ask of the rest of the ledger: the bills a payment settles, and the three-way match's tolerance. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PayablesConfiguration.PayablesProperties.class)
class PayablesConfiguration {

    @Bean
    PayablesPolicy payablesPolicy(PayablesProperties properties) {
        return new PayablesPolicy(new Percentage(properties.priceTolerance()));
    }

    // Axon's configuration is looked up at the first command, not at start-up, when its repositories exist.
    @Bean
    SupplierBills supplierBills(ObjectProvider<Configuration> axon) {
        return new SupplierBills() {
            @Override
            public Optional<SupplierBillBalance> find(SupplierBillId billId) {
                return bills().find(billId);
            }

            @Override
            public void applyPayment(
                    SupplierBillId billId, SupplierPaymentId paymentId, Money amount, LocalDate paidOn) {
                bills().applyPayment(billId, paymentId, amount, paidOn);
            }

            private AggregateSupplierBills bills() {
                return new AggregateSupplierBills(axon.getObject().repository(SupplierBill.class));
            }
        };
    }

    /** How far a billed unit price may be from the ordered one, in percent, before the bill is held (default 2). */
    @ConfigurationProperties("tradeledger.payables")
    record PayablesProperties(@DefaultValue("2") BigDecimal priceTolerance) {}
}
