package org.gongkai.core.proof.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongkai.core.code.ResidentIdNumber;
import org.gongkai.core.proof.Category;
import org.gongkai.core.proof.Check;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.ProofMessages;
import org.gongkai.core.proof.Proofreader;
import org.gongkai.core.proof.Severity;
import org.gongkai.core.proof.files.AttachmentText.Attachment;
import org.gongkai.core.proof.files.AttachmentText.Format;
import org.gongkai.core.proof.files.AttachmentText.Kind;
import org.gongkai.core.proof.files.AttachmentText.Part;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The key rule: personal data in hidden content is BLOCK; the same data in visible text keeps its severity. */
class AttachmentProofreaderTest {

    static final ProofContext CTX = ProofContext.on(LocalDate.of(2024, 6, 1));
    static final String STUB_MESSAGE = "手机号码未去标识化，公开前应改为138****1234的形式。";

    /** A valid 18-digit resident ID is personal data (WARN), standing in for the real check. */
    static final class IdStub implements Check {
        private static final Pattern ID = Pattern.compile("(?<![0-9])\\d{17}[0-9Xx](?![0-9])");

        @Override
        public List<Finding> check(String text, ProofContext context) {
            List<Finding> out = new ArrayList<>();
            Matcher m = ID.matcher(text);
            while (m.find()) {
                if (ResidentIdNumber.isValid(m.group())) {
                    out.add(new Finding(m.start(), m.end(), Category.PERSONAL_DATA, Severity.WARN, m.group(), null,
                            "身份证号码未去标识化。", "pii.id18", null));
                }
            }
            return out;
        }
    }

    /** "XX" is a placeholder (not personal data): its severity never changes. */
    static final class PlaceholderStub implements Check {
        @Override
        public List<Finding> check(String text, ProofContext context) {
            int i = text.indexOf("XX");
            return i < 0 ? List.of() : List.of(new Finding(i, i + 2, Category.PLACEHOLDER, Severity.WARN, "XX", null,
                    "模板占位符未替换。", "placeholder.xx", null));
        }
    }

    static final Proofreader ENGINE = new Proofreader(List.of(new TestFiles.PhoneStub(), new IdStub(),
            new PlaceholderStub()));

    private static Map<String, Finding> personalData(List<Finding> findings) {
        return findings.stream().filter(f -> f.category() == Category.PERSONAL_DATA)
                .collect(Collectors.toMap(Finding::text, f -> f, (a, b) -> {
                    throw new AssertionError("the same value found twice: " + a + " / " + b);
                }));
    }

    private static final String PREFIX_START = "【隐藏内容中的个人信息，必须处理】";

    @Test
    @DisplayName(".docx: a phone in a tracked deletion or hidden text is BLOCK; in a paragraph or a table it stays WARN")
    void docx() throws IOException {
        List<Finding> findings = AttachmentProofreader.checkFile(ENGINE, "通知.docx", TestFiles.docx(), CTX);
        Map<String, Finding> pii = personalData(findings);
        assertThat(pii).hasSize(4);

        Finding visible = pii.get(TestFiles.PHONE_VISIBLE);
        assertThat(visible.severity()).isEqualTo(Severity.WARN);
        assertThat(visible.location()).isEqualTo("第2段");
        assertThat(visible.message()).isEqualTo(STUB_MESSAGE);
        // offsets are relative to the part's text
        assertThat("各乡镇：现将名单公布如下，咨询电话13900001111。".substring(visible.start(), visible.end()))
                .isEqualTo(TestFiles.PHONE_VISIBLE);

        Finding table = pii.get(TestFiles.PHONE_IN_TABLE);
        assertThat(table.severity()).isEqualTo(Severity.WARN);
        assertThat(table.location()).isEqualTo("表格1第2行第3列");
        assertThat(table.start()).isZero();

        Finding deleted = pii.get(TestFiles.PHONE_DELETED);
        assertThat(deleted.severity()).isEqualTo(Severity.BLOCK);
        assertThat(deleted.location()).isEqualTo("第3段中的修订（删除的内容，作者：王五）");
        assertThat(deleted.start()).isEqualTo("，手机".length());
        assertThat(deleted.rule()).isEqualTo("pii.mobile");
        assertThat(deleted.suggestion()).isEqualTo("137****2222");
        assertThat(deleted.message()).startsWith(PREFIX_START).contains("修订中删除的内容").endsWith(STUB_MESSAGE);

        Finding hiddenText = pii.get(TestFiles.PHONE_HIDDEN_TEXT);
        assertThat(hiddenText.severity()).isEqualTo(Severity.BLOCK);
        assertThat(hiddenText.location()).isEqualTo("第4段中的隐藏文字");
        assertThat(hiddenText.message()).startsWith(PREFIX_START).contains("设为隐藏格式的文字");

        // and the hidden-content findings come along
        assertThat(findings).filteredOn(f -> f.category() == Category.HIDDEN_CONTENT)
                .extracting(Finding::rule, Finding::severity, Finding::location).containsExactly(
                        tuple("hidden.revision", Severity.WARN, "第3段中的修订（删除的内容，作者：王五）"),
                        tuple("hidden.revision", Severity.WARN, "第4段中的修订（插入的内容，作者：王五）"),
                        tuple("hidden.text", Severity.WARN, "第4段中的隐藏文字"),
                        tuple("hidden.comment", Severity.WARN, "第3段的批注（作者：张三）"),
                        tuple("hidden.metadata", Severity.INFO, "文档属性（作者）"),
                        tuple("hidden.metadata", Severity.INFO, "文档属性（最后修改者）"),
                        tuple("hidden.metadata", Severity.INFO, "文档属性（单位）"));
    }

    @Test
    @DisplayName(".xlsx: names and ID numbers in a hidden sheet, phones in a hidden row, column and note are BLOCK; a visible phone stays WARN")
    void xlsx() throws IOException {
        assertWorkbook(AttachmentProofreader.checkFile(ENGINE, "名单.xlsx", TestFiles.xlsx(), CTX));
    }

    @Test
    @DisplayName(".xls: the same rule in the legacy format")
    void xls() throws IOException {
        assertWorkbook(AttachmentProofreader.checkFile(ENGINE, "名单.xls", TestFiles.xls(), CTX));
    }

    private static void assertWorkbook(List<Finding> findings) {
        Map<String, Finding> pii = personalData(findings);
        assertThat(pii.values()).extracting(Finding::text, Finding::severity, Finding::location)
                .containsExactlyInAnyOrder(
                        tuple(TestFiles.PHONE_VISIBLE_CELL, Severity.WARN, "工作表“名单”第2行D列"),
                        tuple(TestFiles.PHONE_HIDDEN_COLUMN, Severity.BLOCK, "工作表“名单”第3行C列（隐藏列）"),
                        tuple(TestFiles.PHONE_HIDDEN_ROW, Severity.BLOCK, "工作表“名单”第5行B列（隐藏行）"),
                        tuple(TestFiles.PHONE_IN_COMMENT, Severity.BLOCK, "工作表“名单”B2单元格的批注（作者：张三）"),
                        tuple(TestFiles.ID_1, Severity.BLOCK, "工作表“备份”（隐藏工作表）第2行B列"),
                        tuple(TestFiles.PHONE_HIDDEN_SHEET, Severity.BLOCK, "工作表“备份”（隐藏工作表）第2行C列"),
                        tuple(TestFiles.ID_2, Severity.BLOCK, "工作表“备份”（隐藏工作表）第3行B列"));
        assertThat(pii.get(TestFiles.ID_1).message()).isEqualTo(ProofMessages.text("files.hidden.pii", "隐藏的工作表")
                + "身份证号码未去标识化。");
        assertThat(pii.get(TestFiles.PHONE_VISIBLE_CELL).message()).isEqualTo(STUB_MESSAGE);

        assertThat(findings).filteredOn(f -> f.category() == Category.HIDDEN_CONTENT)
                .extracting(Finding::rule, Finding::severity, Finding::location).contains(
                        tuple("hidden.sheet", Severity.WARN, "工作表“备份”（隐藏工作表）"),
                        tuple("hidden.sheet", Severity.WARN, "工作表“系统”（深度隐藏的工作表）"),
                        tuple("hidden.rows", Severity.WARN, "工作表“名单”第5行（隐藏行）"),
                        tuple("hidden.columns", Severity.WARN, "工作表“名单”C列（隐藏列）"),
                        tuple("hidden.comment", Severity.WARN, "工作表“名单”B2单元格的批注（作者：张三）"));
    }

    @Test
    @DisplayName(".pdf: a phone on a page stays WARN, the same in a sticky note is BLOCK")
    void pdf() throws IOException {
        byte[] pdf = TestFiles.pdf("关于公布低保名单的通知", "联系电话" + TestFiles.PHONE_VISIBLE);
        Map<String, Finding> pii = personalData(AttachmentProofreader.checkFile(ENGINE, "通知.pdf", pdf, CTX));
        assertThat(pii.get(TestFiles.PHONE_VISIBLE).severity()).isEqualTo(Severity.WARN);
        assertThat(pii.get(TestFiles.PHONE_VISIBLE).location()).isEqualTo("第2页");
        assertThat(pii.get(TestFiles.PHONE_VISIBLE).start()).isEqualTo("联系电话".length());
        assertThat(pii.get(TestFiles.PHONE_IN_COMMENT).severity()).isEqualTo(Severity.BLOCK);
        assertThat(pii.get(TestFiles.PHONE_IN_COMMENT).location()).isEqualTo("第2页的批注（作者：张三）");
    }

    @Test
    @DisplayName("Only personal data is upgraded: a placeholder in a hidden part keeps its severity and message")
    void onlyPersonalDataIsUpgraded() {
        Attachment a = new Attachment("a.docx", Format.DOCX, List.of(
                new Part("第1段的批注（作者：张三）", "XX局电话13800001111", true, Kind.COMMENT),
                new Part("第1段", "XX局电话13800001111", false, Kind.BODY)), List.of());
        List<Finding> findings = AttachmentProofreader.check(ENGINE, a, CTX);
        assertThat(findings).extracting(Finding::location, Finding::category, Finding::severity).containsExactly(
                tuple("第1段的批注（作者：张三）", Category.PLACEHOLDER, Severity.WARN),
                tuple("第1段的批注（作者：张三）", Category.PERSONAL_DATA, Severity.BLOCK),
                tuple("第1段", Category.PLACEHOLDER, Severity.WARN),
                tuple("第1段", Category.PERSONAL_DATA, Severity.WARN));
        assertThat(findings.get(0).message()).isEqualTo("模板占位符未替换。");
        assertThat(findings.get(1).message()).isEqualTo(ProofMessages.text("files.hidden.pii", "批注") + STUB_MESSAGE);
        assertThat(findings.get(1).message()).contains("批注中");
    }

    @Test
    @DisplayName("The agency's whitelist applies inside attachments too")
    void whitelistApplies() throws IOException {
        ProofContext ctx = new ProofContext(LocalDate.of(2024, 6, 1), java.util.Set.of(TestFiles.PHONE_DELETED));
        Map<String, Finding> pii = personalData(AttachmentProofreader.checkFile(ENGINE, "通知.docx", TestFiles.docx(), ctx));
        assertThat(pii).doesNotContainKey(TestFiles.PHONE_DELETED).containsKey(TestFiles.PHONE_VISIBLE);
    }
}
