package org.gongkai.core.proof.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gongkai.core.code.ResidentIdNumber;
import org.gongkai.core.proof.Category;
import org.gongkai.core.proof.Check;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.Severity;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

/** Real attachments built with POI and PDFBox for the tests, and a stub personal-data check. */
final class TestFiles {

    /** Phones of the fixtures: each is in exactly one place, so a finding's location can be asserted. */
    static final String PHONE_VISIBLE = "13900001111";
    static final String PHONE_IN_TABLE = "13900002222";
    static final String PHONE_DELETED = "13700002222";
    static final String PHONE_HIDDEN_TEXT = "13700003333";
    static final String PHONE_HIDDEN_SHEET = "15800004444";
    static final String PHONE_HIDDEN_ROW = "15800005555";
    static final String PHONE_HIDDEN_COLUMN = "15800006666";
    static final String PHONE_IN_COMMENT = "15800007777";
    static final String PHONE_VISIBLE_CELL = "13812345678";

    static final String ID_1 = id("11010519900307123");
    static final String ID_2 = id("35020319851122456");

    private TestFiles() {
    }

    static String id(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /**
     * Stands in for the real PersonalDataCheck (written elsewhere): any 11-digit number starting with 1 is an
     * unmasked mobile number, PERSONAL_DATA, WARN.
     */
    static final class PhoneStub implements Check {
        private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1\\d{10}(?!\\d)");

        @Override
        public List<Finding> check(String text, ProofContext context) {
            Matcher m = MOBILE.matcher(text);
            List<Finding> out = new java.util.ArrayList<>();
            while (m.find()) {
                out.add(new Finding(m.start(), m.end(), Category.PERSONAL_DATA, Severity.WARN, m.group(),
                        m.group().substring(0, 3) + "****" + m.group().substring(7),
                        "手机号码未去标识化，公开前应改为138****1234的形式。", "pii.mobile", null));
            }
            return out;
        }
    }

    // ---------------------------------------------------------------------------------------------------

    /**
     * A notice: paragraph 1 (title), paragraph 2 with a visible phone, a 2×3 table with a phone in row 2
     * column 3, paragraph 3 with a comment by 张三 and a tracked deletion by 王五 holding a phone, paragraph 4
     * with a tracked insertion by 王五 and hidden text holding a phone; a header; author properties.
     */
    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("关于公布2024年度城乡低保对象名单的通知");
            doc.createParagraph(); // an empty paragraph: not counted
            doc.createParagraph().createRun().setText("各乡镇：现将名单公布如下，咨询电话" + PHONE_VISIBLE + "。");

            XWPFTable table = doc.createTable(2, 3);
            table.getRow(0).getCell(0).setText("姓名");
            table.getRow(0).getCell(1).setText("村");
            table.getRow(0).getCell(2).setText("联系电话");
            table.getRow(1).getCell(0).setText("张某某");
            table.getRow(1).getCell(1).setText("东村");
            table.getRow(1).getCell(2).setText(PHONE_IN_TABLE);

            XWPFParagraph p3 = doc.createParagraph();
            CTP ctp = p3.getCTP();
            BigInteger commentId = BigInteger.ONE;
            ctp.addNewCommentRangeStart().setId(commentId);
            p3.createRun().setText("联系人：李四");
            CTRunTrackChange del = ctp.addNewDel();
            del.setId(BigInteger.valueOf(10));
            del.setAuthor("王五");
            del.setDate(Calendar.getInstance());
            CTR deleted = del.addNewR();
            deleted.addNewDelText().setStringValue("，手机" + PHONE_DELETED);
            p3.createRun().setText("。");
            ctp.addNewCommentRangeEnd().setId(commentId);
            p3.createRun().getCTR().addNewCommentReference().setId(commentId);

            XWPFComments comments = doc.createComments();
            XWPFComment comment = comments.createComment(commentId);
            comment.setAuthor("张三");
            comment.createParagraph().createRun().setText("李四的手机号要不要删掉？");

            XWPFParagraph p4 = doc.createParagraph();
            p4.createRun().setText("公示期为七天");
            CTRunTrackChange ins = p4.getCTP().addNewIns();
            ins.setId(BigInteger.valueOf(11));
            ins.setAuthor("王五");
            ins.setDate(Calendar.getInstance());
            ins.addNewR().addNewT().setStringValue("（自公布之日起）");
            XWPFRun hidden = p4.createRun();
            hidden.setText("内部备注：经办人" + PHONE_HIDDEN_TEXT);
            hidden.setVanish(true);
            p4.createRun().setText("。");

            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("某某县民政局");

            doc.getProperties().getCoreProperties().setCreator("王五");
            doc.getProperties().getCoreProperties().setLastModifiedByUser("赵六");
            doc.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany("某某县民政局");
            doc.write(out);
            return out.toByteArray();
        }
    }

    // ---------------------------------------------------------------------------------------------------

    static byte[] xlsx() throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            return workbook(wb);
        }
    }

    static byte[] xls() throws IOException {
        try (Workbook wb = new HSSFWorkbook()) {
            return workbook(wb);
        }
    }

    /**
     * Sheet “名单” (visible): a header, three rows, row 5 hidden (a phone in B5), column C hidden (a phone in
     * C3), a numeric phone in D2, a note by 张三 on B2. Sheet “备份” (hidden): names, ID numbers and phones.
     * Sheet “系统” (very hidden): one value. Sheet “空白” (hidden, empty): no finding.
     */
    static byte[] workbook(Workbook wb) throws IOException {
        Sheet list = wb.createSheet("名单");
        row(list, 0, "序号", "姓名", "备注", "电话");
        row(list, 1, "1", "张某某", "", "");
        list.getRow(1).getCell(3).setCellValue(Double.parseDouble(PHONE_VISIBLE_CELL)); // a number, as typed
        row(list, 2, "2", "李某某", "手机" + PHONE_HIDDEN_COLUMN, "");
        row(list, 3, "3", "王某某", "", "");
        row(list, 4, "4", PHONE_HIDDEN_ROW, "", "");
        list.getRow(4).setZeroHeight(true);
        list.setColumnHidden(2, true);

        CreationHelper helper = wb.getCreationHelper();
        Drawing<?> drawing = list.createDrawingPatriarch();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(1);
        anchor.setRow1(1);
        anchor.setCol2(3);
        anchor.setRow2(4);
        Comment note = drawing.createCellComment(anchor);
        note.setString(helper.createRichTextString("本人电话" + PHONE_IN_COMMENT));
        note.setAuthor("张三");
        list.getRow(1).getCell(1).setCellComment(note);

        Sheet backup = wb.createSheet("备份");
        row(backup, 0, "姓名", "身份证号", "电话");
        row(backup, 1, "张三丰", ID_1, PHONE_HIDDEN_SHEET);
        row(backup, 2, "李四光", ID_2, "");
        wb.setSheetVisibility(1, SheetVisibility.HIDDEN);

        Sheet system = wb.createSheet("系统");
        row(system, 0, "导出人：赵六");
        wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);

        wb.createSheet("空白");
        wb.setSheetVisibility(3, SheetVisibility.HIDDEN);
        wb.setActiveSheet(0);

        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(values[i]);
        }
    }

    // ---------------------------------------------------------------------------------------------------

    /**
     * Two pages of Chinese text. This machine has no font with Chinese glyphs, so the text is shown in the
     * standard Adobe font STSong-Light (not embedded; readers substitute a Song font) with the predefined
     * CMap UniGB-UCS2-H: the codes in the content stream are UCS-2, as in many PDFs made by older Chinese
     * office software. PDFBox maps them to Unicode through the Adobe-GB1-UCS2 CMap it bundles. Page 2
     * carries a sticky note by 张三 and the document information names an author.
     */
    static byte[] pdf(String page1, String page2) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            COSDictionary font = songFont();
            for (String text : List.of(page1, page2)) {
                PDPage page = new PDPage(PDRectangle.A4);
                PDResources resources = new PDResources();
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), font);
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                page.setResources(resources);
                PDStream stream = new PDStream(doc);
                try (OutputStream os = stream.createOutputStream()) {
                    StringBuilder content = new StringBuilder("BT /F1 14 Tf 72 760 Td 18 TL\n");
                    for (String line : text.split("\n")) {
                        content.append('<').append(hexUcs2(line)).append("> Tj T*\n");
                    }
                    content.append("ET\n");
                    os.write(content.toString().getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(stream);
                doc.addPage(page);
            }
            PDAnnotationText sticky = new PDAnnotationText();
            sticky.setRectangle(new PDRectangle(400, 700, 20, 20));
            sticky.setContents("此页电话请核实：" + PHONE_IN_COMMENT);
            sticky.setTitlePopup("张三");
            doc.getPage(1).getAnnotations().add(sticky);
            doc.getDocumentInformation().setAuthor("王五");
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static COSDictionary songFont() {
        COSDictionary info = new COSDictionary();
        info.setItem(COSName.REGISTRY, new COSString("Adobe"));
        info.setItem(COSName.ORDERING, new COSString("GB1"));
        info.setItem(COSName.SUPPLEMENT, COSInteger.get(2));

        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        COSArray bbox = new COSArray();
        for (int v : new int[] {-25, -254, 1000, 880}) {
            bbox.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);

        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cid.setName(COSName.BASE_FONT, "STSong-Light");
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);

        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "STSong-Light");
        font.setName(COSName.ENCODING, "UniGB-UCS2-H");
        COSArray descendants = new COSArray();
        descendants.add(cid);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return font;
    }

    private static String hexUcs2(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(String.format("%04X", (int) c));
        }
        return b.toString();
    }
}
