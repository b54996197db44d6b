package org.gongkai.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.api.Api.json;

import java.util.List;
import java.util.Map;
import org.gongkai.core.review.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The review chain through the API (先审后发, 一事一审, 三同步): the same rules and roles as the
 * back office, since both call the same service. Every refused step leaves the item as it was.
 */
class WorkflowApiTest extends ApiTestBase {

    /** A transition that must be refused with {@code status}, leaving the item unchanged. */
    Api.Response refused(long id, Person who, String action, String opinion, int status) {
        ItemSnapshot before = snapshot(id);
        Api.Response r = transition(id, who, action, opinion);
        assertError(r, status);
        assertThat(snapshot(id)).as("%s by %s must change nothing", action, who.username()).isEqualTo(before);
        return r;
    }

    long publishedCount(Team t, String category) {
        for (JsonNode c : api.get("/api/v1/agencies/" + t.code() + "/categories", null).list()) {
            if (c.path("code").asString().equals(category)) {
                return c.path("published").asLong();
            }
        }
        throw new AssertionError("no category " + category);
    }

    @Test
    void the_full_chain_drafter_reviewer_confidentiality_reviewer_signer_publishes_the_item() {
        Team t = team("流程局");
        long id = newItem(t, "关于公布年度重点工作的通知");
        assertThat(publishedCount(t, "TZGG")).isZero();

        assertThat(act(id, t.drafter(), "submit", null).text("status")).isEqualTo("IN_REVIEW");
        assertThat(act(id, t.reviewer(), "approve", "同意").text("status")).isEqualTo("IN_CONFIDENTIALITY_REVIEW");
        assertThat(act(id, t.confidentialityReviewer(), "APPROVE", "不涉密").text("status"))
                .isEqualTo("AWAITING_SIGN_OFF");
        Api.Response published = act(id, t.signer(), "publish", "同意发布");
        assertThat(published.text("status")).isEqualTo("PUBLISHED");
        assertThat(published.text("publishedOn")).isEqualTo(today().toString());

        List<JsonNode> history = api.get("/api/v1/items/" + id + "/history", t.signer().token()).list();
        assertThat(history).extracting(e -> e.path("action").asString())
                .containsExactly("CREATE", "SUBMIT", "APPROVE", "APPROVE", "PUBLISH");
        assertThat(history).extracting(e -> e.path("opinion").asString(""))
                .containsExactly("", "", "同意", "不涉密", "同意发布");
        assertThat(publishedCount(t, "TZGG")).isEqualTo(1);
    }

    @Test
    void approving_a_draft_gets_409_naming_its_status() {
        Team t = team("流程局");
        long id = newItem(t, "草稿");
        Api.Response r = refused(id, t.reviewer(), "approve", "同意", 409);
        assertThat(r.message()).contains("草稿");
    }

    @Test
    void publishing_before_both_reviews_gets_409() {
        Team t = team("流程局");
        long draft = newItem(t, "草稿");
        refused(draft, t.signer(), "publish", "同意", 409);
        long inReview = itemIn(t, "IN_REVIEW", "待审核");
        assertThat(refused(inReview, t.signer(), "publish", "同意", 409).message()).contains("待审核");
        long inConfidentialityReview = itemIn(t, "IN_CONFIDENTIALITY_REVIEW", "待保密审查");
        refused(inConfidentialityReview, t.signer(), "publish", "同意", 409);
    }

    @Test
    void steps_out_of_order_get_409() {
        Team t = team("流程局");
        long inReview = itemIn(t, "IN_REVIEW", "已提交");
        refused(inReview, t.drafter(), "submit", null, 409);
        long awaiting = itemIn(t, "AWAITING_SIGN_OFF", "待签发");
        // signing off is publishing: "approve" is not a way round the signer's act
        refused(awaiting, t.signer(), "approve", "同意", 409);
        long draft = newItem(t, "草稿");
        refused(draft, t.signer(), "withdraw", "撤回", 409);
        refused(draft, t.signer(), "abolish", "废止", 409);
    }

    @Test
    void each_step_needs_its_role_others_get_403_naming_the_role() {
        Team t = team("角色局");
        long draft = newItem(t, "草稿");
        assertThat(refused(draft, t.reviewer(), "submit", null, 403).message()).contains("信息发布员");

        long inReview = itemIn(t, "IN_REVIEW", "待审核");
        assertThat(refused(inReview, t.drafter(), "approve", "同意", 403).message()).contains("审核员");
        refused(inReview, t.confidentialityReviewer(), "approve", "同意", 403);
        refused(inReview, t.signer(), "approve", "同意", 403);
        refused(inReview, t.admin(), "approve", "同意", 403);

        long inConfidentiality = itemIn(t, "IN_CONFIDENTIALITY_REVIEW", "待保密审查");
        assertThat(refused(inConfidentiality, t.reviewer(), "approve", "同意", 403).message()).contains("保密审查员");

        long awaiting = itemIn(t, "AWAITING_SIGN_OFF", "待签发");
        assertThat(refused(awaiting, t.reviewer(), "publish", "同意", 403).message()).contains("签发人");
        refused(awaiting, t.admin(), "publish", "同意", 403);
        refused(awaiting, t.drafter(), "publish", "同意", 403);
    }

    @Test
    void the_same_person_cannot_approve_two_steps() {
        Team t = team("一审局");
        Person both = person(t.agency(), Role.REVIEWER, Role.CONFIDENTIALITY_REVIEWER);
        long id = newItem(t, "一事一审");
        act(id, t.drafter(), "submit", null);
        act(id, both, "approve", "同意");
        Api.Response r = refused(id, both, "approve", "不涉密", 403);
        assertThat(r.message()).contains("一事一审");
        // a different person completes the step
        assertThat(act(id, t.confidentialityReviewer(), "approve", "不涉密").text("status")).isEqualTo("AWAITING_SIGN_OFF");
    }

    @Test
    void the_drafter_cannot_review_or_sign_what_it_submitted() {
        Team t = team("一审局");
        Person drafterAndReviewer = person(t.agency(), Role.DRAFTER, Role.REVIEWER);
        long id = api.post("/api/v1/items", notice(t, "自审"), drafterAndReviewer.token()).id();
        act(id, drafterAndReviewer, "submit", null);
        refused(id, drafterAndReviewer, "approve", "同意", 403);

        Person reviewerAndSigner = person(t.agency(), Role.REVIEWER, Role.SIGNER);
        long other = itemIn(t, "IN_REVIEW", "审核后签发");
        act(other, reviewerAndSigner, "approve", "同意");
        act(other, t.confidentialityReviewer(), "approve", "不涉密");
        assertThat(refused(other, reviewerAndSigner, "publish", "同意", 403).message()).contains("一事一审");
    }

    @Test
    void reject_without_an_opinion_gets_400_on_field_opinion() {
        Team t = team("退回局");
        long id = itemIn(t, "IN_REVIEW", "待退回");
        Api.Response r = refused(id, t.reviewer(), "reject", null, 400);
        assertThat(r.field()).isEqualTo("opinion");
        assertThat(refused(id, t.reviewer(), "reject", "   ", 400).field()).isEqualTo("opinion");
    }

    @Test
    void reject_with_an_opinion_sends_the_item_back_and_a_new_round_starts() {
        Team t = team("退回局");
        long id = itemIn(t, "IN_CONFIDENTIALITY_REVIEW", "待退回");
        Api.Response r = act(id, t.confidentialityReviewer(), "reject", "含有个人身份证号，请删除");
        assertThat(r.text("status")).isEqualTo("DRAFT");

        Map<String, Object> edit = notice(t, "已删除个人信息");
        assertThat(api.put("/api/v1/items/" + id, edit, t.drafter().token()).status()).isEqualTo(200);
        act(id, t.drafter(), "submit", null);
        // the reviewer of the first round may review again in the new round
        act(id, t.reviewer(), "approve", "同意");
        act(id, t.confidentialityReviewer(), "approve", "已删除，不涉密");
        assertThat(act(id, t.signer(), "publish", "同意").text("status")).isEqualTo("PUBLISHED");
        assertThat(api.get("/api/v1/items/" + id + "/history", t.drafter().token()).list())
                .extracting(e -> e.path("action").asString())
                .containsExactly("CREATE", "SUBMIT", "APPROVE", "REJECT", "EDIT", "SUBMIT", "APPROVE", "APPROVE", "PUBLISH");
    }

    long normative(Team t, String title) {
        Map<String, Object> fields = notice(t, title);
        fields.put("category", "ZCWJ");
        fields.put("kind", "NORMATIVE");
        fields.put("genre", "办法");
        Api.Response r = api.post("/api/v1/items", fields, t.drafter().token());
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().path("normative").asBoolean()).isTrue();
        return r.id();
    }

    void toSignOff(Team t, long id) {
        act(id, t.drafter(), "submit", null);
        act(id, t.reviewer(), "approve", "同意");
        act(id, t.confidentialityReviewer(), "approve", "不涉密");
    }

    @Test
    void a_normative_document_without_its_interpretation_needs_the_signers_reason() {
        Team t = team("规范局");
        long id = normative(t, "某某管理办法");
        toSignOff(t, id);
        Api.Response r = refused(id, t.signer(), "publish", "同意", 400);
        assertThat(r.field()).isEqualTo("noInterpretationReason");
        assertThat(r.message()).contains("三同步");

        Api.Response published = api.post("/api/v1/items/" + id + "/transitions", json("action", "publish",
                "opinion", "同意", "noInterpretationReason", "解读材料正在起草，三日内补发"), t.signer().token());
        assertThat(published.status()).as("%s", published).isEqualTo(200);
        assertThat(published.text("status")).isEqualTo("PUBLISHED");
        List<JsonNode> history = api.get("/api/v1/items/" + id + "/history", t.signer().token()).list();
        assertThat(history.get(history.size() - 1).path("opinion").asString()).contains("解读材料正在起草");
    }

    @Test
    void a_normative_document_with_its_interpretation_publishes_without_a_reason() {
        Team t = team("规范局");
        long policy = normative(t, "某某实施细则");
        Map<String, Object> interpretation = notice(t, "《某某实施细则》政策解读");
        interpretation.put("category", "ZCJD");
        interpretation.put("interpretsId", policy);
        Api.Response created = api.post("/api/v1/items", interpretation, t.drafter().token());
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json().path("interpretsId").asLong()).isEqualTo(policy);

        toSignOff(t, policy);
        assertThat(act(policy, t.signer(), "publish", "同意").text("status")).isEqualTo("PUBLISHED");
        assertThat(api.get("/api/v1/items/" + policy, t.drafter().token()).json().path("interpretations").values())
                .extracting(JsonNode::asLong).containsExactly(created.id());
    }

    @Test
    void a_normative_document_of_one_agency_cannot_be_interpreted_by_another() {
        Team t = team("规范局");
        Team other = team("他局");
        long policy = normative(t, "某某规定");
        Map<String, Object> interpretation = notice(other, "他局的解读");
        interpretation.put("category", "ZCJD");
        interpretation.put("interpretsId", policy);
        assertBadField(api.post("/api/v1/items", interpretation, other.drafter().token()), "interpretsId");
    }

    @Test
    void withdraw_and_abolish_need_a_reason_and_abolished_is_final() {
        Team t = team("撤回局");
        long id = itemIn(t, "PUBLISHED", "将被撤回");
        assertThat(refused(id, t.signer(), "withdraw", null, 400).field()).isEqualTo("opinion");
        assertThat(refused(id, t.signer(), "abolish", null, 400).field()).isEqualTo("opinion");
        refused(id, t.drafter(), "withdraw", "撤回", 403);
        refused(id, t.reviewer(), "abolish", "废止", 403);

        Api.Response abolished = act(id, t.signer(), "abolish", "经清理废止");
        assertThat(abolished.text("validity")).isEqualTo("ABOLISHED");
        assertThat(abolished.text("validityChangedOn")).isEqualTo(today().toString());
        assertThat(refused(id, t.signer(), "amend", null, 409).message()).contains("已废止");

        Api.Response withdrawn = act(id, t.admin(), "withdraw", "发现错误，撤回修改");
        assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
        // a withdrawn item is back in the drafter's hands
        assertThat(api.put("/api/v1/items/" + id, notice(t, "修改后重新提交"), t.drafter().token()).status()).isEqualTo(200);
    }

    @Test
    void an_unknown_action_and_create_or_edit_get_400_on_field_action() {
        Team t = team("操作局");
        long id = newItem(t, "草稿");
        for (String action : new String[] {"sign", "create", "edit", ""}) {
            Api.Response r = refused(id, t.drafter(), action, null, 400);
            assertThat(r.field()).as(action).isEqualTo("action");
        }
        ItemSnapshot before = snapshot(id);
        assertBadField(api.post("/api/v1/items/" + id + "/transitions", json("opinion", "同意"), t.drafter().token()),
                "action");
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void a_bad_effective_date_gets_400_and_changes_nothing() {
        Team t = team("日期局");
        long id = itemIn(t, "PUBLISHED", "将被废止");
        ItemSnapshot before = snapshot(id);
        Api.Response r = api.post("/api/v1/items/" + id + "/transitions",
                json("action", "abolish", "opinion", "废止", "effectiveOn", "下个月"), t.signer().token());
        assertBadField(r, "effectiveOn");
        assertThat(snapshot(id)).isEqualTo(before);
    }
}
