package org.gongkai.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.gongkai.search.IndexedItem;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResult;
import org.gongkai.search.SearchService;
import org.springframework.web.util.HtmlUtils;

/**
 * A predictable {@link SearchService} for the portal's tests: whatever the real index does with
 * Chinese word segmentation, the portal only has to render what the service returns. Items are
 * indexed explicitly by {@link PortalFixture}; a query matches items containing every word.
 */
public class FakeSearchService implements SearchService {

    private final Map<Long, IndexedItem> items = new ConcurrentHashMap<>();
    /** When set, every search is refused as the real index refuses one that gets no turn in time. */
    public volatile boolean busy;

    @Override
    public SearchResult search(SearchQuery q) {
        if (busy) {
            throw new org.gongkai.search.SearchBusyException();
        }
        List<String> words = q.text() == null ? List.of()
                : Stream.of(q.text().toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isBlank()).toList();
        List<IndexedItem> matching = new ArrayList<>();
        Map<String, Long> byAgency = new LinkedHashMap<>();
        Map<String, Long> byCategory = new LinkedHashMap<>();
        Map<Integer, Long> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (IndexedItem i : items.values()) {
            String text = (i.title() + " " + i.summary() + " " + i.bodyText() + " " + i.indexNo() + " " + i.docNo())
                    .toLowerCase(Locale.ROOT);
            if (!words.stream().allMatch(text::contains)) {
                continue;
            }
            boolean agency = q.agencyCode() == null || q.agencyCode().equals(i.agencyCode());
            boolean category = q.categoryCode() == null || q.categoryCode().equals(i.categoryCode());
            boolean year = q.year() == null || i.publishedOn().getYear() == q.year();
            if (category && year) {
                byAgency.merge(i.agencyCode(), 1L, Long::sum);
            }
            if (agency && year) {
                byCategory.merge(i.categoryCode(), 1L, Long::sum);
            }
            if (agency && category) {
                byYear.merge(i.publishedOn().getYear(), 1L, Long::sum);
            }
            if (agency && category && year) {
                matching.add(i);
            }
        }
        Comparator<IndexedItem> oldest = Comparator.comparing(IndexedItem::publishedOn).thenComparing(IndexedItem::id);
        matching.sort(q.sort() == SearchQuery.Sort.OLDEST ? oldest : oldest.reversed());
        List<SearchHit> hits = matching.stream().skip((long) (q.page() - 1) * q.pageSize()).limit(q.pageSize())
                .map(i -> new SearchHit(i.id(), i.title(), mark(i.title(), words), i.indexNo(), i.agencyCode(),
                        i.agencyName(), i.categoryCode(), i.categoryName(), i.publishedOn(), i.validity(), i.url(),
                        i.summary(), mark(i.summary(), words)))
                .toList();
        return new SearchResult(matching.size(), q.page(), q.pageSize(), hits, 3, byAgency, byCategory, byYear);
    }

    private static String mark(String text, List<String> words) {
        String html = HtmlUtils.htmlEscape(text == null ? "" : text);
        for (String w : words) {
            String escaped = HtmlUtils.htmlEscape(w);
            html = html.replace(escaped, "<mark>" + escaped + "</mark>");
        }
        return html;
    }

    @Override
    public void index(IndexedItem item) {
        items.put(item.id(), item);
    }

    @Override
    public void indexAll(Stream<IndexedItem> stream) {
        stream.forEach(this::index);
    }

    @Override
    public void remove(long id) {
        items.remove(id);
    }

    @Override
    public void clear() {
        items.clear();
    }

    @Override
    public long count() {
        return items.size();
    }
}
