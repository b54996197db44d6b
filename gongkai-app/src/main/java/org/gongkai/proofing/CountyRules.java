package org.gongkai.proofing;

import java.time.Clock;
import java.util.List;
import org.gongkai.agency.Officer;
import org.gongkai.core.proof.rules.ExpressionRules;
import org.gongkai.platform.AfterCommit;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.proofing.internal.EngineHolder;
import org.gongkai.proofing.internal.ProofRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's own 表述 rules, in the engine's rule-file format (with dates of validity), edited by the
 * county administrator without a release. Every saved version is kept; the engine is rebuilt after the
 * save commits, and the new rules apply at once to every agency.
 */
@Service
public class CountyRules {

    static final int MAX_TEXT = 200_000;

    private final ProofRepository repository;
    private final EngineHolder engine;
    private final Clock clock;

    public CountyRules(ProofRepository repository, EngineHolder engine, Clock clock) {
        this.repository = repository;
        this.engine = engine;
        this.clock = clock;
    }

    public String current() {
        return repository.countyRules().orElse("");
    }

    public List<ProofRepository.RulesVersion> history() {
        return repository.rulesHistory();
    }

    /** The comment block at the top of the bundled rule file, which documents the format. */
    public String formatHelp() {
        try (var in = ExpressionRules.class.getResourceAsStream("expression-rules.txt")) {
            if (in == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    break;
                }
                sb.append(line).append('\n');
            }
            return sb.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Transactional
    public void save(String text, String note, Officer by) {
        if (!by.isCountyAdmin()) {
            throw new ForbiddenException("proof.rules.forbidden");
        }
        String t = text == null ? "" : text.replace("\r\n", "\n");
        if (t.length() > MAX_TEXT) {
            throw new BadInputException("rulesText", "request.field.tooLong", MAX_TEXT);
        }
        ExpressionRules parsed = ExpressionRules.parse(t);
        if (!parsed.errors().isEmpty()) {
            ExpressionRules.LineError p = parsed.errors().get(0);
            throw new BadInputException("rulesText", "proof.rules.invalid", p.line(), p.text(), p.reason());
        }
        repository.saveRules(t, note == null || note.isBlank() ? null : note.strip(), by.displayName(), clock.instant());
        AfterCommit.run(engine::rebuild);
    }
}
