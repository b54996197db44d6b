package org.gongkai.proofing.internal;

import java.util.concurrent.atomic.AtomicReference;
import org.gongkai.core.proof.Proofreader;
import org.gongkai.core.proof.StandardChecks;
import org.springframework.stereotype.Component;

/**
 * The engine in force: the bundled checks plus the county's own rules. Built once (dictionaries load
 * once) and rebuilt when the county saves new rules; reads are a volatile read of an immutable engine.
 */
@Component
public class EngineHolder {

    private final ProofRepository repository;
    private final AtomicReference<Proofreader> current = new AtomicReference<>();

    public EngineHolder(ProofRepository repository) {
        this.repository = repository;
    }

    public Proofreader current() {
        Proofreader p = current.get();
        if (p == null) {
            p = rebuild();
        }
        return p;
    }

    public Proofreader rebuild() {
        Proofreader p = StandardChecks.proofreader(repository.countyRules().orElse(null));
        current.set(p);
        return p;
    }
}
