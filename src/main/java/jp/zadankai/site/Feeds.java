package jp.zadankai.site;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jp.zadankai.article.Article;

/** The machine-readable pages: the Atom feed (RFC 4287), the sitemap and robots.txt. */
final class Feeds {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** Dates in front matter are Japanese calendar days. */
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final SiteUrls urls;
    private final String siteName;

    Feeds(SiteUrls urls, String siteName) {
        this.urls = urls;
        this.siteName = siteName;
    }

    /**
     * The feed of published articles. Atom requires an {@code updated} time for every entry: it is the front
     * matter's {@code updated}, else its {@code date}, else the file's own modification time; {@code published}
     * is written only where the date is known.
     */
    byte[] atom(List<Article> articles) {
        return xml(xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", urls.absolute("/"));
            element(xml, "title", siteName);
            element(xml, "updated", articles.stream().map(Feeds::updated).max(Comparator.naturalOrder())
                    .orElse(Instant.EPOCH).toString());
            link(xml, "self", urls.absolute("/feed.xml"));
            link(xml, "alternate", urls.absolute("/"));
            for (Article article : articles) {
                xml.writeStartElement("entry");
                element(xml, "id", urls.absolute(SiteUrls.article(article)));
                element(xml, "title", article.title());
                link(xml, "alternate", urls.absolute(SiteUrls.article(article)));
                element(xml, "updated", updated(article).toString());
                if (article.date() != null) {
                    element(xml, "published", startOf(article.date()).toString());
                }
                xml.writeStartElement("author");
                element(xml, "name", article.meta().author() != null ? article.meta().author() : siteName);
                xml.writeEndElement();
                element(xml, "summary", article.description());
                if (article.meta().held() != null) {
                    xml.writeStartElement("content");
                    xml.writeAttribute("type", "text");
                    xml.writeCharacters(ArticleViews.held(article.meta().held()) + "\n\n" + article.description());
                    xml.writeEndElement();
                }
                for (String tag : article.meta().tags()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", tag);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    byte[] sitemap(List<String> paths, List<Article> articles) {
        return xml(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP);
            for (String path : paths) {
                xml.writeStartElement("url");
                element(xml, "loc", urls.absolute(path));
                xml.writeEndElement();
            }
            for (Article article : articles) {
                xml.writeStartElement("url");
                element(xml, "loc", urls.absolute(SiteUrls.article(article)));
                LocalDate day = lastChanged(article);
                if (day != null) {
                    element(xml, "lastmod", day.toString());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    byte[] robots() {
        return ("User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute("/sitemap.xml") + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static Instant updated(Article article) {
        LocalDate day = lastChanged(article);
        return day != null ? startOf(day) : article.lastModified();
    }

    /** The front matter's {@code updated}, else its {@code date}; null when it gives neither. */
    private static LocalDate lastChanged(Article article) {
        return article.meta().updated() != null ? article.meta().updated() : article.date();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(TOKYO).toInstant();
    }

    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] xml(XmlBody body) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
            return (out + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
