package org.gongkai.core.proof.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.core.proof.Category;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.Severity;
import org.gongkai.core.proof.files.AttachmentText.Attachment;
import org.gongkai.core.proof.files.AttachmentText.Format;
import org.gongkai.core.proof.files.AttachmentText.Trace;
import org.gongkai.core.proof.files.AttachmentText.TraceKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What officers cannot see, said in Chinese, with the right severity and place. */
class HiddenContentFindingsTest {

    private static Map<String, Finding> byLocation(List<Finding> findings) {
        return findings.stream().collect(Collectors.toMap(Finding::location, f -> f));
    }

    @Test
    @DisplayName("Workbook: hidden and very hidden sheets, hidden rows and columns with data, a note (all WARN)")
    void workbook() throws IOException {
        List<Finding> findings = HiddenContentFindings.of(AttachmentText.read("名单.xlsx", TestFiles.xlsx()));
        assertThat(findings).allMatch(f -> f.category() == Category.HIDDEN_CONTENT && f.severity() == Severity.WARN);
        Map<String, Finding> at = byLocation(findings);
        assertThat(at).hasSize(5);
        assertThat(at.get("工作表“备份”（隐藏工作表）").message()).isEqualTo(
                "工作表“备份”是隐藏的，公开后任何人都能取消隐藏看到其中内容（如“姓名”）。请删除该工作表，或确认其内容可以公开后取消隐藏。");
        assertThat(at.get("工作表“系统”（深度隐藏的工作表）").message())
                .startsWith("工作表“系统”被设为“深度隐藏”").contains("导出人：赵六").contains("请删除该工作表");
        assertThat(at.get("工作表“名单”第5行（隐藏行）").message()).startsWith("工作表“名单”的第5行是隐藏的，其中有数据。");
        assertThat(at.get("工作表“名单”C列（隐藏列）").message()).startsWith("工作表“名单”的C列是隐藏的，其中有数据。");
        Finding note = at.get("工作表“名单”B2单元格的批注（作者：张三）");
        assertThat(note.message()).startsWith("文档中留有张三的批注：“本人电话" + TestFiles.PHONE_IN_COMMENT + "”。");
        // a comment's finding spans the comment's text, and the suggestion is to delete it
        assertThat(note.text()).isEqualTo("本人电话" + TestFiles.PHONE_IN_COMMENT);
        assertThat(note.end() - note.start()).isEqualTo(note.text().length());
        assertThat(note.suggestion()).isEmpty();
        // a sheet has no span of text
        assertThat(at.get("工作表“备份”（隐藏工作表）").text()).isEmpty();
    }

    @Test
    @DisplayName("Word: a deletion, an insertion, hidden text and a comment are WARN; author, last editor and company are INFO")
    void word() throws IOException {
        Map<String, Finding> at = byLocation(HiddenContentFindings.of(AttachmentText.read("通知.docx", TestFiles.docx())));
        assertThat(at.get("第3段中的修订（删除的内容，作者：王五）").message()).isEqualTo(
                "文档中留有未处理的修订：王五删除的内容“，手机" + TestFiles.PHONE_DELETED
                        + "”看似已删除，其实仍保存在文件里，打开修订显示即可看到。请接受或拒绝全部修订后再上传。");
        assertThat(at.get("第4段中的修订（插入的内容，作者：王五）").message()).startsWith("文档中留有未接受的修订：王五插入的内容“（自公布之日起）”。");
        assertThat(at.get("第4段中的隐藏文字").message()).startsWith("文档中有设为“隐藏”格式的文字“内部备注：经办人");
        assertThat(at.get("第3段的批注（作者：张三）").message()).startsWith("文档中留有张三的批注：“李四的手机号要不要删掉？”。");
        assertThat(at.get("第3段的批注（作者：张三）").severity()).isEqualTo(Severity.WARN);

        Finding author = at.get("文档属性（作者）");
        assertThat(author.severity()).isEqualTo(Severity.INFO);
        assertThat(author.message()).startsWith("文档属性“作者”中写有“王五”，会随附件一起公开。");
        assertThat(at.get("文档属性（最后修改者）").message()).startsWith("文档属性“最后修改者”中写有“赵六”");
        assertThat(at.get("文档属性（单位）").message()).startsWith("文档属性“单位”中写有“某某县民政局”");
    }

    @Test
    @DisplayName("Generic author names (Administrator, Apache POI…) are no one: no metadata finding")
    void genericAuthorsAreIgnored() {
        Attachment a = AttachmentText.read("a.txt", "正文".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(HiddenContentFindings.of(a)).isEmpty();
        Attachment withTrace = new Attachment("a.docx", Format.DOCX, List.of(),
                List.of(new Trace(TraceKind.COMMENT, "批注", "", "x".repeat(50))));
        Finding f = HiddenContentFindings.of(withTrace).get(0);
        // an anonymous comment, and a long text is cut in the message (not in the finding's text)
        assertThat(f.message()).startsWith("文档中留有批注：“" + "x".repeat(30) + "…”");
        assertThat(f.text()).hasSize(50);
    }

    @Test
    @DisplayName("A workbook whose hidden sheet, rows and columns are empty has no hidden-content finding")
    void emptyHiddenThingsAreNotReported() throws IOException {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = new java.io.ByteArrayOutputStream()) {
            var s = wb.createSheet("公开");
            s.createRow(0).createCell(0).setCellValue("名单");
            s.createRow(3).setZeroHeight(true); // hidden, empty
            s.setColumnHidden(5, true); // hidden, empty
            wb.createSheet("草稿");
            wb.setSheetHidden(1, true); // hidden, empty
            wb.getProperties().getCoreProperties().setCreator("Administrator");
            wb.write(out);
            Attachment a = AttachmentText.read("a.xlsx", out.toByteArray());
            assertThat(a.parts()).extracting(AttachmentText.Part::location).containsExactly("工作表“公开”第1行A列");
            assertThat(HiddenContentFindings.of(a)).isEmpty();
        }
    }
}
