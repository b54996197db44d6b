package org.gongkai.proofing.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.proofing.ProofRun;
import org.springframework.stereotype.Component;

/**
 * Cuts a text into plain and marked pieces for the page (as {@code @proofHighlighter}), so the template
 * escapes every piece itself and no HTML is assembled from user text. Overlapping findings: the first
 * wins; the others are still listed below the text.
 */
@Component("proofHighlighter")
public class Highlighter {

    /** A piece of text; {@code finding} is null for unmarked text, else its 1-based number in the list. */
    public record Piece(String text, ProofRun.StoredFinding finding, int number) {
        public boolean marked() {
            return finding != null;
        }
    }

    public List<Piece> pieces(String text, List<ProofRun.StoredFinding> findings) {
        List<Piece> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        List<ProofRun.StoredFinding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(ProofRun.StoredFinding::start));
        int pos = 0;
        for (ProofRun.StoredFinding f : sorted) {
            if (f.start() < pos || f.end() > text.length() || f.end() <= f.start()) {
                continue;
            }
            if (f.start() > pos) {
                out.add(new Piece(text.substring(pos, f.start()), null, 0));
            }
            out.add(new Piece(text.substring(f.start(), f.end()), f, findings.indexOf(f) + 1));
            pos = f.end();
        }
        if (pos < text.length()) {
            out.add(new Piece(text.substring(pos), null, 0));
        }
        return out;
    }
}
