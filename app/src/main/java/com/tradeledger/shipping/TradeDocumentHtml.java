package com.tradeledger.shipping;

import com.tradeledger.shared.Money;
import com.tradeledger.shipping.TradeDocumentModels.CommercialInvoice;
import com.tradeledger.shipping.TradeDocumentModels.InvoicedLine;
import com.tradeledger.shipping.TradeDocumentModels.PackedLine;
import com.tradeledger.shipping.TradeDocumentModels.PackingList;
import com.tradeledger.shipping.TradeDocumentModels.Party;
import java.util.Objects;

/**
 * Prints trade documents as self-contained HTML pages for a browser's "print": no scripts, no external resources,
 * nothing but the document's own facts, so the same document gives the same bytes.
 */
final class TradeDocumentHtml {

    private static final String STYLE = "body{font-family:sans-serif;font-size:11pt;margin:2em}"
            + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #444;padding:4px;text-align:left}"
            + "td.n{text-align:right}.parties{display:flex;gap:4em}";

    private TradeDocumentHtml() {}

    static String commercialInvoice(CommercialInvoice invoice) {
        StringBuilder html = head("Commercial invoice", invoice.shipmentId().toString());
        html.append("<p>Contract ").append(text(invoice.contractId())).append(" · shipped on ");
        html.append(text(invoice.shippedOn())).append(" · ");
        html.append(text(invoice.deliveryTerms().incoterm())).append(' ');
        html.append(text(invoice.deliveryTerms().namedPlace())).append("</p>\n");
        parties(html, invoice.seller(), invoice.buyer());
        if (invoice.paymentTerms() != null) {
            html.append("<p>Payment: deposit ")
                    .append(text(invoice.paymentTerms().deposit()));
            html.append(", balance ").append(text(invoice.paymentTerms().balance()));
            html.append(' ').append(invoice.paymentTerms().balanceDueDays()).append(" days</p>\n");
        }
        shipping(html, invoice.shipping());
        html.append("<table><tr><th>Line</th><th>SKU</th><th>Description</th><th>HS code</th><th>Quantity</th>")
                .append("<th>Unit</th><th>Unit price</th><th>Amount</th></tr>\n");
        for (InvoicedLine line : invoice.lines()) {
            html.append("<tr><td>")
                    .append(line.contractLine())
                    .append("</td><td>")
                    .append(text(line.sku()));
            html.append("</td><td>")
                    .append(text(line.description()))
                    .append("</td><td>")
                    .append(text(line.hsCode()));
            html.append("</td><td class=\"n\">")
                    .append(line.quantity().toPlainString())
                    .append("</td><td>");
            html.append(text(line.unit())).append("</td><td class=\"n\">").append(money(line.unitPrice()));
            html.append("</td><td class=\"n\">").append(money(line.total())).append("</td></tr>\n");
        }
        html.append("<tr><th colspan=\"7\">Total</th><td class=\"n\">").append(money(invoice.total()));
        html.append("</td></tr></table>\n</body></html>\n");
        return html.toString();
    }

    static String packingList(PackingList list) {
        StringBuilder html = head("Packing list", list.shipmentId().toString());
        html.append("<p>Contract ").append(text(list.contractId())).append(" · warehouse ");
        html.append(text(list.warehouse())).append(" · ").append(text(list.status()));
        if (list.shippedOn() != null) {
            html.append(" on ").append(text(list.shippedOn()));
        }
        html.append("</p>\n");
        parties(html, list.seller(), list.buyer());
        shipping(html, list.shipping());
        html.append("<table><tr><th>Line</th><th>SKU</th><th>Description</th><th>Quantity</th><th>Unit</th>")
                .append("<th>Base quantity</th><th>Base unit</th></tr>\n");
        for (PackedLine line : list.lines()) {
            html.append("<tr><td>")
                    .append(line.contractLine())
                    .append("</td><td>")
                    .append(text(line.sku()));
            html.append("</td><td>").append(text(line.description())).append("</td><td class=\"n\">");
            html.append(line.quantity().toPlainString()).append("</td><td>").append(text(line.unit()));
            html.append("</td><td class=\"n\">")
                    .append(line.baseQuantity().toPlainString())
                    .append("</td><td>");
            html.append(text(line.baseUnit())).append("</td></tr>\n");
        }
        html.append("</table>\n</body></html>\n");
        return html.toString();
    }

    private static StringBuilder head(String title, String number) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.append("<title>").append(title).append(' ').append(number).append("</title><style>");
        html.append(STYLE).append("</style></head><body>\n<h1>").append(title).append("</h1>\n<p>Shipment ");
        return html.append(number).append("</p>\n");
    }

    private static void parties(StringBuilder html, Party seller, Party buyer) {
        html.append("<div class=\"parties\">");
        party(html, "Seller", seller);
        party(html, "Buyer", buyer);
        html.append("</div>\n");
    }

    private static void party(StringBuilder html, String role, Party party) {
        html.append("<div><h2>").append(role).append("</h2>");
        if (party != null) {
            html.append("<p>")
                    .append(text(party.name()))
                    .append(" (")
                    .append(text(party.code()))
                    .append(")<br>");
            if (party.address() != null) {
                html.append(text(party.address().street()))
                        .append("<br>")
                        .append(text(party.address().postalCode()));
                html.append(' ').append(text(party.address().city())).append("<br>");
                html.append(text(party.address().region())).append("<br>");
            }
            html.append(text(party.country())).append("</p>");
        }
        html.append("</div>");
    }

    private static void shipping(StringBuilder html, ShippingDetails details) {
        if (details == null) {
            return;
        }
        html.append("<p>B/L ").append(text(details.billOfLading())).append(" · vessel/voyage ");
        html.append(text(details.vesselVoyage())).append(" · ").append(text(details.portOfLoading()));
        html.append(" → ")
                .append(text(details.portOfDischarge()))
                .append(" · ETD ")
                .append(text(details.etd()));
        html.append(" · ETA ").append(text(details.eta())).append(" · customs declaration ");
        html.append(text(details.customsDeclaration())).append(" · insurance ");
        html.append(text(details.insurancePolicy()));
        if (details.insuredAmount() != null) {
            html.append(' ').append(money(details.insuredAmount()));
        }
        html.append("</p>\n");
    }

    private static String money(Money money) {
        return money.amount().toPlainString() + " " + money.currency().getCurrencyCode();
    }

    /** The value as text, HTML-escaped; an unknown value prints as an en dash. */
    private static String text(Object value) {
        String raw = Objects.toString(value, "–");
        StringBuilder escaped = new StringBuilder(raw.length());
        for (char c : raw.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
