package org.gongkai.proofing.internal;

import java.util.concurrent.atomic.AtomicLong;
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

    /** The engine with the number of its build, so that results computed with it can be recognised later. */
    public record Engine(Proofreader proofreader, long generation) {
    }

    private final ProofRepository repository;
    private final AtomicReference<Engine> current = new AtomicReference<>();
    private final AtomicLong generations = new AtomicLong();

    public EngineHolder(ProofRepository repository) {
        this.repository = repository;
    }

    public Proofreader current() {
        return engine().proofreader();
    }

    public Engine engine() {
        Engine e = current.get();
        return e != null ? e : rebuildEngine();
    }

    public Proofreader rebuild() {
        return rebuildEngine().proofreader();
    }

    private Engine rebuildEngine() {
        Engine e = new Engine(StandardChecks.proofreader(repository.countyRules().orElse(null)), generations.incrementAndGet());
        current.set(e);
        return e;
    }
}
