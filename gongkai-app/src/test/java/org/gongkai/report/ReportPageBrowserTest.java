package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.ItemService;
import org.gongkai.catalog.Transition;
import org.gongkai.core.review.Action;
import org.gongkai.core.review.Role;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * A published annual report as the public reads it, in headless Chromium: its page has the three tables
 * as real tables with header cells, and axe-core finds no serious or critical violation, in the normal
 * view and in the 适老化 (large-font, high-contrast) view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestCounty county;
    @Autowired
    AnnualReportService reports;
    @Autowired
    ItemService items;
    @Autowired
    JdbcClient jdbc;

    WebDriver driver;
    Path profile;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    @Test
    @DisplayName("The published report page: real tables, no serious or critical axe violations, also in 适老化 mode")
    void publishedReportIsAccessible() throws Exception {
        TestCounty.Chain c = county.chain("年报无障碍局");
        Officer drafter = TestCounty.officer(county.user(c.agency(), Role.DRAFTER, Role.AGENCY_ADMIN), c.agency());
        new SyntheticRequests(jdbc, c.agency().id()).add(4, "NATURAL_PERSON", LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 4, 20), "GRANTED", null);
        AnnualReport draft = reports.report(c.agency().code(), 2025, "OWN", drafter);
        reports.saveText(c.agency().code(), 2025, "OWN", draft.section1(),
                "一是信息发布的及时性有待提高。下一步将加强培训。", "本年度未收取信息处理费。", null, drafter);
        long itemId = reports.submit(c.agency().code(), 2025, "OWN", drafter).itemId();
        items.transition(itemId, Transition.of(Action.APPROVE, "同意"), c.reviewer());
        items.transition(itemId, Transition.of(Action.APPROVE, "不涉密"), c.confidentialityReviewer());
        items.transition(itemId, Transition.of(Action.PUBLISH, "同意发布"), c.signer());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                "PUBLISHED".equals(reports.report(c.agency().code(), 2025, "OWN", drafter).status()));

        profile = Files.createTempDirectory("gk-report-chromium");
        driver = org.gongkai.support.Browsers.headlessChromium(profile);

        driver.get("http://localhost:" + port + "/items/" + itemId);
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("2025年政府信息公开工作年度报告");
        List<String> captions = driver.findElements(By.cssSelector("table caption")).stream()
                .map(e -> e.getText()).toList();
        assertThat(captions).contains("三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况");
        assertThat(driver.findElements(By.cssSelector("table th[scope='row']"))).isNotEmpty();
        assertThat(driver.getPageSource()).contains("（七）总计", "/reports/" + c.agency().code() + "/2025.pdf");

        List<String> blocking = new ArrayList<>();
        org.gongkai.support.Axe.check(driver, "report (normal)", blocking);
        driver.findElement(By.cssSelector(".a11y-switch a")).click();
        org.gongkai.support.Axe.check(driver, "report (适老化)", blocking);
        assertThat(blocking).as("serious or critical accessibility violations").isEmpty();
    }
}
