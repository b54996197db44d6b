package org.gongkai.proofing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.ProofMessages;
import org.gongkai.core.proof.Proofreader;
import org.gongkai.core.proof.Severity;
import org.gongkai.core.proof.StandardChecks;
import org.gongkai.core.proof.files.AttachmentProofreader;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar gongkai-app.jar proofread [--json] [--date=YYYY-MM-DD] FILE…}: checks an officer's own
 * documents (text, .docx, .xlsx, .pdf, .doc, .xls) with the engine the platform uses, without starting
 * the platform. Prints one line per finding (file, line:column or location, severity, category, text,
 * suggestion, message), or JSON with {@code --json}. Exit status: 0 nothing that must be fixed, 1 some
 * BLOCK finding, 2 a file could not be read or the arguments are wrong.
 */
public final class ProofreadCommand {

    private ProofreadCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        LocalDate date = LocalDate.now();
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else if (a.startsWith("--date=")) {
                try {
                    date = LocalDate.parse(a.substring("--date=".length()));
                } catch (RuntimeException e) {
                    err.println(ProofMessages.text("cli.badDate", a));
                    return 2;
                }
            } else if (a.equals("--help") || a.equals("-h")) {
                out.println(ProofMessages.text("cli.usage"));
                return 0;
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            err.println(ProofMessages.text("cli.usage"));
            return 2;
        }
        Proofreader engine = StandardChecks.proofreader(null);
        ProofContext ctx = new ProofContext(date, Set.of());
        boolean blocked = false;
        boolean failed = false;
        Map<String, Object> report = new LinkedHashMap<>();
        for (Path f : files) {
            List<Finding> findings;
            String text = null;
            try {
                byte[] bytes = Files.readAllBytes(f);
                String name = f.getFileName().toString();
                if (name.toLowerCase().endsWith(".txt") || name.toLowerCase().endsWith(".md")) {
                    text = new String(bytes, StandardCharsets.UTF_8);
                    findings = engine.check(text, ctx);
                } else {
                    findings = AttachmentProofreader.checkFile(engine, name, bytes, ctx);
                }
            } catch (IOException | RuntimeException e) {
                err.println(f + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                failed = true;
                continue;
            }
            blocked |= findings.stream().anyMatch(x -> x.severity() == Severity.BLOCK);
            if (json) {
                report.put(f.toString(), findings);
            } else {
                for (Finding x : findings) {
                    out.println(f + ":" + where(text, x) + " [" + ProofMessages.text("cli.severity." + x.severity().name())
                            + "/" + ProofMessages.text("cli.category." + x.category().name()) + "] " + x.text()
                            + (x.suggestion() == null ? "" : " → " + x.suggestion()) + "  " + x.message());
                }
                if (findings.isEmpty()) {
                    out.println(f + ": " + ProofMessages.text("cli.clean"));
                }
            }
        }
        if (json) {
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        }
        return failed ? 2 : blocked ? 1 : 0;
    }

    /** line:column (1-based) in a text file; the location and offset in a document part. */
    static String where(String text, Finding f) {
        if (f.location() != null || text == null) {
            return (f.location() == null ? "" : f.location() + ":") + f.start();
        }
        int line = 1;
        int col = 1;
        for (int i = 0; i < f.start() && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return line + ":" + col;
    }
}
