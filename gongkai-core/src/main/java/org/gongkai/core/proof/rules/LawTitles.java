package org.gongkai.core.proof.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Known titles of laws and regulations: ECSpell's 政策法规标题.txt (MIT) and a hand list of laws
 * ({@code law-titles.txt}). Used to tell a law (…法) from an administrative regulation (…条例).
 */
final class LawTitles {

    private static final String PRC = "中华人民共和国";

    /** Title without the 中华人民共和国 prefix → the title as officially written. */
    private final Map<String, String> byStem = new HashMap<>();

    LawTitles(List<String> titles) {
        for (String t : titles) {
            String s = t.strip();
            if (!s.isEmpty()) {
                byStem.merge(stem(s), s, (a, b) -> a.startsWith(PRC) ? a : b);
            }
        }
    }

    static LawTitles bundled() {
        return Holder.TITLES;
    }

    private static final class Holder {
        static final LawTitles TITLES = load();

        private static LawTitles load() {
            List<String> all = new java.util.ArrayList<>(Texts.dataLines("政策法规标题.txt"));
            all.addAll(Texts.dataLines("law-titles.txt"));
            return new LawTitles(all);
        }
    }

    static String stem(String title) {
        return title.startsWith(PRC) ? title.substring(PRC.length()) : title;
    }

    boolean known(String title) {
        return byStem.containsKey(stem(title));
    }

    /**
     * For an unknown title ending in 法 whose 条例 is known (or the other way round), the known title;
     * otherwise null.
     */
    String counterpart(String title) {
        String s = stem(title);
        if (byStem.containsKey(s)) {
            return null;
        }
        String other = null;
        if (s.endsWith("法") && s.length() > 2) {
            other = s.substring(0, s.length() - 1) + "条例";
        } else if (s.endsWith("条例") && !s.endsWith("实施条例") && s.length() > 3) {
            other = s.substring(0, s.length() - 2) + "法";
        }
        return other == null ? null : byStem.get(other);
    }
}
