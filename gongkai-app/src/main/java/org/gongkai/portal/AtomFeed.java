package org.gongkai.portal;

import java.io.OutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287) of an agency's or a category's latest items, so that people, news
 * desks and other government sites can follow new disclosures without polling pages. Written with
 * a real XML writer: titles of government documents contain {@code <}, {@code &} and quotes
 * (《》 are fine, but "A&B 公司" is not), which string concatenation would get wrong.
 *
 * @param id        permanent IRI of the feed (its own URL)
 * @param selfUrl   where the feed is fetched from
 * @param htmlUrl   the page the feed follows
 * @param updated   the newest entry's time (or any stable time for an empty feed)
 */
public record AtomFeed(String id, String title, String subtitle, String selfUrl, String htmlUrl, Instant updated,
                       String author, List<Entry> entries) {

    public static final String MEDIA_TYPE = "application/atom+xml";
    private static final String NS = "http://www.w3.org/2005/Atom";
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /** One item; {@code summary} is plain text. */
    public record Entry(String id, String title, String url, Instant published, Instant updated, String summary,
                        String author, String categoryTerm, String categoryLabel) {
    }

    public void writeTo(OutputStream out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("feed");
        x.writeDefaultNamespace(NS);
        x.writeAttribute("xml:lang", "zh-CN");
        text(x, "id", id);
        text(x, "title", title);
        if (subtitle != null && !subtitle.isBlank()) {
            text(x, "subtitle", subtitle);
        }
        text(x, "updated", time(updated));
        link(x, "self", MEDIA_TYPE, selfUrl);
        link(x, "alternate", "text/html", htmlUrl);
        x.writeStartElement("author");
        text(x, "name", author);
        x.writeEndElement();
        text(x, "generator", "Gongkai");
        for (Entry e : entries) {
            x.writeStartElement("entry");
            text(x, "id", e.id());
            text(x, "title", e.title());
            link(x, "alternate", "text/html", e.url());
            if (e.published() != null) {
                text(x, "published", time(e.published()));
            }
            text(x, "updated", time(e.updated()));
            x.writeStartElement("author");
            text(x, "name", e.author());
            x.writeEndElement();
            if (e.categoryTerm() != null) {
                x.writeEmptyElement("category");
                x.writeAttribute("term", e.categoryTerm());
                if (e.categoryLabel() != null) {
                    x.writeAttribute("label", e.categoryLabel());
                }
            }
            if (e.summary() != null && !e.summary().isBlank()) {
                x.writeStartElement("summary");
                x.writeAttribute("type", "text");
                x.writeCharacters(e.summary());
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndDocument();
        x.flush();
        x.close();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }

    /** RFC 3339 in China Standard Time, which is what the dates on the pages mean. */
    static String time(Instant t) {
        return OffsetDateTime.ofInstant(t, CHINA).withNano(0).format(RFC3339);
    }
}
