package dev.ordino.orders.web;

import dev.ordino.orders.OrderDetails;
import dev.ordino.orders.XmlDetails;
import dev.ordino.promotions.Promotion;
import dev.ordino.promotions.PromotionManagement;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.Money;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.PricePermission;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * What the order page's pricing sections (templates/orders/charges.html, {@code @pricingSections} there) ask
 * for beyond the order: the catalog promotions the caller may apply to it now, and its details pretty-printed.
 */
@Component("pricingSections")
public class PricingSections {

    /** How many catalog promotions the pick lists at most. */
    private static final int PROMOTIONS = 100;

    private final PromotionManagement promotions;
    private final CurrentActor actor;
    private final Clock clock;
    private final ObjectMapper json;

    PricingSections(PromotionManagement promotions, CurrentActor actor, Clock clock, ObjectMapper json) {
        this.promotions = promotions;
        this.actor = actor;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Catalog-wide promotions without a coupon code that an order in {@code currency} may take now, for a caller
     * who may apply them (staff with {@code orders:price}); none for anyone else.
     */
    public List<Promotion> promotionsFor(String currency, List<UUID> applied) {
        var caller = actor.get();
        if (caller.isBuyer() || !caller.may(PricePermission.SCOPE)) {
            return List.of();
        }
        return promotions
                .offeredToOrders(Money.currencyOf(currency), clock.instant(), PageRequest.of(PROMOTIONS, null))
                .stream()
                .filter(p -> !applied.contains(p.id()))
                .toList();
    }

    /** The details as people read them: JSON or XML indented; as stored when they cannot be. */
    public String pretty(OrderDetails details) {
        if (details == null) {
            return null;
        }
        try {
            return switch (details.format()) {
                case json -> json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(details.content()));
                case xml -> prettyXml(details.content());
            };
        } catch (Exception e) {
            return details.content();
        }
    }

    private static String prettyXml(String content) throws Exception {
        var document = XmlDetails.parse(content);
        stripBlankText(document.getDocumentElement());
        // the JDK's own transformer: another on the class path (Saxon, which Mustang brings) ignores indent-amount
        var transformers = TransformerFactory.newDefaultInstance();
        transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        var transformer = transformers.newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        var out = new StringWriter();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toString().strip();
    }

    /** Drops the whitespace between elements, so that indenting starts from nothing. */
    private static void stripBlankText(org.w3c.dom.Node node) {
        var children = node.getChildNodes();
        for (int i = children.getLength() - 1; i >= 0; i--) {
            var child = children.item(i);
            if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE
                    && child.getTextContent().isBlank()) {
                node.removeChild(child);
            } else {
                stripBlankText(child);
            }
        }
    }
}
