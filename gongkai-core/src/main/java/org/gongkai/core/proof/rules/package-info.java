/**
 * Rule-based proofreading checks (proofing.md §4, §5): {@link org.gongkai.core.proof.rules.RepetitionCheck},
 * {@link org.gongkai.core.proof.rules.PunctuationCheck}, {@link org.gongkai.core.proof.rules.PlaceholderCheck},
 * {@link org.gongkai.core.proof.rules.PersonalDataCheck} and the data-driven
 * {@link org.gongkai.core.proof.rules.ExpressionCheck}. Data files are resources of this package; those from
 * ECSpell (政策法规标题.txt, 新华社禁用词慎用词.utf8) are MIT-licensed, see LICENSE-ECSpell.txt.
 */
package org.gongkai.core.proof.rules;
