package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gongkai.agency.Agency;
import org.gongkai.core.request.ApplicantType;
import org.gongkai.core.review.Role;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
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
import org.springframework.util.FileSystemUtils;

/**
 * An officer answers an online application in headless Chromium: confirms its receipt, drafts the
 * reply letter from its template and completes it; a signer (who sees the applicant's phone masked)
 * signs it off; the officer records the reply; the applicant then reads the signed letter on the
 * status page with the tracking number and query code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RequestReplyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestCounty county;
    @Autowired
    PublicRequests publicRequests;

    WebDriver driver;
    Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        profile = Files.createTempDirectory("gk-reply-chromium");
        driver = org.gongkai.support.Browsers.headlessChromium(profile);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        FileSystemUtils.deleteRecursively(profile.toFile());
    }

    @Test
    @DisplayName("条例第三十六条: confirm, draft the letter, sign off by another person, reply; the applicant reads it")
    void officerAnswersWithTheGeneratedLetter() {
        Agency agency = county.department("浏览器答复局");
        var handler = county.user(agency, Role.REQUEST_OFFICER);
        var signer = county.user(agency, Role.SIGNER);
        Registered submitted = publicRequests.submit(new OnlineApplication(agency.code(),
                new Applicant(ApplicantType.NATURAL_PERSON, "陈网申", "ID_CARD", "11010519491231002X", null, null,
                        "13812341234", null, "青山县东街8号", null),
                "2025年度本单位部门决算及三公经费支出情况", null, "ELECTRONIC", "ONLINE"));
        String no = submitted.request().trackingNo();

        signIn(handler.username());
        open("/admin/requests");
        assertThat(driver.getPageSource()).contains(no, "待确认收到");
        driver.findElement(By.linkText(no)).click();
        assertThat(driver.getPageSource()).contains("13812341234");
        clickAndWait("#act-confirm button[type='submit']", "已确认收到");
        assertThat(driver.getPageSource()).contains("已确认收到", "答复期限是怎样计算的", "第三十一条第（三）项");

        new Select(driver.findElement(By.id("letter-type"))).selectByValue("GRANTED");
        clickAndWait("#act-letter button[type='submit']", "已按所选答复类型生成答复书草稿");
        WebElement letter = driver.findElement(By.id("letter"));
        assertThat(letter.getAttribute("value")).contains("政府信息公开申请答复书", "陈网申", "第三十六条第（二）项",
                "六十日内", "六个月内");
        letter.sendKeys("\n　　附件：2025年度部门决算表（电子文档）");
        letter.submit();
        waitFor("答复书已保存");
        String letterUrl = driver.getCurrentUrl();
        signOut();

        signIn(signer.username());
        open("/admin/requests/" + no);
        assertThat(driver.getPageSource()).contains("138****1234").doesNotContain("13812341234");
        driver.get(letterUrl);
        clickAndWait("form[action$='/letter/sign'] button", "答复书已签发");
        signOut();

        signIn(handler.username());
        driver.get(letterUrl);
        clickAndWait("#act-reply button[type='submit']", "已登记答复");
        assertThat(driver.getPageSource()).contains("已登记答复", "已答复", "（一）予以公开");
        signOut();

        open("/apply/status");
        driver.findElement(By.name("trackingNo")).sendKeys(no);
        driver.findElement(By.name("code")).sendKeys(submitted.secretCode());
        driver.findElement(By.name("code")).submit();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getPageSource().contains(no));
        assertThat(driver.getPageSource()).contains("已答复", "政府信息公开申请答复书", "2025年度部门决算表")
                .doesNotContain("13812341234", "11010519491231002X");
    }

    private void clickAndWait(String css, String text) {
        driver.findElement(By.cssSelector(css)).click();
        waitFor(text);
    }

    private void waitFor(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getPageSource().contains(text));
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

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }
}
