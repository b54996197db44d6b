package org.gongkai.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.api.Api.json;

import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.core.review.Role;
import org.gongkai.request.RequestService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The requests API end to end, on the real server and database. Every expected date is counted by
 * hand from the 2026 notice (regulations.md §8): 中秋 09-25 off, 国庆 10-01…10-07 off with 09-20 (Sun)
 * and 10-10 (Sat) worked.
 */
class RequestApiTest extends ApiTestBase {

    @Autowired
    RequestService service;
    @Autowired
    org.gongkai.calendar.HolidayCalendar calendar;

    Agency agency;
    Person officer;

    @BeforeEach
    void agencyWithOfficer() {
        agency = county.department("申请测试局");
        officer = person(agency, Role.REQUEST_OFFICER);
    }

    Map<String, Object> application(String channel, String receivedOn) {
        return json("agency", agency.code(), "channel", channel, "receivedOn", receivedOn,
                "applicant", json("type", "NATURAL_PERSON", "name", "李申请", "idType", "ID_CARD",
                        "idNumber", "11010519491231002X", "phone", "13812341234", "email", "li@example.org",
                        "address", "青山县城关镇幸福路1号"),
                "description", "2025年本县老旧小区改造项目清单及资金安排", "preferredForm", "ELECTRONIC",
                "delivery", "EMAIL");
    }

    String register(String channel, String receivedOn) {
        Api.Response r = api.post("/api/v1/requests", application(channel, receivedOn), officer.token());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.text("trackingNo");
    }

    Api.Response act(String no, Object body) {
        return api.post("/api/v1/requests/" + no + "/actions", body, officer.token());
    }

    @Test
    @DisplayName("条例第三十一条、第三十三条: received 2026-09-30 in person → due 2026-11-03, 国庆 skipped, 10-10 counted")
    void registerComputesDueDateWithExplanation() {
        Api.Response r = api.post("/api/v1/requests", application("IN_PERSON", "2026-09-30"), officer.token());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode j = r.json();
        assertThat(j.path("trackingNo").asString()).matches("YS\\d{8}-\\d{4}");
        assertThat(j.path("secretCode").asString()).hasSize(8);
        assertThat(j.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(j.path("receivedOn").asString()).isEqualTo("2026-09-30");
        assertThat(j.path("dueOn").asString()).isEqualTo("2026-11-03");
        assertThat(j.path("provisional").asBoolean()).isFalse();
        assertThat(j.path("overdue").asBoolean()).as("today is after 2026-11-03").isTrue();
        assertThat(j.path("computation").get(0).path("step").asString()).isEqualTo("RECEIVED");
        assertThat(j.path("computation").get(0).path("text").asString()).contains("2026年11月3日", "第三十一条");
        assertThat(j.path("holidaysSkipped").toString()).contains("2026-10-01", "2026-10-07");
        assertThat(j.path("workingWeekends").toString()).contains("2026-10-10");
        assertThat(j.path("applicant").path("idNumber").asString()).as("handling officer sees it").isEqualTo("11010519491231002X");

        JsonNode again = api.get("/api/v1/requests/" + j.path("trackingNo").asString(), officer.token()).json();
        assertThat(again.path("dueOn").asString()).isEqualTo("2026-11-03");
        assertThat(again.path("secretCode").isNull()).as("the code is shown once").isTrue();
    }

    @Test
    @DisplayName("条例第三十条 + 第三十二条 + 第三十三条: restart, pause and extension combined, then reply, delivery, archive")
    void supplementPauseExtensionReply() {
        String no = register("REGISTERED_POST", "2026-09-01");
        JsonNode s = act(no, json("type", "REQUEST_SUPPLEMENT", "on", "2026-09-03", "until", "2026-09-18",
                "note", "请明确所需信息的时间范围")).json();
        assertThat(s.path("status").asString()).isEqualTo("AWAITING_SUPPLEMENT");
        assertThat(s.path("dueOn").isNull()).as("no clock while supplementing").isTrue();
        assertThat(s.path("supplementNoticeLate").asBoolean()).isFalse();

        // restart: 20 working days after 09-10, with 09-20 (Sun) worked and 09-25, 10-01…07 off → 10-14
        JsonNode restarted = act(no, json("type", "SUPPLEMENT_RECEIVED", "on", "2026-09-10")).json();
        assertThat(restarted.path("dueOn").asString()).isEqualTo("2026-10-14");

        act(no, json("type", "CONSULT_START", "on", "2026-09-15", "consultation", "THIRD_PARTY", "party", "某建设公司"));
        // (09-15, 09-22] holds 6 working days: 16, 17, 18, 20 (Sun, worked), 21, 22 → 10-14 + 6 = 10-22
        JsonNode resumed = act(no, json("type", "CONSULT_END", "on", "2026-09-22")).json();
        assertThat(resumed.path("dueOn").asString()).isEqualTo("2026-10-22");

        // extension counts on from the old due date: 10-22 + 10 working days = 11-05
        JsonNode extended = act(no, json("type", "EXTEND", "on", "2026-10-20", "workingDays", 10, "approver", "王主任",
                "reason", "涉及多个部门，需协调")).json();
        assertThat(extended.path("dueOn").asString()).isEqualTo("2026-11-05");
        assertThat(extended.path("extensionDays").asInt()).isEqualTo(10);
        List<String> steps = extended.path("computation").valueStream().map(n -> n.path("step").asString()).toList();
        assertThat(steps).containsExactly("RECEIVED", "SUPPLEMENT_REQUESTED", "SUPPLEMENT_RECEIVED", "PAUSED", "EXTENDED");

        Api.Response second = act(no, json("type", "EXTEND", "on", "2026-10-21", "workingDays", 5, "approver", "王主任",
                "reason", "再延"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.message()).contains("只能延长一次");

        JsonNode replied = act(no, json("type", "REPLY", "on", "2026-11-04", "replyType", "GRANTED")).json();
        assertThat(replied.path("status").asString()).isEqualTo("REPLIED");
        assertThat(replied.path("late").asBoolean()).isFalse();
        assertThat(replied.path("overdue").asBoolean()).isFalse();

        Api.Response again = act(no, json("type", "REPLY", "on", "2026-11-05", "replyType", "GRANTED"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.message()).contains("已经答复");

        assertThat(act(no, json("type", "DELIVERED", "on", "2026-11-05", "note", "电子邮件送达")).json()
                .path("status").asString()).isEqualTo("DELIVERED");
        assertThat(act(no, json("type", "CLOSE", "on", "2026-11-06")).json().path("status").asString())
                .isEqualTo("ARCHIVED");
        assertThat(api.get("/api/v1/requests/" + no, officer.token()).json().path("history").size()).isEqualTo(9);
    }

    @Test
    @DisplayName("Rejected actions answer 400/409 with a Chinese message and change nothing")
    void refusalsChangeNothing() {
        String no = register("IN_PERSON", "2026-10-09");
        int before = api.get("/api/v1/requests/" + no, officer.token()).json().path("history").size();

        Api.Response beforeReceipt = act(no, json("type", "NOTE", "on", "2026-10-08", "note", "x"));
        assertThat(beforeReceipt.status()).isEqualTo(400);
        assertThat(beforeReceipt.field()).isEqualTo("on");
        assertThat(beforeReceipt.message()).contains("不能早于收到申请的日期");

        Api.Response future = act(no, json("type", "NOTE", "on", "2099-01-01", "note", "x"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.message()).contains("不能晚于今天");

        Api.Response tooLong = act(no, json("type", "EXTEND", "on", "2026-10-12", "workingDays", 25, "approver", "王主任",
                "reason", "复杂"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.field()).isEqualTo("workingDays");

        Api.Response noGround = act(no, json("type", "REPLY", "on", "2026-10-12", "replyType", "WITHHELD"));
        assertThat(noGround.status()).isEqualTo(400);
        assertThat(noGround.field()).isEqualTo("ground");

        Api.Response mismatch = act(no, json("type", "REPLY", "on", "2026-10-12", "replyType", "WITHHELD",
                "ground", "NOT_HELD"));
        assertThat(mismatch.status()).isEqualTo(400);

        Api.Response unknown = act(no, json("type", "DANCE", "on", "2026-10-12"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.field()).isEqualTo("type");

        Api.Response notReplied = act(no, json("type", "DELIVERED", "on", "2026-10-12"));
        assertThat(notReplied.status()).isEqualTo(409);

        assertThat(api.get("/api/v1/requests/" + no, officer.token()).json().path("history").size()).isEqualTo(before);
    }

    @Test
    @DisplayName("Bad applications are refused with the field named; nothing is saved")
    void badApplications() {
        long before = jdbc.sql("SELECT COUNT(*) FROM info_request").query(Long.class).single();
        Map<String, Object> badId = application("IN_PERSON", "2026-10-09");
        ((Map<String, Object>) badId.get("applicant")).put("idNumber", "110105194912310021");
        Api.Response r = api.post("/api/v1/requests", badId, officer.token());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.field()).isEqualTo("applicant.idNumber");
        assertThat(r.message()).contains("证件号码", "校验码");

        Map<String, Object> noDate = application("IN_PERSON", null);
        assertThat(api.post("/api/v1/requests", noDate, officer.token()).field()).isEqualTo("receivedOn");
        Map<String, Object> noDescription = application("IN_PERSON", "2026-10-09");
        noDescription.put("description", " ");
        assertThat(api.post("/api/v1/requests", noDescription, officer.token()).field()).isEqualTo("description");
        Map<String, Object> badChannel = application("PIGEON", "2026-10-09");
        assertThat(api.post("/api/v1/requests", badChannel, officer.token()).field()).isEqualTo("channel");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM info_request").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    @DisplayName("Only the agency's request officers handle; the county admin sees masked personal data; others see nothing")
    void isolationAndMasking() {
        String no = register("IN_PERSON", "2026-10-09");
        Agency other = county.department("别的局");
        Person stranger = person(other, Role.REQUEST_OFFICER);
        assertThat(api.get("/api/v1/requests/" + no, stranger.token()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/requests/" + no + "/actions", json("type", "NOTE", "on", "2026-10-10", "note", "x"),
                stranger.token()).status()).isEqualTo(404);

        Person drafter = person(agency, Role.DRAFTER);
        assertThat(api.get("/api/v1/requests/" + no, drafter.token()).status()).isEqualTo(404);
        Person signer = person(agency, Role.SIGNER);
        JsonNode seenBySigner = api.get("/api/v1/requests/" + no, signer.token()).json();
        assertThat(seenBySigner.path("personalDataMasked").asBoolean()).isTrue();
        assertThat(api.post("/api/v1/requests/" + no + "/actions", json("type", "NOTE", "on", "2026-10-10", "note", "x"),
                signer.token()).status()).isEqualTo(403);

        JsonNode seenByCounty = api.get("/api/v1/requests/" + no, adminToken()).json();
        JsonNode applicant = seenByCounty.path("applicant");
        assertThat(applicant.path("phone").asString()).isEqualTo("138****1234");
        assertThat(applicant.path("idNumber").asString()).isEqualTo("11*************02X");
        assertThat(seenByCounty.toString()).doesNotContain("13812341234", "11010519491231002X");

        List<String> listed = api.get("/api/v1/requests?open=true", stranger.token()).json().path("requests")
                .valueStream().map(n -> n.path("trackingNo").asString()).toList();
        assertThat(listed).doesNotContain(no);
        List<String> mine = api.get("/api/v1/requests?open=true&size=200", officer.token()).json().path("requests")
                .valueStream().map(n -> n.path("trackingNo").asString()).toList();
        assertThat(mine).contains(no);
    }

    @Test
    @DisplayName("国办函〔2020〕109号: no payment within 20 working days of the notice ends the request as （六）2")
    void unpaidFeeLapses() {
        String no = register("IN_PERSON", "2026-10-09");
        JsonNode notice = act(no, json("type", "FEE_NOTICE", "on", "2026-10-12", "feeYuan", 100, "note", "按件计收第11件")).json();
        assertThat(notice.path("status").asString()).isEqualTo("AWAITING_FEE");
        // 20 working days after 10-12: 10-13 … 11-09
        assertThat(notice.path("pauseEndsBy").asString()).isEqualTo("2026-11-09");
        service.endLapsed();
        JsonNode ended = api.get("/api/v1/requests/" + no, officer.token()).json();
        assertThat(ended.path("status").asString()).isEqualTo("REPLIED");
        assertThat(ended.path("replyType").asString()).isEqualTo("OTHER");
        assertThat(ended.path("ground").asString()).isEqualTo("FEE_NOT_PAID");
        assertThat(ended.path("repliedOn").asString()).isEqualTo("2026-11-10");
    }

    @Test
    @DisplayName("A due date in late December 2026 waits for the 2027 notice: provisional")
    void provisionalAcrossMissingYear() {
        // 20 working days after 2026-11-27 (Fri): 11-30, 12-01 … 12-25 → 12-25, from the 25th on 2027's notice matters
        JsonNode j = api.get("/api/v1/requests/" + register("IN_PERSON", "2026-11-27"), officer.token()).json();
        assertThat(j.path("dueOn").asString()).isEqualTo("2026-12-25");
        assertThat(j.path("provisional").asBoolean()).isTrue();
        assertThat(j.path("explanation").toString()).contains("暂定");
    }

    @Test
    @DisplayName("Loading the 2027 schedule makes that late-December due date exact, on the page and in the queue")
    void provisionalBecomesExactWhenTheScheduleIsLoaded() {
        String no = register("IN_PERSON", "2026-11-27");
        assertThat(jdbc.sql("SELECT provisional FROM info_request WHERE tracking_no = ?").param(no)
                .query(Boolean.class).single()).isTrue();
        try {
            Api.Response saved = api.put("/api/v1/calendar/2027", json("offDays", "2027-01-01~2027-01-03 元旦",
                    "workDays", "", "sources", "https://www.gov.cn/zhengce/test-2027.htm", "note", "测试"), adminToken());
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            JsonNode j = api.get("/api/v1/requests/" + no, officer.token()).json();
            assertThat(j.path("dueOn").asString()).isEqualTo("2026-12-25");
            assertThat(j.path("provisional").asBoolean()).isFalse();
            // the stored copy used by queues and statistics follows after the commit (event listener)
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> !jdbc
                    .sql("SELECT provisional FROM info_request WHERE tracking_no = ?").param(no)
                    .query(Boolean.class).single());
        } finally {
            jdbc.sql("DELETE FROM holiday_schedule WHERE schedule_year = 2027").update();
            calendar.reload();
            service.refreshOpen();
        }
    }

    @Test
    @DisplayName("国办函〔2020〕109号 第三条: the fee is computed by one method, by pages here (120 pages = 1,100 元)")
    void feeNoticeComputedByPages() {
        String no = register("IN_PERSON", "2026-11-16");
        Api.Response noMethod = act(no, json("type", "FEE_NOTICE", "on", "2026-11-17", "feeMethod", "BOTH"));
        assertThat(noMethod.status()).isEqualTo(400);
        assertThat(noMethod.field()).isEqualTo("feeMethod");
        // 31–100: 70 × 10 = 700; 101–120: 20 × 20 = 400
        JsonNode j = act(no, json("type", "FEE_NOTICE", "on", "2026-11-17", "feeMethod", "BY_PAGES", "pages", 120)).json();
        assertThat(j.path("feeYuan").asLong()).isEqualTo(1100);
        assertThat(j.path("status").asString()).isEqualTo("AWAITING_FEE");
        JsonNode notice = j.path("history").get(1);
        assertThat(notice.path("note").asString()).contains("按量计收", "120", "1100");
        // the first application of the month is free by count: nothing to charge, refused
        String other = register("IN_PERSON", "2026-11-16");
        Api.Response free = act(other, json("type", "FEE_NOTICE", "on", "2026-11-17", "feeMethod", "BY_COUNT"));
        assertThat(free.status()).isEqualTo(400);
        assertThat(free.field()).isEqualTo("feeYuan");
    }

    @Test
    @DisplayName("Fees: 国办函〔2020〕109号 第四条 by count and 第五条 by pages, public")
    void fees() {
        assertThat(api.get("/api/v1/fees/by-count?nth=10", null).json().path("yuan").asLong()).isZero();
        assertThat(api.get("/api/v1/fees/by-count?nth=11", null).json().path("yuan").asLong()).isEqualTo(100);
        assertThat(api.get("/api/v1/fees/by-count?nth=31", null).json().path("yuan").asLong()).isEqualTo(200);
        assertThat(api.get("/api/v1/fees/by-pages?pages=101", null).json().path("yuan").asLong()).isEqualTo(720);
        Api.Response bad = api.get("/api/v1/fees/by-count?nth=0", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.message()).contains("第几件");
    }
}
