package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.gongkai.core.code.IndexNumber;
import org.gongkai.core.review.Action;
import org.gongkai.core.review.ItemStatus;
import org.gongkai.core.review.Validity;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ReviewChainIntegrationTest {

    @Autowired
    TestCounty county;
    @Autowired
    ItemService items;
    @Autowired
    PublicCatalog catalog;

    static ItemDraft draft(String title) {
        return new ItemDraft("TZGG", title, null, LocalDate.of(2026, 3, 2), "综合政务\\政务公开", "通知", false, null, null,
                null, null, "概述", "<p>正文<script>alert(1)</script></p>", null);
    }

    @Test
    void 先审后发_the_full_chain_publishes_and_records_every_step() {
        TestCounty.Chain c = county.chain("测试局");
        Item item = items.create(c.agency().code(), draft("关于开展政务公开工作的通知"), c.drafter());
        assertThat(IndexNumber.parse(item.indexNo())).get().extracting(IndexNumber::issuerCode).isEqualTo(c.agency().code());
        assertThat(item.bodyHtml()).doesNotContain("script");
        assertThat(catalog.item(item.id())).isEmpty();

        items.transition(item.id(), Transition.of(Action.SUBMIT, null), c.drafter());
        items.transition(item.id(), Transition.of(Action.APPROVE, "同意"), c.reviewer());
        items.transition(item.id(), Transition.of(Action.APPROVE, "不涉密"), c.confidentialityReviewer());
        Item published = items.transition(item.id(), Transition.of(Action.PUBLISH, "同意发布"), c.signer());

        assertThat(published.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(published.publishedOn()).isNotNull();
        assertThat(catalog.item(item.id())).isPresent();
        assertThat(items.history(item.id(), c.drafter())).extracting(HistoryEntry::action)
                .containsExactly(Action.CREATE, Action.SUBMIT, Action.APPROVE, Action.APPROVE, Action.PUBLISH);
    }

    @Test
    void 一事一审_the_reviewer_cannot_also_do_the_confidentiality_review() {
        TestCounty.Chain c = county.chain("测试局");
        var both = TestCounty.officer(county.user(c.agency(), org.gongkai.core.review.Role.REVIEWER,
                org.gongkai.core.review.Role.CONFIDENTIALITY_REVIEWER), c.agency());
        Item item = items.create(c.agency().code(), draft("一事一审测试"), c.drafter());
        items.transition(item.id(), Transition.of(Action.SUBMIT, null), c.drafter());
        items.transition(item.id(), Transition.of(Action.APPROVE, "同意"), both);
        assertThatThrownBy(() -> items.transition(item.id(), Transition.of(Action.APPROVE, "同意"), both))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void 三同步_a_normative_document_needs_its_interpretation_or_a_reason() {
        TestCounty.Chain c = county.chain("测试局");
        ItemDraft d = new ItemDraft("ZCWJ", "某某管理办法", "青测〔2026〕1号", LocalDate.of(2026, 3, 2), null, "办法", true, null,
                null, null, null, null, "<p>第一条</p>", null);
        Item item = items.create(c.agency().code(), d, c.drafter());
        items.transition(item.id(), Transition.of(Action.SUBMIT, null), c.drafter());
        items.transition(item.id(), Transition.of(Action.APPROVE, "同意"), c.reviewer());
        items.transition(item.id(), Transition.of(Action.APPROVE, "同意"), c.confidentialityReviewer());
        assertThatThrownBy(() -> items.transition(item.id(), Transition.of(Action.PUBLISH, "同意"), c.signer()))
                .isInstanceOf(BadInputException.class);
        Item published = items.transition(item.id(),
                new Transition(Action.PUBLISH, "同意", "解读材料正在起草，三日内补发", null, null), c.signer());
        assertThat(published.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(items.history(item.id(), c.signer()).get(4).opinion()).contains("解读材料正在起草");

        Item abolished = items.transition(item.id(), Transition.of(Action.ABOLISH, "经清理废止"), c.signer());
        assertThat(abolished.validity()).isEqualTo(Validity.ABOLISHED);
        assertThat(catalog.item(item.id())).get().extracting(Item::validity).isEqualTo(Validity.ABOLISHED);
    }

    @Test
    void agency_isolation_another_agency_gets_not_found() {
        TestCounty.Chain a = county.chain("甲局");
        TestCounty.Chain b = county.chain("乙局");
        Item item = items.create(a.agency().code(), draft("甲局的草稿"), a.drafter());
        assertThatThrownBy(() -> items.get(item.id(), b.drafter())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> items.transition(item.id(), Transition.of(Action.SUBMIT, null), b.drafter()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> items.create(a.agency().code(), draft("越权"), b.drafter()))
                .isInstanceOf(NotFoundException.class);
    }
}
