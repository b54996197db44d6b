package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.NewAgency;
import org.gongkai.catalog.Item;
import org.gongkai.catalog.ItemDraft;
import org.gongkai.catalog.Transition;
import org.gongkai.core.review.Action;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs axe-core in Debian's headless Chromium over the public pages, in the normal and the 适老化
 * mode, and fails on any "serious" or "critical" violation (WCAG 2.1 AA is a legal expectation for
 * government sites, and the elderly are a large share of their visitors). Also proves the search
 * works with JavaScript switched off. Nothing is downloaded: the browser and driver are the system's,
 * axe.min.js comes inside the axe-core jar. Screenshots land in target/portal-screenshots for review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PortalTestConfig.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Set<String> BLOCKING = Set.of("serious", "critical");
    static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");

    @LocalServerPort
    int port;
    @Autowired
    TestCounty county;
    @Autowired
    PortalFixture fixture;
    @Autowired
    AgencyService agencies;

    TestCounty.Chain chain;
    Item policy;
    String word;
    final List<Path> profiles = new ArrayList<>();

    @BeforeAll
    void publishSomething() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        chain = county.chain("无障碍测试局");
        agencies.updateGuide(chain.agency().id(), new NewAgency(chain.agency().code(), chain.agency().name(), null,
                chain.agency().kind(), null, "青山县人民路 8 号", "工作日 上午 8:30—12:00，下午 14:30—17:30", "0578-8123456",
                "0578-8123457", "gk@example.gov.cn", "323900",
                "本指南用于指导公民、法人和其他组织获取本单位的政府信息。\n本单位政府信息公开工作由办公室负责。"), county.countyAdmin());
        word = TestCounty.unique("无障碍");
        policy = fixture.publish(chain, new ItemDraft("ZCWJ", word + "管理办法", "青无〔2026〕1号", LocalDate.of(2026, 2, 20),
                "综合政务\\政务公开", "办法", false, LocalDate.of(2026, 3, 1), null, null, null, "规范政务公开工作的办法。",
                "<p>第一条 为规范政务公开工作，制定本办法。</p><h2>第二章 公开范围</h2><ol><li>政策文件</li><li>财政信息</li></ol>"
                        + "<table><tr><th scope=\"col\">项目</th><th scope=\"col\">金额（万元）</th></tr>"
                        + "<tr><td>收入合计</td><td>1,234.56</td></tr></table>"
                        + "<p>详见<a href=\"https://www.gov.cn/zhengce/\">中国政府网政策库</a>。</p>", null));
        fixture.publish(chain, new ItemDraft("ZCJD", "《" + word + "管理办法》政策解读", null, null, null, "解读", false, null,
                null, null, null, "解读材料。", "<p>解读正文。</p>", policy.id()));
        Item old = fixture.publish(chain, PortalFixture.draft("TZGG", word + "旧通知"));
        fixture.transition(chain, old.id(), Transition.of(Action.ABOLISH, "清理废止"));
        fixture.publish(chain, PortalFixture.draft("CZXX-YS", word + "部门预算"));
    }

    @AfterAll
    void removeProfiles() {
        for (Path p : profiles) {
            org.springframework.util.FileSystemUtils.deleteRecursively(p.toFile());
        }
    }

    WebDriver browser(boolean javascript) throws IOException {
        Path profile = Files.createTempDirectory("gongkai-chromium");
        profiles.add(profile);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath());
        if (!javascript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1600));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    List<String> pages() {
        String code = chain.agency().code();
        return List.of("/", "/agencies/" + code, "/agencies/" + code + "/items", "/items/" + policy.id(),
                "/search?q=" + word);
    }

    @Test
    void public_pages_have_no_serious_or_critical_axe_violations_in_normal_and_a11y_mode() throws IOException {
        WebDriver driver = browser(true);
        List<String> blocking = new ArrayList<>();
        try {
            for (String mode : List.of("normal", "a11y")) {
                if (mode.equals("a11y")) {
                    // switch the mode as a visitor does: the link in the header, which comes back to the page
                    driver.get(url("/"));
                    driver.findElement(By.cssSelector(".a11y-switch a")).click();
                    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                            d.findElement(By.tagName("body")).getAttribute("class").contains("a11y"));
                }
                for (String path : pages()) {
                    driver.get(url(path));
                    String bodyClass = String.valueOf(driver.findElement(By.tagName("body")).getAttribute("class"));
                    assertThat(bodyClass.contains("a11y")).as("a11y mode on " + path).isEqualTo(mode.equals("a11y"));
                    screenshot(driver, mode, path);
                    Results results = new AxeBuilder().analyze(driver);
                    assertThat(results.isErrored()).as("axe ran on " + path).isFalse();
                    assertThat(results.getPasses()).as("axe checked something on " + path).isNotEmpty();
                    System.out.printf("axe: [%s] %s: %d rules passed, %d violations, %d to review by hand%n", mode, path,
                            results.getPasses().size(), results.getViolations().size(), results.getIncomplete().size());
                    for (Rule v : results.getViolations()) {
                        String line = "[" + mode + "] " + path + " " + v.getImpact() + " " + v.getId() + ": " + v.getHelp();
                        System.out.println("axe: " + line);
                        for (CheckedNode n : v.getNodes()) {
                            System.out.println("      at " + n.getTarget() + " " + abbreviate(n.getHtml()));
                        }
                        if (BLOCKING.contains(v.getImpact())) {
                            blocking.add(line);
                        }
                    }
                }
            }
        } finally {
            driver.quit();
        }
        assertThat(blocking).as("serious or critical accessibility violations").isEmpty();
    }

    @Test
    void search_works_without_javascript() throws IOException {
        WebDriver driver = browser(false);
        try {
            driver.get(url("/"));
            driver.findElement(By.id("home-q")).sendKeys(word + "部门预算");
            driver.findElement(By.cssSelector("form.big-search button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/search?"));
            assertThat(driver.findElement(By.cssSelector(".result-summary")).getText()).contains("找到 1 条结果");
            assertThat(driver.findElement(By.cssSelector(".hits .hit-title a")).getText()).isEqualTo(word + "部门预算");

            // the facets, sort and the item link are plain links: they work without scripts too
            driver.findElement(By.linkText("最新")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("sort=newest"));
            driver.findElement(By.cssSelector(".hits .hit-title a")).click();
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(word + "部门预算");
            // and the list filters are a GET form
            driver.get(url("/agencies/" + chain.agency().code() + "/items"));
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("f-validity"))).selectByValue("ABOLISHED");
            driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
            // wait for the filtered page: reading the old page's summary while it is replaced goes stale
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("validity=ABOLISHED"));
            assertThat(driver.findElement(By.cssSelector(".result-summary")).getText()).startsWith("共 1 条");
        } finally {
            driver.quit();
        }
    }

    @Test
    void the_item_page_prints_without_navigation_and_shows_where_links_lead() throws IOException {
        WebDriver driver = browser(true);
        try {
            driver.get(url("/items/" + policy.id()));
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
            assertThat(driver.findElement(By.cssSelector(".site-nav")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector(".a11y-switch")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector(".breadcrumb")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector(".meta-table")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.cssSelector(".doc-body")).isDisplayed()).isTrue();
            Object after = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return getComputedStyle(document.querySelector('.doc-body a'), '::after').content;");
            assertThat(String.valueOf(after)).contains("https://www.gov.cn/zhengce/");
            screenshot(driver, "print", "item");
        } finally {
            driver.quit();
        }
    }

    /** Stable names (home, agency, items, item, search) so a run overwrites the previous run's files. */
    static void screenshot(WebDriver driver, String mode, String path) throws IOException {
        String page = path.equals("/") ? "home" : path.startsWith("/search") ? "search" : path.startsWith("/items")
                ? "item" : path.endsWith("/items") ? "items" : path.startsWith("/agencies/") ? "agency" : path;
        String name = mode + "-" + page;
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static String abbreviate(String html) {
        return html == null || html.length() <= 160 ? html : html.substring(0, 160) + "…";
    }
}
