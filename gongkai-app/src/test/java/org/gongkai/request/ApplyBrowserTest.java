package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.agency.Agency;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * An applicant in Debian's headless Chromium, with JavaScript off as on a locked-down or old phone:
 * finds the agency on /apply, fills the form (reading the arithmetic question like a person), writes
 * down number and code from the confirmation and follows the request on /apply/status. axe-core then
 * checks the form (also with a refusal shown) and the status page for serious or critical violations,
 * the same way as the portal's {@code AccessibilityBrowserTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApplyBrowserTest {

    static final Set<String> BLOCKING = Set.of("serious", "critical");
    static final Pattern QUESTION = Pattern.compile("(\\d+) (加|减) (\\d+) 等于几？");

    @LocalServerPort
    int port;
    @Autowired
    TestCounty county;

    final List<WebDriver> drivers = new ArrayList<>();
    final List<Path> profiles = new ArrayList<>();
    Agency agency;

    @BeforeEach
    void agency() {
        agency = county.department("网上申请测试局");
    }

    @AfterEach
    void stop() {
        drivers.forEach(WebDriver::quit);
        profiles.forEach(p -> FileSystemUtils.deleteRecursively(p.toFile()));
    }

    WebDriver browser(boolean javascript) throws Exception {
        Path profile = Files.createTempDirectory("gk-apply-chromium");
        profiles.add(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath());
        if (!javascript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        drivers.add(driver);
        driver.manage().window().setSize(new Dimension(414, 1600)); // a phone's width: the form must fit
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static int answer(WebDriver driver) {
        Matcher m = QUESTION.matcher(driver.findElement(By.cssSelector(".challenge-question")).getText());
        assertThat(m.find()).isTrue();
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        return m.group(2).equals("加") ? a + b : a - b;
    }

    /**
     * The request's status after a lookup. The click may return before the answer has loaded (it once failed so in a
     * full run, never alone): wait for it, and say which page came instead if it does not.
     */
    static String statusName(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage(() -> "no status on " + driver.getCurrentUrl() + ": " + driver.findElement(By.tagName("body")).getText())
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".status-name"))).getText();
    }

    static void type(WebDriver driver, String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    @Test
    void an_applicant_applies_without_javascript_and_follows_the_request_with_number_and_code() throws Exception {
        WebDriver driver = browser(false);
        driver.get(url("/"));
        driver.findElement(By.linkText("依申请公开")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("依申请公开");
        driver.findElement(By.linkText(agency.name())).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("向" + agency.name() + "申请公开政府信息");

        // first try: the description is forgotten; the page says so and keeps what was typed
        type(driver, "f-applicant-name", "王小明");
        type(driver, "f-applicant-phone", "13912345678");
        driver.findElement(By.id("f-preferredForm")).click();              // 电子文档
        driver.findElement(By.id("f-delivery")).click();                   // 网上获取
        driver.findElement(By.id("f-consent")).click();
        type(driver, "f-challenge", Integer.toString(answer(driver)));
        driver.findElement(By.cssSelector(".apply-form button[type=submit]")).click();
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                .contains("所需政府信息的内容描述：此项为必填项");
        assertThat(driver.findElement(By.id("f-applicant-name")).getAttribute("value")).isEqualTo("王小明");
        driver.findElement(By.cssSelector(".error-summary a")).click();
        assertThat(driver.getCurrentUrl()).endsWith("#f-description");

        type(driver, "f-description", "本县 2025 年农村公路建设项目的资金安排表。");
        type(driver, "f-challenge", Integer.toString(answer(driver)));
        driver.findElement(By.cssSelector(".apply-form button[type=submit]")).click();

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("申请已提交");
        assertThat(driver.getCurrentUrl()).endsWith("/apply/done");
        String trackingNo = driver.findElement(By.id("tracking-no")).getText();
        String code = driver.findElement(By.id("secret-code")).getText();
        assertThat(trackingNo).matches("YS\\d{8}-\\d{4}");
        assertThat(code).matches("[2-9A-Z]{8}");
        assertThat(driver.getCurrentUrl()).doesNotContain(code);

        driver.findElement(By.linkText("查询办理情况")).click();
        type(driver, "f-trackingNo", trackingNo);
        type(driver, "f-code", code);
        driver.findElement(By.cssSelector(".lookup-form button[type=submit]")).click();
        assertThat(statusName(driver)).isEqualTo("待确认收到");
        assertThat(driver.getPageSource()).contains(agency.name()).contains("139****5678").doesNotContain("13912345678")
                .contains("答复期限是怎样计算的");
        assertThat(driver.getCurrentUrl()).endsWith("/apply/status").doesNotContain(code);
    }

    @Test
    void the_form_and_the_status_page_have_no_serious_or_critical_axe_violations() throws Exception {
        WebDriver driver = browser(true);
        List<String> blocking = new ArrayList<>();

        driver.get(url("/apply"));
        check(driver, "/apply", blocking);
        driver.get(url("/apply/" + agency.code()));
        check(driver, "/apply/{code}", blocking);
        // with a refusal shown: the summary, the marked field and its message
        type(driver, "f-applicant-name", "赵六");
        driver.findElement(By.cssSelector(".apply-form button[type=submit]")).click();
        assertThat(driver.findElements(By.cssSelector(".error-summary"))).hasSize(1);
        check(driver, "/apply/{code} (refused)", blocking);

        driver.findElement(By.id("f-applicant-phone")).sendKeys("13700001111");
        driver.findElement(By.id("f-description")).sendKeys("本单位 2025 年部门决算。");
        driver.findElement(By.id("f-preferredForm")).click();
        driver.findElement(By.id("f-delivery")).click();
        if (!driver.findElement(By.id("f-consent")).isSelected()) {
            driver.findElement(By.id("f-consent")).click();
        }
        type(driver, "f-challenge", Integer.toString(answer(driver)));
        driver.findElement(By.cssSelector(".apply-form button[type=submit]")).click();
        check(driver, "/apply/done", blocking);
        String trackingNo = driver.findElement(By.id("tracking-no")).getText();
        String code = driver.findElement(By.id("secret-code")).getText();

        driver.get(url("/apply/status"));
        check(driver, "/apply/status", blocking);
        type(driver, "f-trackingNo", trackingNo);
        type(driver, "f-code", code);
        driver.findElement(By.cssSelector(".lookup-form button[type=submit]")).click();
        assertThat(statusName(driver)).isEqualTo("待确认收到");
        check(driver, "/apply/status (found)", blocking);

        assertThat(blocking).as("serious or critical accessibility violations").isEmpty();
    }

    static void check(WebDriver driver, String page, List<String> blocking) {
        org.gongkai.support.Axe.check(driver, page, blocking);
    }
}
