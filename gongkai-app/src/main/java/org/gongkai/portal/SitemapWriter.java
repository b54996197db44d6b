package org.gongkai.portal;

import java.io.OutputStream;
import java.time.LocalDate;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a sitemap (sitemaps.org 0.9) or a sitemap index element by element straight to the
 * response, so a file of 50,000 URLs never sits in memory and the first bytes leave at once.
 */
public final class SitemapWriter implements AutoCloseable {

    /** The protocol's limit of URLs per sitemap file. */
    public static final int MAX_URLS = 50_000;
    public static final String MEDIA_TYPE = "application/xml";
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final XMLStreamWriter x;

    private SitemapWriter(OutputStream out, String root) throws XMLStreamException {
        x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement(root);
        x.writeDefaultNamespace(NS);
    }

    /** A {@code <urlset>} of page URLs. */
    public static SitemapWriter urlset(OutputStream out) throws XMLStreamException {
        return new SitemapWriter(out, "urlset");
    }

    /** A {@code <sitemapindex>} pointing at other sitemap files. */
    public static SitemapWriter index(OutputStream out) throws XMLStreamException {
        return new SitemapWriter(out, "sitemapindex");
    }

    public void url(String loc, LocalDate lastmod) throws XMLStreamException {
        entry("url", loc, lastmod);
    }

    public void sitemap(String loc, LocalDate lastmod) throws XMLStreamException {
        entry("sitemap", loc, lastmod);
    }

    /** Pushes what is written so far to the client, so a long file streams rather than arrives at the end. */
    public void flush() throws XMLStreamException {
        x.flush();
    }

    private void entry(String element, String loc, LocalDate lastmod) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeStartElement("loc");
        x.writeCharacters(loc);
        x.writeEndElement();
        if (lastmod != null) {
            x.writeStartElement("lastmod");
            x.writeCharacters(lastmod.toString());
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    @Override
    public void close() throws XMLStreamException {
        x.writeEndElement();
        x.writeEndDocument();
        x.flush();
        x.close();
    }
}
