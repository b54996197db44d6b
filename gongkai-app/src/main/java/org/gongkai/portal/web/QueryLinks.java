package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Links to the current list with one parameter changed (next page, another facet, other sort),
 * built from the request so that every filter the visitor chose survives: pagination and facets
 * work as plain links, without JavaScript. Empty parameters are dropped to keep URLs short, and any
 * change of filter goes back to page 1.
 */
public final class QueryLinks {

    private final String path;
    private final Map<String, String> params;

    private QueryLinks(String path, Map<String, String> params) {
        this.path = path;
        this.params = params;
    }

    static QueryLinks of(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0 && values[0] != null && !values[0].isBlank()) {
                params.put(name, values[0].strip());
            }
        });
        return new QueryLinks(request.getRequestURI(), params);
    }

    /** The same list filtered by {@code name=value}, from page 1. */
    public String with(String name, Object value) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.remove("page");
        p.put(name, String.valueOf(value));
        return build(p);
    }

    /** The same list without the filter {@code name}, from page 1. */
    public String without(String name) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.remove("page");
        p.remove(name);
        return build(p);
    }

    /** Page {@code n} of the same list. */
    public String page(int n) {
        Map<String, String> p = new LinkedHashMap<>(params);
        if (n <= 1) {
            p.remove("page");
        } else {
            p.put("page", Integer.toString(n));
        }
        return build(p);
    }

    public boolean has(String name) {
        return params.containsKey(name);
    }

    public String value(String name) {
        return params.get(name);
    }

    /** The page numbers to offer for {@code page} (see {@link #window}). */
    public List<Integer> pages(org.gongkai.platform.Page<?> page) {
        return window(page.page(), page.totalPages());
    }

    /** The page numbers to offer: first, last and two either side of the current one; 0 marks a gap. */
    public static List<Integer> window(int current, int total) {
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        int last = 0;
        for (int n = 1; n <= total; n++) {
            if (n == 1 || n == total || Math.abs(n - current) <= 2) {
                if (last != 0 && n - last > 1) {
                    out.add(0);
                }
                out.add(n);
                last = n;
            }
        }
        return out;
    }

    private String build(Map<String, String> p) {
        if (p.isEmpty()) {
            return path;
        }
        StringJoiner query = new StringJoiner("&", path + "?", "");
        p.forEach((k, v) -> query.add(encode(k) + "=" + encode(v)));
        return query.toString();
    }

    /** Form encoding, the same as a GET form produces, so "+" and "&" in a search survive the round trip. */
    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
