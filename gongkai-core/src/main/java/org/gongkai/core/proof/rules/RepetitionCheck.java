package org.gongkai.core.proof.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.core.proof.Category;
import org.gongkai.core.proof.Check;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.ProofMessages;
import org.gongkai.core.proof.Severity;

/**
 * 重复: a phrase of 2–8 Chinese characters written twice in a row (正在正在, 进一步进一步, 全面全面), and a
 * doubled function character (的的, 了了). Legitimate reduplication (常常, 渐渐, 一一, 研究研究, AABB such as
 * 干干净净) is not flagged: the allowed forms are in {@code reduplications.txt}.
 *
 * <p>Single doubled characters are only flagged for a few function characters, because without word
 * segmentation "XX" is usually a word ending in X followed by a word starting with X (为了了解, 研究所所长,
 * 现在在); the known such contexts are listed per character.
 */
public final class RepetitionCheck implements Check {

    public static final String RULE_PHRASE = "repeat.phrase";
    public static final String RULE_CHAR = "repeat.char";

    static final int MAX_PHRASE = 8;

    /** Doubled function characters worth flagging, with the characters before / after that make them legitimate. */
    private static final Map<Character, String[]> CHAR_CONTEXTS = Map.of(
            '的', new String[] {"目有别似端标", "确"},
            '了', new String[] {"不为除到", "解结然如不却断得无事"},
            '是', new String[] {"但就只总还若要凡即正倒硬", "否非"},
            '在', new String[] {"现正存实所自内外好旨意重不潜", "于乎意场"},
            '和', new String[] {"温平缓柔调共", "谐平睦美气蔼解"},
            '与', new String[] {"参给赋授施", "会"},
            '被', new String[] {"棉盖", "子褥单"});

    /** Chinese numerals: 一一, 三三两两, 十一十一 are counted, not duplicated. */
    private static final String NUMERALS = "〇零一二三四五六七八九十百千万亿两";

    private final Set<String> allowed;

    public RepetitionCheck() {
        this(Set.copyOf(Texts.dataLines("reduplications.txt")));
    }

    RepetitionCheck(Set<String> allowed) {
        this.allowed = allowed;
    }

    @Override
    public List<Finding> check(String text, ProofContext context) {
        List<Finding> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int found = 0;
            for (int len = 1; len <= MAX_PHRASE && i + 2 * len <= n; len++) {
                if (repeats(text, i, len)) {
                    found = len;
                    break;
                }
            }
            if (found == 0) {
                i++;
                continue;
            }
            int reps = 2;
            while (i + (reps + 1) * found <= n && text.regionMatches(i, text, i + reps * found, found)) {
                reps++;
            }
            int end = i + reps * found;
            String unit = text.substring(i, i + found);
            if (found == 1 ? charFlagged(text, i, end) : phraseFlagged(text, i, end, unit)) {
                String span = text.substring(i, end);
                out.add(new Finding(i, end, Category.REPETITION, Severity.WARN, span, unit,
                        ProofMessages.text("repeat." + (found == 1 ? "char" : "phrase"), span, unit),
                        found == 1 ? RULE_CHAR : RULE_PHRASE, null));
                i = end;
            } else {
                i += found == 1 ? 1 : found;
            }
        }
        return out;
    }

    private static boolean repeats(String text, int i, int len) {
        // compare first: almost every position fails on its first character, so the Han test rarely runs
        if (text.charAt(i) != text.charAt(i + len) || !text.regionMatches(i, text, i + len, len)) {
            return false;
        }
        for (int k = i; k < i + 2 * len; k++) {
            if (!Texts.isHan(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean charFlagged(String text, int start, int end) {
        char c = text.charAt(start);
        String[] ctx = CHAR_CONTEXTS.get(c);
        if (ctx == null || end - start > 3) {
            return false;
        }
        // AABB (是是非非, 和和美美, 的的确确)
        if (end - start == 2 && end + 1 < text.length() && text.charAt(end) == text.charAt(end + 1)
                && Texts.isHan(text.charAt(end))) {
            return false;
        }
        if (start > 0 && ctx[0].indexOf(text.charAt(start - 1)) >= 0) {
            return false;
        }
        if (end < text.length() && ctx[1].indexOf(text.charAt(end)) >= 0) {
            return false;
        }
        return !coveredByAllowed(text, start, end);
    }

    private boolean phraseFlagged(String text, int start, int end, String unit) {
        if (unit.charAt(0) == '一' || unit.indexOf('某') >= 0) {
            return false; // 一步一步, 一次一次; 某某
        }
        boolean allNumerals = true;
        for (int k = 0; k < unit.length(); k++) {
            allNumerals &= NUMERALS.indexOf(unit.charAt(k)) >= 0;
        }
        if (allNumerals) {
            return false;
        }
        // AABB written as two syllables of the same character pair (哈哈哈哈 is a run of one character)
        if (unit.chars().distinct().count() == 1) {
            return false;
        }
        return !coveredByAllowed(text, start, end);
    }

    /** Whether an allowed form (常常, 研究研究, 不了了之, 为了了解 …) occurs in the text covering [start, end). */
    private boolean coveredByAllowed(String text, int start, int end) {
        for (String a : allowed) {
            int idx = text.indexOf(a, Math.max(0, end - a.length()));
            while (idx >= 0 && idx <= start) {
                if (idx + a.length() >= end) {
                    return true;
                }
                idx = text.indexOf(a, idx + 1);
            }
        }
        return false;
    }
}
