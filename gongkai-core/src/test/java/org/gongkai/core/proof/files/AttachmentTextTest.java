package org.gongkai.core.proof.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.core.proof.files.AttachmentText.Attachment;
import org.gongkai.core.proof.files.AttachmentText.Format;
import org.gongkai.core.proof.files.AttachmentText.Kind;
import org.gongkai.core.proof.files.AttachmentText.Part;
import org.gongkai.core.proof.files.AttachmentText.Trace;
import org.gongkai.core.proof.files.AttachmentText.TraceKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reading real files built in the tests: what shows, what hides, and where each piece is. */
class AttachmentTextTest {

    private static Map<String, Part> byLocation(Attachment a) {
        return a.parts().stream().collect(Collectors.toMap(Part::location, p -> p, (x, y) -> {
            throw new AssertionError("two parts at " + x.location());
        }));
    }

    @Test
    @DisplayName(".docx: paragraphs, table cells, a comment, a tracked deletion and insertion, hidden text, header, properties")
    void docx() throws IOException {
        Attachment a = AttachmentText.read("通知.docx", TestFiles.docx());
        assertThat(a.format()).isEqualTo(Format.DOCX);

        assertThat(a.parts()).extracting(Part::location, Part::text, Part::hidden, Part::kind).containsExactly(
                tuple("第1段", "关于公布2024年度城乡低保对象名单的通知", false, Kind.BODY),
                tuple("第2段", "各乡镇：现将名单公布如下，咨询电话" + TestFiles.PHONE_VISIBLE + "。", false, Kind.BODY),
                tuple("表格1第1行第1列", "姓名", false, Kind.TABLE_CELL),
                tuple("表格1第1行第2列", "村", false, Kind.TABLE_CELL),
                tuple("表格1第1行第3列", "联系电话", false, Kind.TABLE_CELL),
                tuple("表格1第2行第1列", "张某某", false, Kind.TABLE_CELL),
                tuple("表格1第2行第2列", "东村", false, Kind.TABLE_CELL),
                tuple("表格1第2行第3列", TestFiles.PHONE_IN_TABLE, false, Kind.TABLE_CELL),
                // the deletion is not in what the paragraph shows, but it is still in the file
                tuple("第3段", "联系人：李四。", false, Kind.BODY),
                tuple("第3段中的修订（删除的内容，作者：王五）", "，手机" + TestFiles.PHONE_DELETED, true, Kind.DELETED),
                // an insertion shows: it is part of the paragraph as it reads now
                tuple("第4段", "公示期为七天（自公布之日起）。", false, Kind.BODY),
                tuple("第4段中的隐藏文字", "内部备注：经办人" + TestFiles.PHONE_HIDDEN_TEXT, true, Kind.HIDDEN_TEXT),
                tuple("页眉", "某某县民政局", false, Kind.HEADER_FOOTER),
                tuple("第3段的批注（作者：张三）", "李四的手机号要不要删掉？", true, Kind.COMMENT),
                tuple("文档属性（作者）", "王五", true, Kind.METADATA),
                tuple("文档属性（最后修改者）", "赵六", true, Kind.METADATA),
                tuple("文档属性（单位）", "某某县民政局", true, Kind.METADATA));

        assertThat(a.traces()).extracting(Trace::kind, Trace::location, Trace::subject).containsExactly(
                tuple(TraceKind.DELETION, "第3段中的修订（删除的内容，作者：王五）", "王五"),
                tuple(TraceKind.INSERTION, "第4段中的修订（插入的内容，作者：王五）", "王五"),
                tuple(TraceKind.HIDDEN_TEXT, "第4段中的隐藏文字", ""),
                tuple(TraceKind.COMMENT, "第3段的批注（作者：张三）", "张三"),
                tuple(TraceKind.METADATA, "文档属性（作者）", "作者"),
                tuple(TraceKind.METADATA, "文档属性（最后修改者）", "最后修改者"),
                tuple(TraceKind.METADATA, "文档属性（单位）", "单位"));
        assertThat(a.traces().get(1).value()).isEqualTo("（自公布之日起）");
    }

    @Test
    @DisplayName(".xlsx: visible cells, a hidden sheet, a very hidden sheet, a hidden row and column, a note")
    void xlsx() throws IOException {
        assertWorkbook(AttachmentText.read("名单.xlsx", TestFiles.xlsx()), Format.XLSX);
    }

    @Test
    @DisplayName(".xls (HSSF, written by POI): the same workbook reads the same")
    void xls() throws IOException {
        assertWorkbook(AttachmentText.read("名单.xls", TestFiles.xls()), Format.XLS);
    }

    private static void assertWorkbook(Attachment a, Format format) {
        assertThat(a.format()).isEqualTo(format);
        Map<String, Part> parts = byLocation(a);

        assertThat(parts.get("工作表“名单”第2行B列")).isEqualTo(new Part("工作表“名单”第2行B列", "张某某", false, Kind.CELL));
        // a phone typed as a number reads as the officer sees it, not as 1.38E10
        assertThat(parts.get("工作表“名单”第2行D列").text()).isEqualTo(TestFiles.PHONE_VISIBLE_CELL);
        assertThat(parts.get("工作表“名单”第5行B列（隐藏行）"))
                .isEqualTo(new Part("工作表“名单”第5行B列（隐藏行）", TestFiles.PHONE_HIDDEN_ROW, true, Kind.HIDDEN_ROW));
        assertThat(parts.get("工作表“名单”第3行C列（隐藏列）")).isEqualTo(new Part("工作表“名单”第3行C列（隐藏列）",
                "手机" + TestFiles.PHONE_HIDDEN_COLUMN, true, Kind.HIDDEN_COLUMN));
        assertThat(parts.get("工作表“名单”B2单元格的批注（作者：张三）")).isEqualTo(new Part(
                "工作表“名单”B2单元格的批注（作者：张三）", "本人电话" + TestFiles.PHONE_IN_COMMENT, true, Kind.COMMENT));
        assertThat(parts.get("工作表“备份”（隐藏工作表）第2行B列"))
                .isEqualTo(new Part("工作表“备份”（隐藏工作表）第2行B列", TestFiles.ID_1, true, Kind.HIDDEN_SHEET));
        assertThat(parts.get("工作表“备份”（隐藏工作表）第3行B列").text()).isEqualTo(TestFiles.ID_2);
        assertThat(parts.get("工作表“备份”（隐藏工作表）第2行C列").text()).isEqualTo(TestFiles.PHONE_HIDDEN_SHEET);
        assertThat(parts.get("工作表“系统”（深度隐藏的工作表）第1行A列").hidden()).isTrue();
        // visible cells are not hidden, hidden ones are: nothing in between
        assertThat(a.parts()).filteredOn(p -> p.location().startsWith("工作表“名单”") && !p.location().contains("（"))
                .isNotEmpty().allMatch(p -> !p.hidden() && p.kind() == Kind.CELL);
        assertThat(a.parts()).filteredOn(p -> p.location().startsWith("工作表“备份”"))
                .hasSize(8).allMatch(Part::hidden);

        assertThat(a.traces()).extracting(Trace::kind, Trace::location, Trace::subject, Trace::value).contains(
                tuple(TraceKind.HIDDEN_ROWS, "工作表“名单”第5行（隐藏行）", "名单", "5"),
                tuple(TraceKind.HIDDEN_COLUMNS, "工作表“名单”C列（隐藏列）", "名单", "C"),
                tuple(TraceKind.HIDDEN_SHEET, "工作表“备份”（隐藏工作表）", "备份", "姓名"),
                tuple(TraceKind.VERY_HIDDEN_SHEET, "工作表“系统”（深度隐藏的工作表）", "系统", "导出人：赵六"));
        // the empty hidden sheet "空白" leaves no trace: nothing in it to leak
        assertThat(a.traces()).noneMatch(t -> t.subject().equals("空白"));
    }

    @Test
    @DisplayName(".pdf: two pages of Chinese text, one part per page, and a sticky note by 张三")
    void pdf() throws IOException {
        byte[] pdf = TestFiles.pdf("关于公布低保名单的通知\n各乡镇：现将名单公布如下。", "联系电话" + TestFiles.PHONE_VISIBLE + "\n某某县民政局");
        Attachment a = AttachmentText.read("通知.pdf", pdf);
        assertThat(a.format()).isEqualTo(Format.PDF);
        Map<String, Part> parts = byLocation(a);
        assertThat(parts.get("第1页").text()).isEqualToNormalizingNewlines("关于公布低保名单的通知\n各乡镇：现将名单公布如下。");
        assertThat(parts.get("第1页").hidden()).isFalse();
        assertThat(parts.get("第2页").text())
                .isEqualToNormalizingNewlines("联系电话" + TestFiles.PHONE_VISIBLE + "\n某某县民政局");
        assertThat(parts.get("第2页的批注（作者：张三）"))
                .isEqualTo(new Part("第2页的批注（作者：张三）", "此页电话请核实：" + TestFiles.PHONE_IN_COMMENT, true, Kind.COMMENT));
        assertThat(parts.get("文档属性（作者）").text()).isEqualTo("王五");
        assertThat(a.parts()).hasSize(4);
    }

    @Test
    @DisplayName(".doc (Word 97, saved by LibreOffice from the .docx fixture): revisions, hidden text and comment are found")
    void doc() throws IOException {
        byte[] doc;
        try (InputStream in = getClass().getResourceAsStream("notice-with-revisions.doc")) {
            assertThat(in).as("the .doc fixture").isNotNull();
            doc = in.readAllBytes();
        }
        Attachment a = AttachmentText.read("通知.doc", doc);
        assertThat(a.format()).isEqualTo(Format.DOC);
        assertThat(a.parts()).extracting(Part::location, Part::text, Part::hidden).contains(
                tuple("第2段", "各乡镇：现将名单公布如下，咨询电话" + TestFiles.PHONE_VISIBLE + "。", false),
                tuple("表格1第2行第3列", TestFiles.PHONE_IN_TABLE, false),
                tuple("第3段", "联系人：李四。", false),
                tuple("第3段中的修订（删除的内容，作者：王五）", "，手机" + TestFiles.PHONE_DELETED, true),
                tuple("第4段", "公示期为七天（自公布之日起）。", false),
                tuple("第4段中的隐藏文字", "内部备注：经办人" + TestFiles.PHONE_HIDDEN_TEXT, true),
                tuple("批注", "李四的手机号要不要删掉？", true),
                tuple("文档属性（作者）", "王五", true));
        assertThat(a.traces()).extracting(Trace::kind).contains(TraceKind.DELETION, TraceKind.INSERTION,
                TraceKind.HIDDEN_TEXT, TraceKind.COMMENT, TraceKind.METADATA);
    }

    @Test
    @DisplayName("A .docx saved under a .doc name is read as what it is")
    void renamedDocxIsReadAsDocx() throws IOException {
        Attachment a = AttachmentText.read("通知.doc", TestFiles.docx());
        assertThat(a.format()).isEqualTo(Format.DOCX);
        assertThat(a.parts().get(0).location()).isEqualTo("第1段");
    }

    @Test
    @DisplayName(".txt: UTF-8 and GB18030 (Windows Notepad), one part per non-empty line")
    void txt() {
        String text = "关于公布名单的通知\n\n联系电话" + TestFiles.PHONE_VISIBLE + "\r\n某某县民政局";
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            Attachment a = AttachmentText.read("通知.txt", text.getBytes(cs));
            assertThat(a.parts()).as(cs.name()).extracting(Part::location, Part::text).containsExactly(
                    tuple("第1行", "关于公布名单的通知"),
                    tuple("第3行", "联系电话" + TestFiles.PHONE_VISIBLE),
                    tuple("第4行", "某某县民政局"));
        }
    }
}
