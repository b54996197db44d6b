package org.gongkai.core.proof.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Provinces and their prefecture-level units ({@code divisions.txt}, GB/T 2260 as of 2023), to find
 * "X省Y市" where Y belongs to another province (湖北省张家界, 四川省重庆市).
 */
final class Divisions {

    /** A prefecture-level unit: its province, full name and the stem written without the suffix. */
    record Unit(String province, String full, String stem, boolean autonomous, boolean municipality) {
    }

    /** A province written before a city of another province. */
    record Mismatch(int start, int end, String writtenProvince, String city, String rightProvince, String suggestion) {
    }

    private final List<Unit> units = new ArrayList<>();
    private final Pattern provinceNames;

    Divisions(List<String> lines) {
        List<String> provinces = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\\|", -1);
            String province = f[0].strip();
            if (province.endsWith("省") || province.endsWith("自治区")) {
                provinces.add(province);
            }
            if (f.length < 2) {
                continue;
            }
            for (String u : f[1].strip().split("\\s+")) {
                if (u.isEmpty()) {
                    continue;
                }
                int slash = u.indexOf('/');
                if (slash > 0) {
                    units.add(new Unit(province, u.substring(0, slash), u.substring(slash + 1), true, false));
                } else {
                    String stem = u.replaceFirst("(?:市|地区|盟)$", "");
                    units.add(new Unit(province, u, stem, false, u.equals(province)));
                }
            }
        }
        provinces.sort(Comparator.comparingInt(String::length).reversed());
        provinceNames = Pattern.compile(String.join("|", provinces));
    }

    static Divisions bundled() {
        return Holder.DIVISIONS;
    }

    private static final class Holder {
        static final Divisions DIVISIONS = new Divisions(Texts.dataLines("divisions.txt"));
    }

    List<Unit> units() {
        return units;
    }

    List<Mismatch> mismatches(String text) {
        List<Mismatch> out = new ArrayList<>();
        Matcher m = provinceNames.matcher(text);
        while (m.find()) {
            int e = m.end();
            String province = m.group();
            Unit best = null;
            int bestLen = 0;
            boolean bestOwn = false;
            for (Unit u : units) {
                int len = matchLength(text, e, u);
                if (len > bestLen || (len == bestLen && len > 0 && u.province.equals(province))) {
                    best = u;
                    bestLen = len;
                    bestOwn = u.province.equals(province);
                }
            }
            if (best != null && !bestOwn) {
                String city = text.substring(e, e + bestLen);
                String suggestion = best.municipality ? best.full : best.province + city;
                out.add(new Mismatch(m.start(), e + bestLen, province, city, best.province, suggestion));
            }
        }
        return out;
    }

    /** How many characters at {@code at} name the unit (0 if none). */
    private static int matchLength(String text, int at, Unit u) {
        if (text.startsWith(u.full, at)) {
            return u.full.length();
        }
        if (!text.startsWith(u.stem, at)) {
            return 0;
        }
        int after = at + u.stem.length();
        if (u.autonomous) {
            return after < text.length() && text.charAt(after) == '州' ? u.stem.length() + 1 : 0;
        }
        if (text.startsWith("市", after) || text.startsWith("地区", after) || text.startsWith("盟", after)) {
            return text.startsWith("地区", after) ? u.stem.length() + 2 : u.stem.length() + 1;
        }
        if (after >= text.length() || !Texts.isHan(text.charAt(after)) || "的和与及等".indexOf(text.charAt(after)) >= 0) {
            return u.stem.length();
        }
        return 0;
    }
}
