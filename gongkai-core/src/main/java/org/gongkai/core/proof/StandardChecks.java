package org.gongkai.core.proof;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.proof.rules.ExpressionRules;
import org.gongkai.core.proof.rules.RuleChecks;
import org.gongkai.core.proof.typo.TypoCheck;

/**
 * The engine as the platform and the command line use it: every check family, with the county's own
 * expression rules (in the rule-file text format) added to the bundled ones.
 */
public final class StandardChecks {

    private StandardChecks() {
    }

    /** The spelling dictionaries load once per process (about a second); every engine shares them. */
    private static volatile TypoCheck typo;

    /** @param countyRules extra expression rules in the rule-file format, or null/blank for none */
    public static Proofreader proofreader(String countyRules) {
        List<Check> checks = new ArrayList<>();
        checks.add(typo());
        ExpressionRules extra = countyRules == null || countyRules.isBlank()
                ? ExpressionRules.empty() : ExpressionRules.parse(countyRules);
        checks.addAll(RuleChecks.with(extra));
        return new Proofreader(checks);
    }

    private static TypoCheck typo() {
        TypoCheck t = typo;
        if (t == null) {
            synchronized (StandardChecks.class) {
                t = typo;
                if (t == null) {
                    t = TypoCheck.load();
                    typo = t;
                }
            }
        }
        return t;
    }
}
