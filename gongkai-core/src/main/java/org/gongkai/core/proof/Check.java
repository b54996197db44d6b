package org.gongkai.core.proof;

import java.util.List;

/** One family of checks over plain text. Implementations are immutable and thread-safe. */
public interface Check {

    List<Finding> check(String text, ProofContext context);
}
