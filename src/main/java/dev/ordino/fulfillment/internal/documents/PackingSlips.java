package dev.ordino.fulfillment.internal.documents;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dev.ordino.fulfillment.Picklist;
import dev.ordino.fulfillment.Shipment;
import dev.ordino.fulfillment.ShipmentLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a picklist as the packer prints it: first the pick list, every SKU and how many units to gather, per
 * warehouse, then one packing slip per shipment (its number, the order's, where it goes, how, and its lines with a
 * box to tick). HTML from the template {@code fulfillment/packing-slip}, then a PDF with the DejaVu Sans font
 * embedded, as billing renders its invoices (without PDF/A: nothing is attached to a packing slip).
 */
@Component
public class PackingSlips {

    static final String TEMPLATE = "fulfillment/packing-slip";
    /** The pick list's heading for the shipments no warehouse is assigned to yet. */
    static final String NO_WAREHOUSE = "No warehouse assigned";

    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String FONT_FAMILY = "DejaVu Sans";
    /** The font billing embeds in its invoices: one copy in the application, read from the class path. */
    private static final String FONTS = "/billing/fonts/";

    static {
        // openhtmltopdf logs every stylesheet and font it loads at INFO; only its warnings matter.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ITemplateEngine templates;

    public PackingSlips(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** Packing slips outside Spring (tests, tools): the same template, read from the class path. */
    public static PackingSlips standalone() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return new PackingSlips(engine);
    }

    /**
     * The picklist's PDF. {@code warehouseNames} names the warehouses the shipments are assigned to; one it does
     * not name is shown by its id.
     */
    public byte[] render(Picklist picklist, Map<UUID, String> warehouseNames) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withProducer("Ordino");
            builder.withHtmlContent(html(picklist, warehouseNames), baseUri());
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the packing slips of " + picklist.number(), e);
        }
        return out.toByteArray();
    }

    /** The whole document as HTML: the pick list, then a packing slip per shipment. */
    public String html(Picklist picklist, Map<UUID, String> warehouseNames) {
        var context = new Context(Locale.ROOT);
        context.setVariable("picklist", picklist);
        context.setVariable("created", CREATED.format(picklist.createdAt()));
        context.setVariable("picks", picks(picklist.shipments(), warehouseNames));
        context.setVariable(
                "slips",
                picklist.shipments().stream()
                        .map(shipment -> new Slip(
                                shipment,
                                warehouseName(shipment.warehouseId(), warehouseNames),
                                shipment.lines().stream()
                                        .mapToInt(ShipmentLine::quantity)
                                        .sum()))
                        .toList());
        return templates.process(TEMPLATE, context);
    }

    /** A shipment's packing slip: the shipment, the name of the warehouse it leaves from, its units. */
    public record Slip(Shipment shipment, String warehouse, int units) {}

    /** What to gather from one warehouse: an item per SKU (or per title, for a line without one), by SKU. */
    public record WarehousePicks(String warehouse, List<Pick> items, int units) {}

    /** One SKU to gather: how many units in all, and for which shipments. */
    public record Pick(@Nullable String sku, String title, int quantity, List<String> shipments) {}

    /**
     * The pick list: per warehouse (by name, the unassigned last), the SKUs its shipments carry with their summed
     * quantities. A line without a SKU (a custom line) is gathered by its title.
     */
    static List<WarehousePicks> picks(List<Shipment> shipments, Map<UUID, String> warehouseNames) {
        var byWarehouse = new TreeMap<String, Map<String, PickBuilder>>(
                Comparator.comparing((String name) -> name.equals(NO_WAREHOUSE))
                        .thenComparing(String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Comparator.naturalOrder()));
        for (var shipment : shipments) {
            var warehouse = warehouseName(shipment.warehouseId(), warehouseNames);
            var items = byWarehouse.computeIfAbsent(warehouse, w -> new TreeMap<>());
            for (var line : shipment.lines()) {
                if (line.quantity() <= 0) {
                    continue;
                }
                var key = line.sku() != null ? "0" + line.sku() : "1" + line.title();
                items.computeIfAbsent(key, k -> new PickBuilder(line.sku(), line.title()))
                        .add(line.quantity(), shipment.number());
            }
        }
        var picks = new ArrayList<WarehousePicks>();
        byWarehouse.forEach((warehouse, items) -> {
            var list = items.values().stream().map(PickBuilder::build).toList();
            picks.add(new WarehousePicks(
                    warehouse, list, list.stream().mapToInt(Pick::quantity).sum()));
        });
        return picks;
    }

    private static String warehouseName(@Nullable UUID warehouseId, Map<UUID, String> warehouseNames) {
        if (warehouseId == null) {
            return NO_WAREHOUSE;
        }
        var name = warehouseNames.get(warehouseId);
        return name == null || name.isBlank() ? warehouseId.toString() : name;
    }

    private static final class PickBuilder {
        private final @Nullable String sku;
        private final String title;
        private int quantity;
        private final Set<String> shipments = new LinkedHashSet<>();

        PickBuilder(@Nullable String sku, String title) {
            this.sku = sku;
            this.title = title;
        }

        void add(int units, String shipment) {
            quantity += units;
            shipments.add(shipment);
        }

        Pick build() {
            return new Pick(sku, title, quantity, List.copyOf(shipments));
        }
    }

    /** Where the page's relative links (its stylesheet) are read from: the static resources. */
    private static String baseUri() {
        return Objects.requireNonNull(PackingSlips.class.getResource("/static/"), "static resources")
                .toExternalForm();
    }

    private static FSSupplier<InputStream> font(String file) {
        return () -> Objects.requireNonNull(PackingSlips.class.getResourceAsStream(FONTS + file), file);
    }
}
