package org.gongkai.report.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.core.report.ConsistencyChecks;
import org.gongkai.core.report.Sections;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.internal.ReportRepository;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Entities;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report as files people hand on: Word (officers finish, stamp and file reports in Word/WPS), Excel
 * (the superior office re-adds the tables, so the numbers must be numbers) and PDF (what the public downloads
 * and what is archived). All three follow the national format's table layout ({@link ReportGrid}, the same
 * spans as {@link ReportHtml}); the PDF is rendered from the very HTML the web page shows, so the two cannot
 * differ.
 */
@Component
public class ReportExports {

    /** 公文 body font and size (GB/T 9704: 仿宋 三号). */
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final String TITLE_FONT = "方正小标宋简体";
    static final int BODY_SIZE = 16;
    /** Tables of ten and fifteen columns only fit the 156 mm type area at 小五. */
    static final int TABLE_SIZE = 9;

    /**
     * The fonts bundled with the application (see fonts/NOTICE); nothing is fetched at run time. Droid Sans
     * Fallback has the Chinese glyphs but no digits or ASCII, so Liberation Sans comes first in the CSS font
     * list and the renderer falls back to Droid for every character Liberation lacks.
     */
    static final String CJK_FONT = "fonts/DroidSansFallbackFull.ttf";
    static final String CJK_FAMILY = "Droid Sans Fallback";
    static final String LATIN_FONT = "fonts/LiberationSans-Regular.ttf";
    static final String LATIN_BOLD_FONT = "fonts/LiberationSans-Bold.ttf";
    static final String LATIN_FAMILY = "Liberation Sans";

    // A4 and the GB/T 9704 type area (156 × 225 mm; 天头 37 mm, 订口 28 mm), in twentieths of a point
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN_TOP = 2098;
    private static final int MARGIN_BOTTOM = 1984;
    private static final int MARGIN_LEFT = 1587;
    private static final int MARGIN_RIGHT = 1474;
    private static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    private final ReportHtml html;
    private final MessageSource messages;
    /** The font files, read once: the CJK font is 4 MB and would otherwise be read from the jar per PDF. */
    private final java.util.concurrent.ConcurrentMap<String, byte[]> fonts = new java.util.concurrent.ConcurrentHashMap<>();

    public ReportExports(ReportHtml html, MessageSource messages) {
        this.html = html;
        this.messages = messages;
    }

    // ------------------------------------------------------------------ Word

    public byte[] docx(AnnualReport r) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(r.title());
            pageSetup(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            run(title, r.title(), TITLE_FONT, 22, false);

            heading(doc, Sections.OVERVIEW);
            narrative(doc, r.section1());
            heading(doc, Sections.PROACTIVE);
            for (ReportGrid g : ReportGrid.proactive(r.proactive())) {
                XWPFParagraph caption = doc.createParagraph();
                caption.setAlignment(ParagraphAlignment.CENTER);
                caption.setKeepNext(true);
                run(caption, g.caption(), BODY_FONT, 12, true);
                table(doc, g);
            }
            heading(doc, Sections.APPLICATIONS);
            table(doc, ReportGrid.applications(r.applications()));
            heading(doc, Sections.REVIEW_LITIGATION);
            table(doc, ReportGrid.appeals(r.appeals()));
            heading(doc, Sections.PROBLEMS);
            narrative(doc, r.section5());
            heading(doc, Sections.OTHER);
            narrative(doc, r.section6());
            if (!r.entered().isEmpty()) {
                // the reader must be able to tell counted figures from typed-in ones (and where those came from)
                XWPFParagraph note = bodyParagraph(doc);
                run(note, text("report.export.enteredNote"), BODY_FONT, 14, false);
                for (ReportRepository.Figure f : r.entered()) {
                    run(bodyParagraph(doc), figure(f), BODY_FONT, 14, false);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(851));
        mar.setFooter(BigInteger.valueOf(992));
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        // POI's setKeepNext needs the paragraph properties to exist already: set spacing first
        p.setSpacingBefore(120);
        p.setIndentationFirstLine(640);
        p.setSpacingBetween(28, LineSpacingRule.EXACT);
        p.setKeepNext(true);
        run(p, text, HEADING_FONT, BODY_SIZE, false);
    }

    private static void narrative(XWPFDocument doc, String text) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                run(bodyParagraph(doc), line.strip(), BODY_FONT, BODY_SIZE, false);
            }
        }
    }

    /** A 公文 body paragraph: justified, first line indented two characters, fixed 28 pt lines. */
    private static XWPFParagraph bodyParagraph(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(640);
        p.setSpacingBetween(28, LineSpacingRule.EXACT);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily(font);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text == null ? "" : text);
        return run;
    }

    /**
     * A real Word table: one w:tc per grid position that starts a cell, w:gridSpan for column spans and w:vMerge
     * (restart, then continue in the rows below) for row spans, so Word and WPS show the merged header cells.
     */
    private static void table(XWPFDocument doc, ReportGrid g) {
        XWPFTable t = doc.createTable(g.rows(), 1);
        t.setTableAlignment(TableRowAlign.CENTER);
        int[] twips = twips(g.widths());
        CTTblWidth tw = t.getCTTbl().getTblPr().isSetTblW() ? t.getCTTbl().getTblPr().getTblW()
                : t.getCTTbl().getTblPr().addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(TEXT_WIDTH));
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < g.rows(); r++) {
            XWPFTableRow row = t.getRow(r);
            if (r < g.headerRows()) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            boolean first = true;
            for (int c = 0; c < g.cols(); ) {
                ReportGrid.Cell cell = g.at(r, c);
                XWPFTableCell tc = first ? row.getCell(0) : row.addNewTableCell();
                first = false;
                CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
                int width = 0;
                for (int k = cell.col(); k < cell.col() + cell.colSpan(); k++) {
                    width += twips[k];
                }
                pr.addNewTcW().setW(BigInteger.valueOf(width));
                pr.getTcW().setType(STTblWidth.DXA);
                if (cell.colSpan() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
                }
                if (cell.rowSpan() > 1) {
                    pr.addNewVMerge().setVal(cell.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                }
                tc.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                XWPFParagraph p = tc.getParagraphs().get(0);
                boolean label = cell.value() == null && r >= g.headerRows() && c < Math.max(1, g.labelCols());
                p.setAlignment(label ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                if (cell.row() == r) {
                    run(p, cell.value() != null ? number(cell.value()) : cell.text(), BODY_FONT, TABLE_SIZE,
                            r < g.headerRows());
                }
                c += cell.colSpan();
            }
        }
        // an empty paragraph after each table, or Word glues consecutive tables into one
        doc.createParagraph();
    }

    private static int[] twips(int[] weights) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int[] out = new int[weights.length];
        int used = 0;
        for (int i = 0; i < weights.length; i++) {
            out[i] = i == weights.length - 1 ? TEXT_WIDTH - used : TEXT_WIDTH * weights[i] / sum;
            used += out[i];
        }
        return out;
    }

    private static String number(Number n) {
        return n instanceof BigDecimal d ? d.toPlainString() : n.toString();
    }

    // ------------------------------------------------------------------ Excel

    public byte[] xlsx(AnnualReport r) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getProperties().getCoreProperties().setTitle(r.title());
            Styles st = new Styles(wb);

            XSSFSheet proactive = sheet(wb, Sections.PROACTIVE);
            int next = titleRows(proactive, r, Sections.PROACTIVE, 4, st);
            int width = 4;
            for (ReportGrid g : ReportGrid.proactive(r.proactive())) {
                width = Math.max(width, g.cols());
            }
            for (ReportGrid g : ReportGrid.proactive(r.proactive())) {
                XSSFRow captionRow = proactive.createRow(next);
                for (int c = 0; c < g.cols(); c++) {
                    cell(captionRow, c, st.caption);
                }
                captionRow.getCell(0).setCellValue(g.caption());
                if (g.cols() > 1) {
                    proactive.addMergedRegion(new CellRangeAddress(next, next, 0, g.cols() - 1));
                }
                next = grid(proactive, g, next + 1, st) + 1;
            }
            proactive.setColumnWidth(0, 24 * 256);
            for (int c = 1; c < width; c++) {
                proactive.setColumnWidth(c, 18 * 256);
            }

            XSSFSheet apps = sheet(wb, Sections.APPLICATIONS);
            ReportGrid ag = ReportGrid.applications(r.applications());
            int top = titleRows(apps, r, Sections.APPLICATIONS, ag.cols(), st);
            grid(apps, ag, top, st);
            apps.createFreezePane(ag.labelCols(), top + ag.headerRows());
            int[] appWidths = {8, 12, 44, 10, 10, 10, 12, 12, 10, 10};
            for (int c = 0; c < appWidths.length; c++) {
                apps.setColumnWidth(c, appWidths[c] * 256);
            }

            XSSFSheet appeals = sheet(wb, Sections.REVIEW_LITIGATION);
            ReportGrid pg = ReportGrid.appeals(r.appeals());
            top = titleRows(appeals, r, Sections.REVIEW_LITIGATION, pg.cols(), st);
            grid(appeals, pg, top, st);
            for (int c = 0; c < pg.cols(); c++) {
                appeals.setColumnWidth(c, 10 * 256);
            }

            checks(wb, r, st);
            if (!r.entered().isEmpty()) {
                entered(wb, r, st);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFSheet sheet(XSSFWorkbook wb, String name) {
        XSSFSheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(name));
        s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        s.getPrintSetup().setLandscape(true);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
        return s;
    }

    /** The report title and the section heading above a table; returns the first free row. */
    private static int titleRows(XSSFSheet s, AnnualReport r, String heading, int cols, Styles st) {
        XSSFRow t = s.createRow(0);
        t.createCell(0).setCellValue(r.title());
        t.getCell(0).setCellStyle(st.title);
        XSSFRow h = s.createRow(1);
        h.createCell(0).setCellValue(heading);
        h.getCell(0).setCellStyle(st.heading);
        if (cols > 1) {
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, cols - 1));
            s.addMergedRegion(new CellRangeAddress(1, 1, 0, cols - 1));
        }
        return 2;
    }

    /**
     * Writes a grid from row {@code top}: every grid position gets a bordered cell (so merged regions keep their
     * borders), numbers as numeric cells, spans as merged regions. Returns the first row after the grid.
     */
    private static int grid(XSSFSheet s, ReportGrid g, int top, Styles st) {
        for (int r = 0; r < g.rows(); r++) {
            XSSFRow row = s.getRow(top + r) != null ? s.getRow(top + r) : s.createRow(top + r);
            for (int c = 0; c < g.cols(); c++) {
                ReportGrid.Cell cell = g.at(r, c);
                CellStyle style = cell.value() instanceof BigDecimal ? st.amount : cell.value() != null ? st.count
                        : r < g.headerRows() ? st.header : st.label;
                XSSFCell x = cell(row, c, style);
                if (cell.row() == r && cell.col() == c) {
                    if (cell.value() != null) {
                        x.setCellValue(cell.value().doubleValue());
                    } else {
                        x.setCellValue(cell.text());
                    }
                }
            }
        }
        for (ReportGrid.Cell cell : g.cells()) {
            if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
                s.addMergedRegion(new CellRangeAddress(top + cell.row(), top + cell.row() + cell.rowSpan() - 1,
                        cell.col(), cell.col() + cell.colSpan() - 1));
            }
        }
        return top + g.rows();
    }

    private static XSSFCell cell(XSSFRow row, int c, CellStyle style) {
        XSSFCell x = row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
        x.setCellStyle(style);
        return x;
    }

    private void checks(XSSFWorkbook wb, AnnualReport r, Styles st) {
        XSSFSheet s = sheet(wb, text("report.export.checks.sheet"));
        List<ConsistencyChecks.CheckResult> checks = r.checks();
        long failed = checks.stream().filter(c -> !c.holds()).count();
        titleRows(s, r, text("report.export.checks.summary", checks.size(), failed), 4, st);
        XSSFRow head = s.createRow(2);
        String[] labels = {text("report.export.checks.no"), text("report.export.checks.rule"),
                text("report.export.checks.result"), text("report.export.checks.detail")};
        for (int c = 0; c < labels.length; c++) {
            cell(head, c, st.header).setCellValue(labels[c]);
        }
        int i = 3;
        for (ConsistencyChecks.CheckResult c : checks) {
            XSSFRow row = s.createRow(i);
            cell(row, 0, st.count).setCellValue(i - 2);
            cell(row, 1, st.label).setCellValue(c.rule());
            cell(row, 2, c.holds() ? st.label : st.failed)
                    .setCellValue(text(c.holds() ? "report.export.checks.holds" : "report.export.checks.fails"));
            cell(row, 3, st.label).setCellValue(c.detail());
            i++;
        }
        s.createFreezePane(0, 3);
        s.setColumnWidth(0, 6 * 256);
        s.setColumnWidth(1, 50 * 256);
        s.setColumnWidth(2, 10 * 256);
        s.setColumnWidth(3, 70 * 256);
    }

    private void entered(XSSFWorkbook wb, AnnualReport r, Styles st) {
        XSSFSheet s = sheet(wb, text("report.export.entered.sheet"));
        titleRows(s, r, text("report.export.enteredNote"), 5, st);
        XSSFRow head = s.createRow(2);
        String[] labels = {text("report.export.entered.block"), text("report.export.entered.row"),
                text("report.export.entered.column"), text("report.export.entered.value"),
                text("report.export.entered.source")};
        for (int c = 0; c < labels.length; c++) {
            cell(head, c, st.header).setCellValue(labels[c]);
        }
        int i = 3;
        for (ReportRepository.Figure f : r.entered()) {
            XSSFRow row = s.createRow(i++);
            cell(row, 0, st.label).setCellValue(f.block());
            cell(row, 1, st.label).setCellValue(f.row());
            cell(row, 2, st.label).setCellValue(f.column());
            try {
                // a figure is stored as typed; keep it a number in Excel when it is one
                cell(row, 3, st.amount).setCellValue(new BigDecimal(f.value().strip()).doubleValue());
            } catch (NumberFormatException e) {
                cell(row, 3, st.label).setCellValue(f.value());
            }
            cell(row, 4, st.label).setCellValue(f.source());
        }
        int[] widths = {22, 18, 26, 12, 60};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** The cell styles of the workbook (an .xlsx holds at most 64 000 styles: create each once). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle caption;
        final CellStyle header;
        final CellStyle label;
        final CellStyle count;
        final CellStyle amount;
        final CellStyle failed;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font red = wb.createFont();
            red.setBold(true);
            red.setColor(org.apache.poi.ss.usermodel.IndexedColors.RED.getIndex());
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            heading = wb.createCellStyle();
            heading.setFont(bold);
            caption = bordered(wb, HorizontalAlignment.CENTER);
            caption.setFont(bold);
            header = bordered(wb, HorizontalAlignment.CENTER);
            header.setFont(bold);
            label = bordered(wb, HorizontalAlignment.LEFT);
            count = bordered(wb, HorizontalAlignment.RIGHT);
            count.setDataFormat(wb.createDataFormat().getFormat("0"));
            amount = bordered(wb, HorizontalAlignment.RIGHT);
            amount.setDataFormat(wb.createDataFormat().getFormat("0.00##"));
            failed = bordered(wb, HorizontalAlignment.LEFT);
            failed.setFont(red);
        }

        private static CellStyle bordered(XSSFWorkbook wb, HorizontalAlignment align) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            return s;
        }
    }

    // ------------------------------------------------------------------ PDF

    public byte[] pdf(AnnualReport r) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // jsoup → W3C DOM: openhtmltopdf's own XML parser would reject any HTML-only entity the escaper emits
            org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(xhtml(r)));
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, LATIN_FONT, LATIN_FAMILY, 400);
            font(builder, LATIN_BOLD_FONT, LATIN_FAMILY, 700);
            // the same face for normal and bold: Droid has no bold, and a bold heading must not fall back to
            // PDFBox's built-in Times, which is neither embedded nor has Chinese glyphs
            font(builder, CJK_FONT, CJK_FAMILY, 400);
            font(builder, CJK_FONT, CJK_FAMILY, 700);
            builder.withW3cDocument(dom, "/");
            builder.withProducer("Gongkai");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole document the PDF is rendered from: the web page's body with a print style sheet. */
    String xhtml(AnnualReport r) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\" xml:lang=\"zh-CN\">")
                .append("<head><meta charset=\"UTF-8\"/><title>").append(Entities.escape(r.title()))
                .append("</title><style>").append(PRINT_CSS).append("</style></head><body><h1>")
                .append(Entities.escape(r.title())).append("</h1>").append(html.body(r)).append("</body></html>");
        return sb.toString();
    }

    static final String PRINT_CSS = """
            @page { size: A4; margin: 25mm 18mm 22mm 18mm;
              @bottom-center { content: counter(page) " / " counter(pages);
                font-family: 'Liberation Sans', 'Droid Sans Fallback'; font-size: 9pt; } }
            html, body { font-family: 'Liberation Sans', 'Droid Sans Fallback'; }
            body { font-size: 12pt; line-height: 1.6; }
            h1 { font-size: 18pt; text-align: center; margin: 0 0 8mm 0; }
            h2 { font-size: 14pt; margin: 5mm 0 2mm 0; page-break-after: avoid; }
            p { text-indent: 2em; margin: 0 0 2mm 0; text-align: justify; }
            table { border-collapse: collapse; width: 100%; margin: 0 0 4mm 0; font-size: 9pt; line-height: 1.3; }
            caption { font-weight: bold; padding: 1mm 0; }
            th, td { border: 0.5pt solid #000; padding: 1mm 1.2mm; vertical-align: middle; }
            thead th { text-align: center; }
            tbody th { text-align: left; font-weight: normal; }
            td { text-align: center; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            """;

    /** Registers a bundled font, embedded as a subset. */
    private void font(PdfRendererBuilder builder, String resource, String family, int weight) {
        byte[] bytes = fonts.computeIfAbsent(resource, ReportExports::readFont);
        builder.useFont(() -> new ByteArrayInputStream(bytes), family, weight, BaseRendererBuilder.FontStyle.NORMAL,
                true);
    }

    private static byte[] readFont(String resource) {
        try (InputStream in = ReportExports.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ text

    private String figure(ReportRepository.Figure f) {
        return text("report.export.enteredFigure", f.block(), f.row(), f.column(), f.value(), f.source());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
