package org.gongkai.search.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.gongkai.search.IndexedItem;

/**
 * The index schema in one place: field names and how an {@link IndexedItem} becomes a Lucene
 * document. Each field carries only the structures its use needs — postings with offsets for the
 * text the highlighter marks, doc values for sorting and counting, points for the year range — so
 * that a query never has to load stored documents except for the hits it shows.
 */
final class ItemFields {

    /** Unique key, a string term so that updates and deletes are a single term lookup. Also numeric doc values for the tie-breaker. */
    static final String ID = "id";
    static final String AGENCY = "agency";
    static final String AGENCY_NAME = "agencyName";
    static final String CATEGORY = "category";
    static final String CATEGORY_NAME = "categoryName";
    static final String VALIDITY = "validity";
    /** Publication date as epoch day: points (sort skipping), doc values (sort) and stored. */
    static final String PUBLISHED = "published";
    /** Publication year: points (filter); counted through {@link #FACET_KEY}. */
    static final String YEAR = "year";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    /**
     * Catch-all of title, summary and body: documents only, no frequencies, positions or norms.
     * Matching and counting run on this compact field (one conjunction of posting lists), while
     * scoring and highlighting use the per-field postings only for the top hits.
     */
    static final String TEXT = "text";
    /**
     * Pairs of adjacent words of the title, and of summary and body ({@code "政务 公开"}). A term
     * query on a pair stands in for a phrase query: it says "these words stand together" without
     * reading positions, cheap enough to rank every match by.
     */
    static final String TITLE_PAIRS = "titlePairs";
    static final String TEXT_PAIRS = "textPairs";
    /**
     * Agency, category and year of an item in one sorted doc-values field ({@code code␟code␟year}),
     * so counting reads one ordinal per matching document instead of three.
     */
    static final String FACET_KEY = "facetKey";
    static final char FACET_SEPARATOR = '\u001f';
    /** Display value of the 索引号 as the agency wrote it. */
    static final String INDEX_NO = "indexNo";
    /** Normalised 索引号, matched exactly. */
    static final String INDEX_NO_KEY = "indexNoKey";
    /** Normalised 后段码 (year-serial), which lists often show alone and people copy. */
    static final String INDEX_NO_SUFFIX_KEY = "indexNoSuffixKey";
    /** Normalised 文号, matched exactly. */
    static final String DOC_NO_KEY = "docNoKey";
    static final String URL = "url";

    /** Analysed, stored, with offsets in the postings so highlighting never re-analyses text. */
    static final FieldType TEXT_WITH_OFFSETS;
    /** Analysed, not stored, documents only, no norms: the cheapest postings to intersect, and a constant score per term. */
    static final FieldType MATCH_ONLY;

    static {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        TEXT_WITH_OFFSETS = type;
        FieldType match = new FieldType();
        match.setTokenized(true);
        match.setStored(false);
        match.setOmitNorms(true);
        match.setIndexOptions(IndexOptions.DOCS);
        match.freeze();
        MATCH_ONLY = match;
    }

    private ItemFields() {
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    /** The Lucene document for an item; the analyser segments each text once (see {@link AnalysedText}). */
    static Document toDocument(IndexedItem item, Analyzer analyzer) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(item.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID, item.id()));

        String agency = nullToEmpty(item.agencyCode());
        doc.add(new StringField(AGENCY, agency, Field.Store.YES));
        storeIfPresent(doc, AGENCY_NAME, item.agencyName());

        String category = nullToEmpty(item.categoryCode());
        doc.add(new StringField(CATEGORY, category, Field.Store.YES));
        storeIfPresent(doc, CATEGORY_NAME, item.categoryName());

        doc.add(new StringField(VALIDITY, normalizeValidity(item.validity()), Field.Store.YES));

        LocalDate published = item.publishedOn() != null ? item.publishedOn() : LocalDate.EPOCH;
        long epochDay = published.toEpochDay();
        doc.add(new LongPoint(PUBLISHED, epochDay));
        doc.add(new NumericDocValuesField(PUBLISHED, epochDay));
        doc.add(new StoredField(PUBLISHED, epochDay));
        doc.add(new IntPoint(YEAR, published.getYear()));
        doc.add(new SortedDocValuesField(FACET_KEY,
                new BytesRef(agency + FACET_SEPARATOR + category + FACET_SEPARATOR + published.getYear())));

        addText(doc, TITLE, TITLE_PAIRS, item.title(), analyzer);
        addText(doc, SUMMARY, TEXT_PAIRS, item.summary(), analyzer);
        addText(doc, BODY, TEXT_PAIRS, item.bodyText(), analyzer);

        if (item.indexNo() != null && !item.indexNo().isBlank()) {
            doc.add(new StoredField(INDEX_NO, item.indexNo().strip()));
            String key = normalizeCode(item.indexNo());
            doc.add(new StringField(INDEX_NO_KEY, key, Field.Store.NO));
            int slash = key.lastIndexOf('/');
            if (slash >= 0 && slash < key.length() - 1) {
                doc.add(new StringField(INDEX_NO_SUFFIX_KEY, key.substring(slash + 1), Field.Store.NO));
            }
        }
        if (item.docNo() != null && !item.docNo().isBlank()) {
            doc.add(new StringField(DOC_NO_KEY, normalizeCode(item.docNo()), Field.Store.NO));
        }
        storeIfPresent(doc, URL, item.url());
        return doc;
    }

    /**
     * Folds the ways people type an 索引号 or 文号 into one key: no spaces, upper-case Latin letters,
     * full-width ASCII folded to half-width, and every bracket style around the year (〔〕, [], ［］,
     * 【】, (), （）, 〖〗) written as 〔〕, the form the drafting standard prescribes.
     */
    static String normalizeCode(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            switch (c) {
                case '[', '［', '【', '(', '（', '〖' -> c = '〔';
                case ']', '］', '】', ')', '）', '〗' -> c = '〕';
                default -> {
                    if (c >= '\uFF01' && c <= '\uFF5E') {
                        c = (char) (c - 0xFEE0);
                    }
                }
            }
            sb.append(c);
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    static String normalizeValidity(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    private static void addText(Document doc, String field, String pairsField, String value, Analyzer analyzer) {
        if (value != null && !value.isBlank()) {
            AnalysedText tokens = AnalysedText.of(analyzer, field, value);
            Field own = new Field(field, value, TEXT_WITH_OFFSETS);
            own.setTokenStream(tokens.replay());
            doc.add(own);
            doc.add(new Field(TEXT, tokens.replay(), MATCH_ONLY));
            doc.add(new Field(pairsField, tokens.pairs(), MATCH_ONLY));
        }
    }

    private static void storeIfPresent(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
