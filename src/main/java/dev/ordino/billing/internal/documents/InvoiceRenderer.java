package dev.ordino.billing.internal.documents;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dev.ordino.billing.InvoiceDocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders an invoice document: to HTML with the template {@code billing/invoice} (whose fragment
 * {@code document(invoice)} the admin UI includes too), and from that HTML to a PDF/A-3b with the DejaVu Sans
 * font embedded and an sRGB output intent, so that an EN 16931 e-invoice can be attached to it.
 */
@Component
public class InvoiceRenderer {

    static final String TEMPLATE = "billing/invoice";
    private static final String FONT_FAMILY = "DejaVu Sans";

    static {
        // openhtmltopdf logs every stylesheet and font it loads at INFO; only its warnings matter.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ITemplateEngine templates;
    private final SellerProperties seller;

    public InvoiceRenderer(ITemplateEngine templates, SellerProperties seller) {
        this.templates = templates;
        this.seller = seller;
    }

    /** A renderer outside Spring (tests, tools): the same template, read from the class path. */
    public static InvoiceRenderer standalone(SellerProperties seller) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return new InvoiceRenderer(engine, seller);
    }

    /** The whole page: the document, with the seller's bank details when configured. */
    public String html(InvoiceDocument invoice) {
        var context = new Context(java.util.Locale.ROOT);
        context.setVariable("invoice", invoice);
        context.setVariable("bank", bankDetails());
        return templates.process(TEMPLATE, context);
    }

    /** The document as a PDF/A-3b. */
    public byte[] pdf(InvoiceDocument invoice) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B);
            builder.useFont(font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            builder.withProducer("Ordino");
            builder.withHtmlContent(html(invoice), baseUri());
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the invoice PDF", e);
        }
        return out.toByteArray();
    }

    private @Nullable String bankDetails() {
        var iban = SellerProperties.blankToNull(seller.iban());
        if (iban == null) {
            return null;
        }
        var bic = SellerProperties.blankToNull(seller.bic());
        return "Bank transfer to IBAN " + iban + (bic == null ? "" : ", BIC " + bic);
    }

    /** Where the page's relative links (its stylesheet) are read from: the static resources. */
    private static String baseUri() {
        return Objects.requireNonNull(InvoiceRenderer.class.getResource("/static/"), "static resources")
                .toExternalForm();
    }

    private static FSSupplier<InputStream> font(String file) {
        return () -> Objects.requireNonNull(InvoiceRenderer.class.getResourceAsStream("/billing/fonts/" + file), file);
    }
}
