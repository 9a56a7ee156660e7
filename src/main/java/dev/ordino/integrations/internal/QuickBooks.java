package dev.ordino.integrations.internal;

import dev.ordino.billing.InvoiceDocument;
import dev.ordino.integrations.ConnectionTest;
import dev.ordino.integrations.IntegrationType;
import dev.ordino.shared.Address;
import dev.ordino.shared.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * QuickBooks Online Accounting API under {@code {baseUrl}/v3/company/{realmId}}, with a Bearer access token and
 * {@code minorversion=75} on every call (lower ones are ignored). An invoice needs its customer and items to exist
 * first: the customer is found by DisplayName or created, each line's item found by Name = SKU, else the
 * integration's {@code itemId} (default 1), which also carries the document's charges (shipping and the like). The
 * invoice itself is posted with {@code requestid} = the push's request id, so QuickBooks answers a resend with the
 * first invoice instead of booking a second; a credit note goes the same way as a CreditMemo. Tax is left to
 * QuickBooks: its tax setup differs by country and is not sent.
 */
@Component
public class QuickBooks implements InvoiceConnector {

    static final String MINOR_VERSION = "75";

    /** The item of lines whose SKU QuickBooks does not know, and of charges, unless the integration names one. */
    static final String DEFAULT_ITEM = "1";

    /** QuickBooks' error for a DisplayName another customer has: someone made it in between, so look again. */
    private static final String DUPLICATE_NAME = "6240";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final IntegrationHttp http;
    private final ObjectMapper json;

    public QuickBooks(IntegrationHttp http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    @Override
    public IntegrationType type() {
        return IntegrationType.QUICKBOOKS;
    }

    /** A call that did not go as needed: the push ends with this outcome. */
    private static final class Stopped extends RuntimeException {

        private final Outcome outcome;

        Stopped(Outcome outcome) {
            super(outcome.error(), null, false, false);
            this.outcome = outcome;
        }
    }

    /** The company an endpoint books into: where it is and how to get in. */
    private record Company(Endpoint endpoint, String realmId, String bearer, RestClient client) {

        @Override
        public String toString() {
            return "Company[" + realmId + "]";
        }
    }

    @Override
    public Outcome push(Endpoint endpoint, InvoicePayload payload) {
        var company = company(endpoint);
        if (company == null) {
            return Outcome.failed(null, "QuickBooks' realmId and accessToken are not set");
        }
        try {
            var document = payload.invoice();
            var customerId = customer(company, document.buyer());
            var fallbackItem = endpoint.setting("itemId") != null ? endpoint.setting("itemId") : DEFAULT_ITEM;
            var items = new HashMap<String, String>();
            for (var line : document.lines()) {
                var sku = line.sku();
                if (sku != null && !sku.isBlank() && !items.containsKey(sku)) {
                    var found = find(company, "Item", "Name", sku);
                    items.put(sku, found != null ? found : fallbackItem);
                }
            }
            var entity = document.kind() == InvoiceDocument.Kind.CREDIT_NOTE ? "CreditMemo" : "Invoice";
            var body = json.writeValueAsString(invoice(document, customerId, items, fallbackItem));
            var answer = call(
                    company,
                    uri(company, "/" + entity.toLowerCase(Locale.ROOT), Map.of("requestid", payload.requestId())),
                    uri -> post(company, uri, body));
            var outcome = outcome(answer);
            if (outcome.result() != Outcome.Result.SENT) {
                return outcome;
            }
            var id = answer.json() == null
                    ? null
                    : ResponseRules.string(answer.json().path(entity), "Id");
            return Outcome.sent(answer.status(), id);
        } catch (Stopped stopped) {
            return stopped.outcome;
        }
    }

    /** The invoice (or credit memo) body: the customer, the document's number and dates, its lines and charges. */
    ObjectNode invoice(InvoiceDocument document, String customerId, Map<String, String> items, String fallbackItem) {
        var invoice = NODES.objectNode();
        invoice.putObject("CustomerRef").put("value", customerId);
        if (document.number() != null) {
            invoice.put("DocNumber", document.number());
        }
        invoice.put("TxnDate", document.issueDate().toString());
        if (document.kind() == InvoiceDocument.Kind.INVOICE) {
            invoice.put("DueDate", document.dueDate().toString());
        }
        if (document.buyer().email() != null) {
            invoice.putObject("BillEmail").put("Address", document.buyer().email());
        }
        var lines = invoice.putArray("Line");
        var discounts = BigDecimal.ZERO;
        for (var line : document.lines()) {
            var sku = line.sku();
            var item = sku != null && items.containsKey(sku) ? items.get(sku) : fallbackItem;
            // QuickBooks wants Amount = Qty x UnitPrice: the line before its discount, the discounts on a line of their
            // own
            var gross = line.unitPrice().amount().multiply(line.quantity());
            lines.add(salesLine(
                    gross,
                    line.description(),
                    item,
                    line.quantity(),
                    line.unitPrice().amount()));
            discounts = discounts.add(line.discount().amount());
        }
        for (var charge : document.charges()) {
            var amount = charge.amount().amount();
            lines.add(salesLine(amount, charge.description(), fallbackItem, BigDecimal.ONE, amount));
        }
        if (discounts.signum() != 0) {
            var discount = lines.addObject();
            discount.put("DetailType", "DiscountLineDetail");
            discount.put("Amount", money(discounts));
            discount.put("Description", "Discounts");
            discount.putObject("DiscountLineDetail").put("PercentBased", false);
        }
        return invoice;
    }

    private static ObjectNode salesLine(
            BigDecimal amount, String description, String item, BigDecimal quantity, BigDecimal unitPrice) {
        var line = NODES.objectNode();
        line.put("DetailType", "SalesItemLineDetail");
        line.put("Amount", money(amount));
        line.put("Description", description);
        var detail = line.putObject("SalesItemLineDetail");
        detail.putObject("ItemRef").put("value", item);
        detail.put("Qty", quantity);
        detail.put("UnitPrice", unitPrice);
        return line;
    }

    /** An amount as QuickBooks takes it: a JSON number with 2 decimals. */
    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, Money.ROUNDING);
    }

    /** The customer's id in QuickBooks: found by DisplayName, else created. */
    private String customer(Company company, InvoiceDocument.Party buyer) {
        var found = find(company, "Customer", "DisplayName", buyer.name());
        if (found != null) {
            return found;
        }
        var customer = NODES.objectNode();
        customer.put("DisplayName", buyer.name());
        if (buyer.business()) {
            customer.put("CompanyName", buyer.name());
        }
        if (buyer.email() != null) {
            customer.putObject("PrimaryEmailAddr").put("Address", buyer.email());
        }
        if (buyer.phone() != null) {
            customer.putObject("PrimaryPhone").put("FreeFormNumber", buyer.phone());
        }
        if (buyer.address() != null) {
            customer.set("BillAddr", address(buyer.address()));
        }
        var body = json.writeValueAsString(customer);
        var answer = call(company, uri(company, "/customer", Map.of()), uri -> post(company, uri, body));
        if (!answer.ok() && DUPLICATE_NAME.equals(faultCode(answer.json()))) {
            var madeMeanwhile = find(company, "Customer", "DisplayName", buyer.name());
            if (madeMeanwhile != null) {
                return madeMeanwhile;
            }
        }
        requireOk(answer);
        var id = answer.json() == null
                ? null
                : ResponseRules.string(answer.json().path("Customer"), "Id");
        if (id == null) {
            throw new Stopped(Outcome.failed(answer.status(), "QuickBooks made the customer but gave no Id"));
        }
        return id;
    }

    private static ObjectNode address(Address address) {
        var node = NODES.objectNode();
        node.put("Line1", address.line1());
        if (address.line2() != null) {
            node.put("Line2", address.line2());
        }
        node.put("City", address.city());
        if (address.region() != null) {
            node.put("CountrySubDivisionCode", address.region());
        }
        node.put("PostalCode", address.postalCode());
        node.put("Country", address.country());
        return node;
    }

    /** The Id of the {@code entity} whose {@code field} is {@code value}, or null when there is none. */
    private @Nullable String find(Company company, String entity, String field, String value) {
        var query = "select * from " + entity + " where " + field + " = '" + quoted(value) + "'";
        var answer = call(company, uri(company, "/query", Map.of("query", query)), uri -> client(company, uri));
        requireOk(answer);
        var found = answer.json() == null
                ? null
                : answer.json().path("QueryResponse").path(entity).path(0);
        return found == null ? null : ResponseRules.string(found, "Id");
    }

    /** A value inside a query's quotes: QuickBooks escapes a quote with a backslash. */
    static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("'", "\\'");
    }

    @Override
    public ConnectionTest test(Endpoint endpoint) {
        var company = company(endpoint);
        if (company == null) {
            return new ConnectionTest(false, null, "QuickBooks' realmId and accessToken are not set");
        }
        try {
            var answer = call(
                    company, uri(company, "/companyinfo/" + company.realmId(), Map.of()), uri -> client(company, uri));
            if (answer.ok()) {
                var name = answer.json() == null
                        ? null
                        : ResponseRules.string(answer.json().path("CompanyInfo"), "CompanyName");
                return new ConnectionTest(
                        true, answer.status(), "Connected to " + (name != null ? name : "the QuickBooks company"));
            }
            return new ConnectionTest(false, answer.status(), outcome(answer).error());
        } catch (Stopped stopped) {
            return new ConnectionTest(false, stopped.outcome.responseStatus(), String.valueOf(stopped.outcome.error()));
        }
    }

    private @Nullable Company company(Endpoint endpoint) {
        var realmId = endpoint.setting("realmId");
        var token = endpoint.secret("accessToken");
        if (realmId == null || token == null) {
            return null;
        }
        return new Company(endpoint, realmId.trim(), "Bearer " + token, http.client(endpoint));
    }

    /** {@code {baseUrl}/v3/company/{realmId}{path}?...&minorversion=75}, every value encoded. */
    private static URI uri(Company company, String path, Map<String, String> query) {
        var builder = UriComponentsBuilder.fromUri(company.endpoint().baseUrl()).path("/v3/company/{realm}" + path);
        var values = new LinkedHashMap<String, Object>();
        values.put("realm", company.realmId());
        var i = 0;
        for (var parameter : query.entrySet()) {
            builder.queryParam(parameter.getKey(), "{q" + i + "}");
            values.put("q" + i, parameter.getValue());
            i++;
        }
        builder.queryParam("minorversion", MINOR_VERSION);
        return builder.encode().buildAndExpand(values).toUri();
    }

    private static RestClient.RequestHeadersSpec<?> client(Company company, URI uri) {
        return company.client()
                .get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, company.bearer())
                .accept(MediaType.APPLICATION_JSON);
    }

    private static RestClient.RequestHeadersSpec<?> post(Company company, URI uri, String body) {
        return company.client()
                .post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, company.bearer())
                .accept(MediaType.APPLICATION_JSON)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    /** Calls QuickBooks; no answer, or a refused target, stops the push with what that means. */
    private IntegrationHttp.Answer call(
            Company company, URI uri, java.util.function.Function<URI, RestClient.RequestHeadersSpec<?>> build) {
        try {
            return http.call(uri, build);
        } catch (RuntimeException e) {
            throw new Stopped(ResponseRules.outcome(e));
        }
    }

    private void requireOk(IntegrationHttp.Answer answer) {
        if (!answer.ok()) {
            throw new Stopped(outcome(answer));
        }
    }

    /** As every integration's answers, but a 401 says what to do: the access token lasts an hour. */
    private Outcome outcome(IntegrationHttp.Answer answer) {
        if (answer.status() == 401) {
            return Outcome.failed(401, "access token expired or invalid: save a new one");
        }
        return http.outcome(answer, null);
    }

    private static @Nullable String faultCode(@Nullable JsonNode body) {
        return body == null
                ? null
                : ResponseRules.string(body.path("Fault").path("Error").path(0), "code");
    }
}
