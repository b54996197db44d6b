package org.gongkai.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.catalog.PublishedItem;
import org.gongkai.search.IndexedItem;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResult;
import org.gongkai.search.SearchService;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * TEMPORARY stand-in for the Lucene search module, which is written in parallel on another branch;
 * DELETE THIS CLASS WHEN THAT MODULE IS MERGED. It exists only so the portal branch starts and its
 * pages can be tried: it scans every published item through {@link PublicCatalog} on each query
 * (substring match of all words, no Chinese word segmentation), which is fine for demo data and
 * nothing more. The index methods do nothing because it always reads the live catalogue.
 */
@Service
class TemporarySearchService implements SearchService {

    private static final int SNIPPET_CHARS = 120;
    private final PublicCatalog catalog;

    TemporarySearchService(PublicCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public SearchResult search(SearchQuery q) {
        long started = System.nanoTime();
        List<String> terms = terms(q.text());
        record Scored(PublishedItem item, int score) {
        }
        List<Scored> matches = new ArrayList<>();
        Map<String, Long> byAgency = new LinkedHashMap<>();
        Map<String, Long> byCategory = new LinkedHashMap<>();
        Map<Integer, Long> byYear = new TreeMap<>(Comparator.reverseOrder());
        catalog.forEachPublished(item -> {
            int score = score(item, terms);
            if (score < 0) {
                return;
            }
            // facets count what the text matches, each ignoring its own filter (as a faceted search does)
            boolean agencyOk = blank(q.agencyCode()) || q.agencyCode().equalsIgnoreCase(item.agencyCode());
            boolean categoryOk = blank(q.categoryCode()) || q.categoryCode().equals(item.categoryCode());
            boolean yearOk = q.year() == null || (item.publishedOn() != null && item.publishedOn().getYear() == q.year());
            boolean validityOk = blank(q.validity()) || q.validity().equalsIgnoreCase(item.validity().name());
            if (categoryOk && yearOk && validityOk) {
                byAgency.merge(item.agencyCode(), 1L, Long::sum);
            }
            if (agencyOk && yearOk && validityOk) {
                byCategory.merge(item.categoryCode(), 1L, Long::sum);
            }
            if (agencyOk && categoryOk && validityOk && item.publishedOn() != null) {
                byYear.merge(item.publishedOn().getYear(), 1L, Long::sum);
            }
            if (agencyOk && categoryOk && yearOk && validityOk) {
                matches.add(new Scored(item, score));
            }
        });
        Comparator<Scored> newest = Comparator.comparing((Scored s) -> s.item().publishedOn(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(s -> s.item().id());
        Comparator<Scored> order = switch (q.sort() == null ? SearchQuery.Sort.RELEVANCE : q.sort()) {
            case NEWEST -> newest.reversed();
            case OLDEST -> newest;
            case RELEVANCE -> Comparator.comparingInt(Scored::score).reversed().thenComparing(newest.reversed());
        };
        matches.sort(order);
        int size = Math.max(1, q.pageSize());
        int page = Math.max(1, q.page());
        List<SearchHit> hits = matches.stream().skip((long) (page - 1) * size).limit(size)
                .map(s -> hit(s.item(), terms)).toList();
        return new SearchResult(matches.size(), page, size, hits, (System.nanoTime() - started) / 1_000_000,
                sortedByCount(byAgency), sortedByCount(byCategory), byYear);
    }

    @Override
    public void index(IndexedItem item) {
        // reads the live catalogue; nothing to index
    }

    @Override
    public void indexAll(Stream<IndexedItem> items) {
        items.close();
    }

    @Override
    public void remove(long id) {
        // reads the live catalogue; nothing to remove
    }

    @Override
    public void clear() {
        // reads the live catalogue; nothing to clear
    }

    @Override
    public long count() {
        return catalog.countPublished();
    }

    private static List<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Stream.of(text.strip().toLowerCase(Locale.ROOT).split("\\s+")).filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** -1 if some word is missing; otherwise a crude weight: title words count more than body words. */
    private static int score(PublishedItem item, List<String> terms) {
        int score = 0;
        for (String t : terms) {
            int s = 0;
            if (lower(item.title()).contains(t)) {
                s += 10;
            }
            if (lower(item.indexNo()).contains(t) || lower(item.docNo()).contains(t)) {
                s += 8;
            }
            if (lower(item.summary()).contains(t)) {
                s += 3;
            }
            if (lower(item.bodyText()).contains(t)) {
                s += 1;
            }
            if (s == 0) {
                return -1;
            }
            score += s;
        }
        return score;
    }

    private static SearchHit hit(PublishedItem item, List<String> terms) {
        String text = !blank(item.summary()) ? item.summary() + " " + nullToEmpty(item.bodyText()) : nullToEmpty(item.bodyText());
        String snippet = snippet(text, terms);
        return new SearchHit(item.id(), item.title(), highlight(item.title(), terms), item.indexNo(), item.agencyCode(),
                item.agencyName(), item.categoryCode(), item.categoryName(), item.publishedOn(), item.validity().name(),
                item.url(), snippet, highlight(snippet, terms));
    }

    private static String snippet(String text, List<String> terms) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = terms.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int from = Math.max(0, at - SNIPPET_CHARS / 3);
        int to = Math.min(text.length(), from + SNIPPET_CHARS);
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }

    /** HTML-escaped text with every occurrence of a word wrapped in mark. */
    private static String highlight(String text, List<String> terms) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] marked = new boolean[text.length()];
        for (String t : terms) {
            for (int i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + 1)) {
                for (int j = i; j < i + t.length() && j < marked.length; j++) {
                    marked[j] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && marked[j] == marked[i]) {
                j++;
            }
            String part = HtmlUtils.htmlEscape(text.substring(i, j));
            out.append(marked[i] ? "<mark>" + part + "</mark>" : part);
            i = j;
        }
        return out.toString();
    }

    private static Map<String, Long> sortedByCount(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
