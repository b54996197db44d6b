package org.gongkai.core.proof;

/** How serious a finding is. */
public enum Severity {
    /** Must be fixed, or overridden by the signer with a recorded reason, before publication. */
    BLOCK,
    /** Very likely wrong; the reviewer should look. */
    WARN,
    /** Worth knowing (e.g. a non-preferred variant); never stops anything. */
    INFO
}
