package org.gongkai.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.gongkai.search.SearchQuery;

/**
 * Turns a visitor's text and filters into Lucene queries without a query parser: the text is only
 * ever analysed, never parsed, so quotes, brackets, {@code AND} or {@code *:*} are just characters
 * and nothing a visitor types can throw or widen the search.
 *
 * <p>Two queries come out of one request. The <em>match</em> query decides which items match and
 * is used for the total and the counts: every word the Chinese analyser finds must occur in the
 * item (title, summary or body, via the catch-all field), which gives AND semantics to
 * {@code 2024年 预算}; text that looks like an 索引号 or 文号 also matches those fields exactly;
 * filters are non-scoring clauses. The <em>rank</em> query orders the matching set (see
 * {@link #rankQuery}).
 */
final class QueryTranslator {

    static final float TITLE_BOOST = 3.0f;
    static final float PHRASE_TITLE_BOOST = 4.0f;
    static final float PHRASE_BODY_BOOST = 2.0f;
    static final float EXACT_CODE_BOOST = 1000f;
    /** Bound on distinct words per query, far below Lucene's clause limit; a pasted paragraph is cut, not refused. */
    static final int MAX_WORDS = 32;
    /** Bound on white-space separated parts, each of which may add phrase clauses. */
    static final int MAX_PARTS = 16;
    /** Longer text cannot be an 索引号 or 文号. */
    private static final int MAX_CODE_LENGTH = 100;

    /** The analysed words of one white-space separated part of the text, with their positions for phrases. */
    record Part(List<String> words, List<Integer> positions) {
    }

    /** A visitor's text, analysed once per request. */
    record Analysed(boolean blank, List<Part> parts, String code) {

        Set<String> distinctWords() {
            Set<String> words = new LinkedHashSet<>();
            for (Part part : parts) {
                words.addAll(part.words());
            }
            return words;
        }
    }

    private final Analyzer analyzer;

    QueryTranslator(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Whether the visitor's text is blank (a listing request rather than a search). */
    static boolean isBlank(String text) {
        return text == null || text.replace('\u3000', ' ').isBlank();
    }

    Analysed analyse(String text) {
        if (isBlank(text)) {
            return new Analysed(true, List.of(), "");
        }
        List<Part> parts = new ArrayList<>();
        Set<String> distinct = new LinkedHashSet<>();
        for (String chunk : text.strip().split("[\\s\\u3000]+")) {
            if (parts.size() >= MAX_PARTS || distinct.size() >= MAX_WORDS) {
                break;
            }
            if (chunk.isEmpty()) {
                continue;
            }
            Part part = part(chunk, distinct);
            if (!part.words().isEmpty() && parts.stream().noneMatch(p -> p.words().equals(part.words()))) {
                parts.add(part);
            }
        }
        String code = looksLikeCode(text) ? ItemFields.normalizeCode(text) : "";
        return new Analysed(false, parts, code);
    }

    /** 索引号 and 文号 always carry digits (a year, a serial); words without digits need no exact lookup. */
    private static boolean looksLikeCode(String text) {
        return text.length() <= MAX_CODE_LENGTH && text.chars().anyMatch(c -> Character.isDigit(c));
    }

    /**
     * Which items match, with the visitor's filters: blank text matches everything; text with no
     * searchable word and no exact code matches nothing.
     */
    static Query matchQuery(Analysed text, SearchQuery q) {
        Query main;
        if (text.blank()) {
            main = new MatchAllDocsQuery();
        } else {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            if (!text.parts().isEmpty()) {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                for (Query word : wordQueries(text)) {
                    all.add(word, Occur.FILTER);
                }
                any.add(all.build(), Occur.SHOULD);
            }
            for (Query exact : exactCodeQueries(text.code())) {
                any.add(exact, Occur.SHOULD);
            }
            BooleanQuery built = any.build();
            main = built.clauses().isEmpty() ? new MatchNoDocsQuery("no searchable words") : built;
        }
        return withFilters(main, q);
    }

    /**
     * How matching items rank: the words in the title (BM25, title weighs most), adjacent word pairs
     * in the title and in summary or body (standing in for phrases: for a part the analyser split
     * into several words, 政务公开 → 政务 + 公开, items where the words stand together rank above items
     * that merely contain them), and an exact 索引号 or 文号, which ranks first. Items matching only
     * by scattered words in the body score zero and come newest first (the collector's tie-break).
     *
     * <p>Every clause reads a small posting list without positions, and as a pure disjunction Lucene
     * ranks it with block-max WAND, looking at few documents even in a million. It matches only
     * documents with a title word, a pair or the code; the caller restricts it to the matching set.
     */
    static Query rankQuery(Analysed text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String word : text.distinctWords()) {
            b.add(new BoostQuery(new TermQuery(new Term(ItemFields.TITLE, word)), TITLE_BOOST), Occur.SHOULD);
        }
        Set<String> pairs = new LinkedHashSet<>();
        for (Part part : text.parts()) {
            for (int i = 1; i < part.words().size(); i++) {
                if (part.positions().get(i) - part.positions().get(i - 1) == 1) {
                    pairs.add(AnalysedText.pair(part.words().get(i - 1), part.words().get(i)));
                }
            }
        }
        for (String pair : pairs) {
            b.add(new BoostQuery(new TermQuery(new Term(ItemFields.TITLE_PAIRS, pair)), PHRASE_TITLE_BOOST), Occur.SHOULD);
            b.add(new BoostQuery(new TermQuery(new Term(ItemFields.TEXT_PAIRS, pair)), PHRASE_BODY_BOOST), Occur.SHOULD);
        }
        for (Query exact : exactCodeQueries(text.code())) {
            b.add(new BoostQuery(exact, EXACT_CODE_BOOST), Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * The whole matching set scored by {@link #rankQuery}, zero where it does not match. For small
     * matching sets, where walking every match is cheaper than WAND's bookkeeping.
     */
    static Query rankQueryOver(Analysed text, Query matchSet) {
        return new BooleanQuery.Builder().add(matchSet, Occur.FILTER).add(rankQuery(text), Occur.SHOULD).build();
    }

    /**
     * The words to mark in titles and snippets: a flat term query per text field, which the
     * highlighter resolves from postings offsets without re-analysing the stored text.
     */
    static Query highlightQuery(Analysed text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String word : text.distinctWords()) {
            b.add(new TermQuery(new Term(ItemFields.TITLE, word)), Occur.SHOULD);
            b.add(new TermQuery(new Term(ItemFields.SUMMARY, word)), Occur.SHOULD);
            b.add(new TermQuery(new Term(ItemFields.BODY, word)), Occur.SHOULD);
        }
        return b.build();
    }

    static List<Query> exactCodeQueries(String code) {
        if (code.isEmpty()) {
            return List.of();
        }
        return List.of(new TermQuery(new Term(ItemFields.INDEX_NO_KEY, code)),
                new TermQuery(new Term(ItemFields.INDEX_NO_SUFFIX_KEY, code)),
                new TermQuery(new Term(ItemFields.DOC_NO_KEY, code)));
    }

    /** Adds the visitor's filters as non-scoring clauses; Lucene's query cache can reuse them across searches. */
    private static Query withFilters(Query main, SearchQuery q) {
        List<Query> filters = filterQueries(q);
        if (filters.isEmpty()) {
            return main;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, Occur.FILTER);
        for (Query f : filters) {
            b.add(f, Occur.FILTER);
        }
        return b.build();
    }

    /** The visitor's filters (agency, category, year, validity), each a query the matching items must satisfy. */
    static List<Query> filterQueries(SearchQuery q) {
        List<Query> filters = new ArrayList<>();
        if (q.agencyCode() != null && !q.agencyCode().isBlank()) {
            filters.add(new TermQuery(new Term(ItemFields.AGENCY, q.agencyCode().strip())));
        }
        if (q.categoryCode() != null && !q.categoryCode().isBlank()) {
            filters.add(new TermQuery(new Term(ItemFields.CATEGORY, q.categoryCode().strip())));
        }
        if (q.year() != null) {
            filters.add(IntPoint.newExactQuery(ItemFields.YEAR, q.year()));
        }
        if (q.validity() != null && !q.validity().isBlank()) {
            filters.add(new TermQuery(new Term(ItemFields.VALIDITY, ItemFields.normalizeValidity(q.validity()))));
        }
        return filters;
    }

    /** Each word of the text as a query on the catch-all field (an item matches if it holds them all). */
    static List<Query> wordQueries(Analysed text) {
        List<Query> words = new ArrayList<>();
        for (String word : text.distinctWords()) {
            words.add(new TermQuery(new Term(ItemFields.TEXT, word)));
        }
        return words;
    }

    private Part part(String chunk, Set<String> distinct) {
        List<String> words = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(ItemFields.BODY, chunk)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                String word = term.toString();
                if (!distinct.contains(word) && distinct.size() >= MAX_WORDS) {
                    break;
                }
                distinct.add(word);
                position += increment.getPositionIncrement();
                words.add(word);
                positions.add(position);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Part(words, positions);
    }
}
