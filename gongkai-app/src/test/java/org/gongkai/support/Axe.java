package org.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/** Runs axe-core on the page in the browser and collects the serious and critical violations. */
public final class Axe {

    public static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Axe() {
    }

    public static void check(WebDriver driver, String page, List<String> blocking) {
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.isErrored()).as("axe ran on " + page).isFalse();
        assertThat(results.getPasses()).as("axe checked something on " + page).isNotEmpty();
        System.out.printf("axe: %s: %d rules passed, %d violations%n", page, results.getPasses().size(),
                results.getViolations().size());
        for (Rule v : results.getViolations()) {
            String line = page + " " + v.getImpact() + " " + v.getId() + ": " + v.getHelp();
            System.out.println("axe: " + line);
            for (CheckedNode n : v.getNodes()) {
                System.out.println("      at " + n.getTarget() + " " + n.getHtml());
            }
            if (BLOCKING.contains(v.getImpact())) {
                blocking.add(line);
            }
        }
    }
}
