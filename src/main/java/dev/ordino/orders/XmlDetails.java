package dev.ordino.orders;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Reads an order's XML details the one safe way: no DTDs and no external entities. */
public final class XmlDetails {

    private XmlDetails() {}

    /**
     * The details as a document; throws on content that is not well-formed. Details come from clients, so they
     * must never reach the file system or the network through entities.
     */
    public static Document parse(String content) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new StringReader(content)));
    }
}
