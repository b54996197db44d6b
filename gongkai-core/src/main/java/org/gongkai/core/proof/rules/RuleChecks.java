package org.gongkai.core.proof.rules;

import java.util.List;
import org.gongkai.core.proof.Check;

/** The rule-based checks of the proofreading engine, ready for a {@link org.gongkai.core.proof.Proofreader}. */
public final class RuleChecks {

    private RuleChecks() {
    }

    /** Repetition, punctuation, placeholders, personal data and expressions with the bundled rules. */
    public static List<Check> standard() {
        return with(ExpressionRules.empty());
    }

    /** The standard checks with a county's own expression rules merged over the bundled ones. */
    public static List<Check> with(ExpressionRules extra) {
        ExpressionRules rules = extra == null ? ExpressionRules.bundled() : ExpressionRules.bundled().merge(extra);
        return List.of(new RepetitionCheck(), new PunctuationCheck(), new PlaceholderCheck(), new PersonalDataCheck(),
                new ExpressionCheck(rules));
    }
}
