package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole foundation as a person uses it, in Debian's headless Chromium: a drafter signs in and
 * drafts an item, a reviewer, a confidentiality reviewer and a signer take it through 先审后发, and a
 * visitor finds it on the portal through full-text search (the index is fed by the publish event).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EndToEndBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestCounty county;

    WebDriver driver;
    Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        profile = Files.createTempDirectory("gk-e2e-chromium");
        driver = org.gongkai.support.Browsers.headlessChromium(profile);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void an_item_drafted_and_reviewed_in_the_back_office_is_found_on_the_portal_by_search() {
        TestCounty.Chain chain = county.chain("端到端测试局");
        String title = "关于开展" + TestCounty.unique("端到端") + "政务公开专项检查的通知";

        signIn(chain.drafter().username());
        open("/admin/items/new");
        new Select(driver.findElement(By.name("category"))).selectByValue("TZGG");
        driver.findElement(By.name("title")).sendKeys(title);
        driver.findElement(By.name("docNo")).sendKeys("青测〔2026〕8号");
        driver.findElement(By.name("summary")).sendKeys("部署开展政务公开专项检查。");
        driver.findElement(By.name("body")).sendKeys("<p>各乡镇人民政府、县政府各部门：为深入推进政务公开工作，现开展专项检查。</p>");
        driver.findElement(By.name("title")).submit();
        assertThat(driver.getPageSource()).contains(title).contains("草稿");
        String itemUrl = driver.getCurrentUrl();
        clickAction("SUBMIT", null);
        assertThat(driver.getPageSource()).contains("待审核");
        signOut();

        signIn(chain.reviewer().username());
        driver.get(itemUrl);
        clickAction("APPROVE", "内容准确，同意。");
        assertThat(driver.getPageSource()).contains("待保密审查");
        signOut();

        signIn(chain.confidentialityReviewer().username());
        driver.get(itemUrl);
        clickAction("APPROVE", "不涉及国家秘密，同意公开。");
        assertThat(driver.getPageSource()).contains("待签发");
        signOut();

        signIn(chain.signer().username());
        driver.get(itemUrl);
        clickAction("PUBLISH", "同意发布。");
        assertThat(driver.getPageSource()).contains("已发布");
        signOut();

        // the visitor: search the portal (indexing follows the publish event after commit)
        String word = title.substring(4, title.indexOf("政务公开"));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.pollingEvery(Duration.ofMillis(500)).until(d -> {
            open("/");
            WebElement q = d.findElement(By.name("q"));
            q.sendKeys(word);
            q.submit();
            try {
                Files.writeString(Path.of("target/e2e-last-search.html"), d.getPageSource());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return d.getPageSource().contains("<mark>");
        });
        WebElement hit = driver.findElement(By.partialLinkText("专项检查的通知"));
        hit.click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(driver.getPageSource()).contains("青测〔2026〕8号").contains(chain.agency().code() + "/");
    }

    private void signIn(String username) {
        open("/login");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(TestCounty.PASSWORD);
        driver.findElement(By.name("password")).submit();
        assertThat(driver.getCurrentUrl()).endsWith("/admin");
    }

    private void signOut() {
        driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/admin"));
    }

    private void clickAction(String action, String opinion) {
        WebElement button = driver.findElement(By.cssSelector("button[value='" + action + "'], form:has(input[name='action'][value='"
                + action + "']) button[type='submit']"));
        if (opinion != null) {
            WebElement form = button.findElement(By.xpath("./ancestor::form"));
            form.findElement(By.name("opinion")).sendKeys(opinion);
        }
        String before = driver.getCurrentUrl();
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".status, .badge, h1")).size() > 0);
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

}
