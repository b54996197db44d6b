package org.gongkai.core.proof.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of an attachment as the officer sees it <em>and</em> what they do not see but publish all the
 * same: hidden sheets, rows and columns, comments, tracked changes (deleted text is still in the file),
 * text formatted as hidden, and the document properties.
 *
 * <p>Reads .docx, .doc, .xlsx, .xls, .pdf and .txt from bytes plus the file name. Each piece of text is a
 * {@link Part} with a Chinese location precise enough to find the spot:
 * <ul>
 * <li>Word: {@code 第3段} (non-empty body paragraphs, tables not counted), {@code 表格1第2行第3列},
 *     {@code 页眉}, {@code 页脚}, {@code 脚注1}, {@code 第3段的批注（作者：张三）},
 *     {@code 第3段中的修订（删除的内容，作者：李四）}, {@code 第3段中的隐藏文字};</li>
 * <li>Excel: {@code 工作表“名单”第5行B列}, {@code 工作表“名单”第5行B列（隐藏行）},
 *     {@code 工作表“名单”第2行C列（隐藏列）}, {@code 工作表“备份”（隐藏工作表）第2行A列},
 *     {@code 工作表“名单”B5单元格的批注（作者：张三）};</li>
 * <li>PDF: {@code 第2页}, {@code 第2页的批注（作者：张三）};</li>
 * <li>text: {@code 第4行};</li>
 * <li>all: {@code 文档属性（作者）}.</li>
 * </ul>
 * Besides the parts, {@link Trace}s say what is left in the file that the officer may not know of (a hidden
 * sheet, a tracked insertion…), for {@link HiddenContentFindings}.
 *
 * <p>Limits: at most {@link #MAX_BYTES} bytes in, a zip (.docx/.xlsx) that unpacks to at most
 * {@link #MAX_UNPACKED_BYTES} in at most {@link #MAX_ZIP_ENTRIES} entries, and at most {@link #MAX_CHARS}
 * characters of text out; past them, and on any failure of POI or PDFBox, {@link UnreadableAttachment}.
 * Nothing here changes POI's or PDFBox's global settings.
 */
public final class AttachmentText {

    /** The largest attachment read: 50 MB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** The most a .docx/.xlsx may unpack to, in all its entries together. */
    public static final long MAX_UNPACKED_BYTES = 400L * 1024 * 1024;
    /** The most a single entry of a .docx/.xlsx may unpack to. */
    public static final long MAX_UNPACKED_ENTRY = 200L * 1024 * 1024;
    /** The most entries in a .docx/.xlsx. */
    public static final int MAX_ZIP_ENTRIES = 10_000;
    /** The most characters of text extracted, parts of all kinds together. */
    public static final int MAX_CHARS = 5_000_000;
    /** Memory PDFBox may use for a document's streams. */
    static final long PDF_MEMORY = 256L * 1024 * 1024;

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** Values of author fields that name nobody (tools' and systems' defaults). */
    private static final Set<String> GENERIC_NAMES = Set.of("administrator", "admin", "user", "author", "owner",
            "用户", "作者", "微软用户", "windows 用户", "windows user", "microsoft office 用户", "microsoft office user",
            "apache poi", "unknown", "未知");

    private AttachmentText() {
    }

    /** The file formats read. */
    public enum Format {
        DOCX("Word 文档"), DOC("Word 文档"), XLSX("Excel 工作簿"), XLS("Excel 工作簿"), PDF("PDF 文件"), TXT("文本文件");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        /** What the officer calls it, for messages ("Word 文档"). */
        public String label() {
            return label;
        }

        /** The label to follow Chinese text: a space before a Latin word ("有效的 Word 文档"). */
        String afterChinese() {
            return label.charAt(0) < 0x80 ? " " + label : label;
        }
    }

    /** What a part is. Hidden kinds carry the words a message uses for them. */
    public enum Kind {
        BODY("正文"), TABLE_CELL("表格"), HEADER_FOOTER("页眉页脚"), FOOTNOTE("脚注"), CELL("单元格"), PAGE("页面"),
        HIDDEN_SHEET("隐藏的工作表"), HIDDEN_ROW("隐藏的行"), HIDDEN_COLUMN("隐藏的列"), COMMENT("批注"),
        DELETED("修订中删除的内容"), HIDDEN_TEXT("设为隐藏格式的文字"), METADATA("文档属性");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A piece of the attachment's text.
     *
     * @param location where it is, in Chinese (see the class comment)
     * @param text     the text; offsets of findings are relative to it
     * @param hidden   true when a reader of the document does not see it (hidden sheet, row or column, comment,
     *                 deleted revision, hidden text, document property) though anyone can get it from the file
     * @param kind     what it is
     */
    public record Part(String location, String text, boolean hidden, Kind kind) {

        public Part {
            if (location == null || text == null || kind == null) {
                throw new IllegalArgumentException("part without location, text or kind");
            }
        }

        /** A part of a default kind: {@link Kind#BODY} when visible, {@link Kind#HIDDEN_TEXT} when hidden. */
        public Part(String location, String text, boolean hidden) {
            this(location, text, hidden, hidden ? Kind.HIDDEN_TEXT : Kind.BODY);
        }
    }

    /** What a {@link Trace} records. */
    public enum TraceKind {
        /** A hidden sheet with data; subject = sheet name, value = its first non-empty cell. */
        HIDDEN_SHEET,
        /** A "very hidden" sheet (no 取消隐藏 in Excel) with data; as {@link #HIDDEN_SHEET}. */
        VERY_HIDDEN_SHEET,
        /** Hidden rows with data in a visible sheet; subject = sheet name, value = the row numbers ("5、7"). */
        HIDDEN_ROWS,
        /** Hidden columns with data in a visible sheet; subject = sheet name, value = the columns ("C、D"). */
        HIDDEN_COLUMNS,
        /** A comment; subject = author (may be empty), value = its text. */
        COMMENT,
        /** A tracked deletion still in the file; subject = author, value = the deleted text. */
        DELETION,
        /** A tracked insertion not yet accepted; subject = author, value = the inserted text. */
        INSERTION,
        /** Text formatted as hidden (w:vanish); value = the text. */
        HIDDEN_TEXT,
        /** A document property naming a person or an organisation; subject = the field (作者), value = it. */
        METADATA
    }

    /** Something left in the file that the officer may not know of. */
    public record Trace(TraceKind kind, String location, String subject, String value) {
    }

    /** All that was read from one attachment. */
    public record Attachment(String fileName, Format format, List<Part> parts, List<Trace> traces) {

        public Attachment {
            parts = List.copyOf(parts);
            traces = List.copyOf(traces);
        }
    }

    /** The parts only (see {@link #read}). */
    public static List<Part> parts(String fileName, byte[] content) {
        return read(fileName, content).parts();
    }

    /**
     * Reads an attachment.
     *
     * @throws UnreadableAttachment when it is damaged, encrypted, too large, or of a format not read
     */
    public static Attachment read(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "附件" : fileName.strip();
        if (content == null || content.length == 0) {
            throw new UnreadableAttachment(name, UnreadableAttachment.Reason.EMPTY, null);
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableAttachment(name, UnreadableAttachment.Reason.TOO_BIG, null,
                    String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        Format format = formatOf(name, content);
        Sink sink = new Sink();
        try {
            switch (format) {
                case DOCX -> readDocx(content, sink);
                case DOC -> readDoc(content, sink);
                case XLSX, XLS -> readWorkbook(format, content, sink);
                case PDF -> readPdf(content, sink);
                case TXT -> readTxt(content, sink);
                default -> throw new IllegalStateException(format.name());
            }
        } catch (UnreadableAttachment e) {
            throw e;
        } catch (TooMuchText e) {
            throw new UnreadableAttachment(name, UnreadableAttachment.Reason.TOO_MUCH_TEXT, null,
                    String.valueOf(MAX_CHARS / 10_000) + "万");
        } catch (EncryptedDocumentException | InvalidPasswordException e) {
            throw new UnreadableAttachment(name, UnreadableAttachment.Reason.ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
                throw new UnreadableAttachment(name, UnreadableAttachment.Reason.ZIP_BOMB, e);
            }
            throw new UnreadableAttachment(name, UnreadableAttachment.Reason.CORRUPT, e, format.afterChinese());
        }
        return new Attachment(name, format, sink.parts, sink.traces);
    }

    // ---------------------------------------------------------------------------------------------------
    // format

    /**
     * The format by the name, checked against the first bytes: a .doc that is really a .docx (renamed) is read
     * as .docx; a .docx that is an OLE2 container is a password-protected one.
     */
    static Format formatOf(String name, byte[] content) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String ext = dot < 0 ? "" : lower.substring(dot + 1);
        Format byName = switch (ext) {
            case "docx", "docm", "dotx" -> Format.DOCX;
            case "doc", "dot", "wps" -> Format.DOC;
            case "xlsx", "xlsm", "xltx" -> Format.XLSX;
            case "xls", "xlt", "et" -> Format.XLS;
            case "pdf" -> Format.PDF;
            case "txt", "csv" -> Format.TXT;
            default -> null;
        };
        if (byName == null) {
            throw new UnreadableAttachment(name, UnreadableAttachment.Reason.UNSUPPORTED, null);
        }
        if (byName == Format.TXT) {
            return byName;
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(content);
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        boolean word = byName == Format.DOCX || byName == Format.DOC;
        if (magic == FileMagic.OOXML && byName != Format.PDF) {
            Format format = word ? Format.DOCX : Format.XLSX;
            checkZip(name, content, format);
            return format;
        }
        if (magic == FileMagic.OLE2 && byName != Format.PDF) {
            if (isEncryptedOoxml(content)) {
                throw new UnreadableAttachment(name, UnreadableAttachment.Reason.ENCRYPTED, null);
            }
            return word ? Format.DOC : Format.XLS;
        }
        if (byName == Format.PDF && startsWithPdf(content)) {
            return byName;
        }
        throw new UnreadableAttachment(name, UnreadableAttachment.Reason.CORRUPT, null, byName.afterChinese());
    }

    private static boolean startsWithPdf(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    /** A password-protected .docx/.xlsx is an OLE2 file holding EncryptionInfo and EncryptedPackage. */
    private static boolean isEncryptedOoxml(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false; // the reader will say it is damaged
        }
    }

    /**
     * Unpacks the zip once, counting, before POI builds anything from it: a zip bomb is refused here rather
     * than by running out of memory. A zip that this scan cannot walk is left to POI to judge.
     */
    static void checkZip(String name, byte[] content, Format format) {
        long total = 0;
        int entries = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new UnreadableAttachment(name, UnreadableAttachment.Reason.ZIP_BOMB, null);
                }
                long entry = 0;
                int n;
                while ((n = zip.read(buf)) > 0) {
                    entry += n;
                    total += n;
                    if (entry > MAX_UNPACKED_ENTRY || total > MAX_UNPACKED_BYTES) {
                        throw new UnreadableAttachment(name, UnreadableAttachment.Reason.ZIP_BOMB, null);
                    }
                }
            }
        } catch (ZipException e) {
            // a layout ZipInputStream cannot stream (e.g. stored entries with data descriptors): POI decides
        } catch (IOException e) {
            throw new UnreadableAttachment(name, UnreadableAttachment.Reason.CORRUPT, e, format.afterChinese());
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // collecting, with the character budget

    /** Thrown inside the readers when the text exceeds {@link #MAX_CHARS}. */
    private static final class TooMuchText extends RuntimeException {
        TooMuchText() {
            super(null, null, false, false);
        }
    }

    private static final class Sink {
        final List<Part> parts = new ArrayList<>();
        final List<Trace> traces = new ArrayList<>();
        long chars;

        void part(String location, String text, boolean hidden, Kind kind) {
            if (text == null || text.isBlank()) {
                return;
            }
            chars += text.length();
            if (chars > MAX_CHARS) {
                throw new TooMuchText();
            }
            parts.add(new Part(location, text, hidden, kind));
        }

        void trace(TraceKind kind, String location, String subject, String value) {
            traces.add(new Trace(kind, location, subject == null ? "" : subject.strip(), value == null ? "" : value));
        }

        /** A document property naming someone: a hidden part (it is checked like any text) and a trace. */
        void property(String field, String value) {
            if (value == null || value.isBlank() || GENERIC_NAMES.contains(value.strip().toLowerCase(Locale.ROOT))) {
                return;
            }
            String location = "文档属性（" + field + "）";
            part(location, value.strip(), true, Kind.METADATA);
            trace(TraceKind.METADATA, location, field, value.strip());
        }
    }

    private static String byAuthor(String what, String author) {
        return author == null || author.isBlank() ? "（" + what + "）" : "（" + what + "，作者：" + author.strip() + "）";
    }

    private static String authorOnly(String author) {
        return author == null || author.isBlank() ? "" : "（作者：" + author.strip() + "）";
    }

    // ---------------------------------------------------------------------------------------------------
    // .docx

    private static void readDocx(byte[] content, Sink sink) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            Map<String, String> commentAnchors = new LinkedHashMap<>();
            Element body = (Element) doc.getDocument().getBody().getDomNode();
            readWordBody(body, sink, commentAnchors);

            List<Node> headers = new ArrayList<>();
            for (XWPFHeader h : doc.getHeaderList()) {
                headers.add(h._getHdrFtr().getDomNode());
            }
            readWordMerged(headers, "页眉", Kind.HEADER_FOOTER, sink, commentAnchors);
            List<Node> footers = new ArrayList<>();
            for (XWPFFooter f : doc.getFooterList()) {
                footers.add(f._getHdrFtr().getDomNode());
            }
            readWordMerged(footers, "页脚", Kind.HEADER_FOOTER, sink, commentAnchors);
            int note = 0;
            for (XWPFFootnote fn : doc.getFootnotes()) {
                WordText t = new WordText();
                t.walk(fn.getCTFtnEdn().getDomNode());
                if (t.hasContent()) {
                    note++;
                    t.flush("脚注" + note, Kind.FOOTNOTE, sink, commentAnchors);
                }
            }

            XWPFComment[] comments = doc.getComments();
            if (comments != null) {
                for (XWPFComment c : comments) {
                    String anchor = commentAnchors.get(c.getId());
                    String location = (anchor == null ? "" : anchor + "的") + "批注" + authorOnly(c.getAuthor());
                    String text = c.getText();
                    if (text != null && !text.isBlank()) {
                        sink.part(location, text.strip(), true, Kind.COMMENT);
                        sink.trace(TraceKind.COMMENT, location, c.getAuthor(), text.strip());
                    }
                }
            }
            ooxmlProperties(doc.getProperties(), sink);
        }
    }

    private static void ooxmlProperties(POIXMLProperties props, Sink sink) {
        if (props == null) {
            return;
        }
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        if (core != null) {
            sink.property("作者", core.getCreator());
            sink.property("最后修改者", core.getLastModifiedByUser());
        }
        POIXMLProperties.ExtendedProperties ext = props.getExtendedProperties();
        if (ext != null && ext.getUnderlyingProperties() != null) {
            sink.property("单位", ext.getUnderlyingProperties().getCompany());
            sink.property("经理", ext.getUnderlyingProperties().getManager());
        }
    }

    /** The body: 第N段 for each non-empty paragraph, 表格N第r行第c列 for each cell. */
    private static void readWordBody(Element container, Sink sink, Map<String, String> anchors) {
        int[] counters = new int[2]; // paragraphs, tables
        readWordBlocks(container, sink, anchors, counters);
    }

    private static void readWordBlocks(Element container, Sink sink, Map<String, String> anchors, int[] counters) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "p" -> {
                    WordText t = new WordText();
                    t.walk(e);
                    if (t.hasContent()) {
                        counters[0]++;
                        t.flush("第" + counters[0] + "段", Kind.BODY, sink, anchors);
                    }
                }
                case "tbl" -> {
                    counters[1]++;
                    readWordTable(e, "表格" + counters[1], sink, anchors);
                }
                case "sdt", "sdtContent", "customXml" -> readWordBlocks(e, sink, anchors, counters);
                default -> {
                    // sectPr, bookmarks and the like: no text
                }
            }
        }
    }

    private static void readWordTable(Element tbl, String label, Sink sink, Map<String, String> anchors) {
        int row = 0;
        for (Element tr : wordChildren(tbl, "tr")) {
            row++;
            int column = 1;
            for (Element tc : wordChildren(tr, "tc")) {
                WordText t = new WordText();
                t.walk(tc);
                if (t.hasContent()) {
                    t.flush(label + "第" + row + "行第" + column + "列", Kind.TABLE_CELL, sink, anchors);
                }
                column += gridSpan(tc);
            }
        }
    }

    /** Children named {@code name}, looking through content controls and custom XML around them. */
    private static List<Element> wordChildren(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI())) {
                if (name.equals(e.getLocalName())) {
                    out.add(e);
                } else if (Set.of("sdt", "sdtContent", "customXml").contains(e.getLocalName())) {
                    out.addAll(wordChildren(e, name));
                }
            }
        }
        return out;
    }

    private static int gridSpan(Element tc) {
        for (Node n = tc.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element pr && "tcPr".equals(pr.getLocalName())) {
                for (Node m = pr.getFirstChild(); m != null; m = m.getNextSibling()) {
                    if (m instanceof Element span && "gridSpan".equals(span.getLocalName())) {
                        try {
                            return Math.max(1, Integer.parseInt(span.getAttributeNS(W, "val")));
                        } catch (NumberFormatException ex) {
                            return 1;
                        }
                    }
                }
            }
        }
        return 1;
    }

    /** Headers (or footers) as one part each: 页眉, or 页眉1, 页眉2 … when there are several with text. */
    private static void readWordMerged(List<Node> nodes, String label, Kind kind, Sink sink,
                                       Map<String, String> anchors) {
        List<WordText> texts = new ArrayList<>();
        for (Node n : nodes) {
            WordText t = new WordText();
            t.walk(n);
            if (t.hasContent()) {
                texts.add(t);
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            texts.get(i).flush(texts.size() == 1 ? label : label + (i + 1), kind, sink, anchors);
        }
    }

    /**
     * The text of one or more Word paragraphs, split into what shows (insertions included: they are part of
     * the document as it reads now), what tracked changes deleted, and what is formatted as hidden.
     */
    static final class WordText {
        private enum Target { VISIBLE, DELETED, HIDDEN }

        final StringBuilder visible = new StringBuilder();
        final List<String[]> deleted = new ArrayList<>(); // {author, text}
        final List<String[]> inserted = new ArrayList<>();
        final List<String[]> hidden = new ArrayList<>();
        final Set<String> commentIds = new TreeSet<>();
        private Target last;
        private boolean lastInserted;

        void walk(Node node) {
            walk(node, Target.VISIBLE, null, false, null);
        }

        private void walk(Node node, Target target, String author, boolean insertion, Element run) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) {
                    continue;
                }
                if (MC.equals(e.getNamespaceURI())) {
                    if (!"Fallback".equals(e.getLocalName())) {
                        walk(e, target, author, insertion, run); // AlternateContent, Choice
                    }
                    continue;
                }
                if (!W.equals(e.getNamespaceURI())) {
                    walk(e, target, author, insertion, run); // drawings around text boxes
                    continue;
                }
                switch (e.getLocalName()) {
                    case "pPr", "rPr", "instrText", "delInstrText", "tcPr", "tblPr", "trPr", "tblGrid" -> {
                    }
                    case "ins", "moveTo" -> walk(e, target, e.getAttributeNS(W, "author"), true, run);
                    case "del", "moveFrom" -> walk(e, Target.DELETED, e.getAttributeNS(W, "author"), false, run);
                    case "r" -> walk(e, target == Target.VISIBLE && vanished(e) ? Target.HIDDEN : target, author,
                            insertion, e);
                    case "t", "delText" -> emit(textOf(e), target, author, insertion);
                    case "tab", "ptab" -> emit("\t", target, author, insertion);
                    case "br", "cr" -> emit("\n", target, author, insertion);
                    case "noBreakHyphen" -> emit("-", target, author, insertion);
                    case "commentRangeStart", "commentReference" -> commentIds.add(e.getAttributeNS(W, "id"));
                    case "p" -> {
                        if (visible.length() > 0 && visible.charAt(visible.length() - 1) != '\n') {
                            emit("\n", Target.VISIBLE, null, false);
                        }
                        walk(e, target, author, insertion, run);
                    }
                    default -> walk(e, target, author, insertion, run);
                }
            }
        }

        /** The text of a w:t (XMLBeans' DOM has no getTextContent). */
        private static String textOf(Element e) {
            StringBuilder b = new StringBuilder();
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                    b.append(n.getNodeValue());
                }
            }
            return b.toString();
        }

        private static boolean vanished(Element run) {
            for (Node n = run.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element pr && "rPr".equals(pr.getLocalName())) {
                    for (Node m = pr.getFirstChild(); m != null; m = m.getNextSibling()) {
                        if (m instanceof Element v && "vanish".equals(v.getLocalName())) {
                            String val = v.getAttributeNS(W, "val");
                            return !Set.of("false", "0", "off").contains(val);
                        }
                    }
                }
            }
            return false;
        }

        private void emit(String s, Target target, String author, boolean insertion) {
            if (s == null || s.isEmpty()) {
                return;
            }
            switch (target) {
                case VISIBLE -> {
                    visible.append(s);
                    if (insertion) {
                        append(inserted, lastInserted, author, s);
                    }
                }
                case DELETED -> append(deleted, last == Target.DELETED, author, s);
                case HIDDEN -> append(hidden, last == Target.HIDDEN, author, s);
                default -> throw new IllegalStateException();
            }
            last = target;
            lastInserted = target == Target.VISIBLE && insertion;
        }

        /** Appends to the open segment when the same kind of text goes on, else opens a new one. */
        private static void append(List<String[]> segments, boolean goesOn, String author, String s) {
            if (goesOn && !segments.isEmpty()) {
                String[] seg = segments.get(segments.size() - 1);
                seg[1] = seg[1] + s;
            } else {
                segments.add(new String[] {author == null ? "" : author, s});
            }
        }

        boolean hasContent() {
            return !visible.toString().isBlank() || segmentsWithText(deleted) || segmentsWithText(hidden)
                    || !commentIds.isEmpty();
        }

        private static boolean segmentsWithText(List<String[]> segs) {
            return segs.stream().anyMatch(s -> !s[1].isBlank());
        }

        void flush(String location, Kind kind, Sink sink, Map<String, String> anchors) {
            String text = visible.toString().strip();
            sink.part(location, text, false, kind);
            List<String[]> del = deleted.stream().filter(s -> !s[1].isBlank()).toList();
            for (int i = 0; i < del.size(); i++) {
                String where = location + "中的" + (del.size() > 1 ? "第" + (i + 1) + "处" : "")
                        + "修订" + byAuthor("删除的内容", del.get(i)[0]);
                sink.part(where, del.get(i)[1], true, Kind.DELETED);
                sink.trace(TraceKind.DELETION, where, del.get(i)[0], del.get(i)[1]);
            }
            List<String[]> ins = inserted.stream().filter(s -> !s[1].isBlank()).toList();
            for (int i = 0; i < ins.size(); i++) {
                String where = location + "中的" + (ins.size() > 1 ? "第" + (i + 1) + "处" : "")
                        + "修订" + byAuthor("插入的内容", ins.get(i)[0]);
                sink.trace(TraceKind.INSERTION, where, ins.get(i)[0], ins.get(i)[1]);
            }
            List<String[]> hid = hidden.stream().filter(s -> !s[1].isBlank()).toList();
            for (int i = 0; i < hid.size(); i++) {
                String where = location + "中的" + (hid.size() > 1 ? "第" + (i + 1) + "处" : "") + "隐藏文字";
                sink.part(where, hid.get(i)[1], true, Kind.HIDDEN_TEXT);
                sink.trace(TraceKind.HIDDEN_TEXT, where, "", hid.get(i)[1]);
            }
            for (String id : commentIds) {
                anchors.putIfAbsent(id, location);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // .doc

    private static void readDoc(byte[] content, Sink sink) throws IOException {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(content))) {
            Range range = doc.getRange();
            String author = revisionAuthor(doc);
            int paragraphs = 0;
            int tables = 0;
            int i = 0;
            while (i < range.numParagraphs()) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table table = range.getTable(p);
                    tables++;
                    for (int r = 0; r < table.numRows(); r++) {
                        TableRow row = table.getRow(r);
                        for (int c = 0; c < row.numCells(); c++) {
                            TableCell cell = row.getCell(c);
                            DocText t = new DocText();
                            for (int k = 0; k < cell.numParagraphs(); k++) {
                                t.paragraph(cell.getParagraph(k));
                            }
                            t.flush("表格" + tables + "第" + (r + 1) + "行第" + (c + 1) + "列", Kind.TABLE_CELL, author, sink);
                        }
                    }
                    int end = table.getEndOffset();
                    while (i < range.numParagraphs() && range.getParagraph(i).getStartOffset() < end) {
                        i++;
                    }
                    continue;
                }
                DocText t = new DocText();
                t.paragraph(p);
                if (t.hasContent()) {
                    paragraphs++;
                    t.flush("第" + paragraphs + "段", Kind.BODY, author, sink);
                }
                i++;
            }
            Range comments = doc.getCommentsRange();
            if (comments != null) {
                for (int k = 0; k < comments.numParagraphs(); k++) {
                    String text = DocText.clean(comments.getParagraph(k).text());
                    if (!text.isBlank()) {
                        sink.part("批注", text.strip(), true, Kind.COMMENT);
                        sink.trace(TraceKind.COMMENT, "批注", "", text.strip());
                    }
                }
            }
            Range header = doc.getHeaderStoryRange();
            if (header != null) {
                String text = DocText.clean(header.text());
                sink.part("页眉页脚", text.strip(), false, Kind.HEADER_FOOTER);
            }
            summary(doc.getSummaryInformation(), doc.getDocumentSummaryInformation(), sink);
        }
    }

    /**
     * The author of the tracked changes when the document names only one (HWPF does not expose which author
     * made which change); else empty.
     */
    private static String revisionAuthor(HWPFDocument doc) {
        try {
            var table = doc.getRevisionMarkAuthorTable();
            if (table != null) {
                List<String> names = table.getEntries().stream().filter(n -> n != null && !n.isBlank()
                        && !"Unknown".equalsIgnoreCase(n.strip()) && !"Unknown Author".equalsIgnoreCase(n.strip()))
                        .distinct().toList();
                return names.size() == 1 ? names.get(0) : "";
            }
        } catch (RuntimeException e) {
            // no table, or a damaged one: no author
        }
        return "";
    }

    private static void summary(SummaryInformation si, DocumentSummaryInformation dsi, Sink sink) {
        if (si != null) {
            sink.property("作者", si.getAuthor());
            sink.property("最后修改者", si.getLastAuthor());
        }
        if (dsi != null) {
            sink.property("单位", dsi.getCompany());
            sink.property("经理", dsi.getManager());
        }
    }

    /** The text of .doc paragraphs by character run: shown, deleted (revision marks) and hidden. */
    private static final class DocText {
        final StringBuilder visible = new StringBuilder();
        final StringBuilder deleted = new StringBuilder();
        final StringBuilder inserted = new StringBuilder();
        final StringBuilder hidden = new StringBuilder();
        private final java.util.ArrayDeque<Boolean> fields = new java.util.ArrayDeque<>(); // true: in a code

        void paragraph(Paragraph p) {
            if (visible.length() > 0) {
                visible.append('\n');
            }
            for (int r = 0; r < p.numCharacterRuns(); r++) {
                CharacterRun run = p.getCharacterRun(r);
                StringBuilder out = new StringBuilder();
                for (char ch : run.text().toCharArray()) {
                    if (ch == 0x13) {
                        fields.push(Boolean.TRUE); // field code follows
                    } else if (ch == 0x14) {
                        if (!fields.isEmpty()) {
                            fields.pop();
                            fields.push(Boolean.FALSE); // the field's result, which shows
                        }
                    } else if (ch == 0x15) {
                        if (!fields.isEmpty()) {
                            fields.pop();
                        }
                    } else if (!fields.contains(Boolean.TRUE)) {
                        out.append(ch);
                    }
                }
                String s = clean(out.toString());
                if (run.isMarkedDeleted()) {
                    deleted.append(s);
                } else if (run.isVanished()) {
                    hidden.append(s);
                } else {
                    visible.append(s);
                    if (run.isMarkedInserted()) {
                        inserted.append(s);
                    }
                }
            }
        }

        /** Drops Word's control characters (cell marks, paragraph ends, objects). */
        static String clean(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (char ch : s.toCharArray()) {
                if (ch == '\r' || ch == 0x0B) {
                    b.append('\n');
                } else if (ch == '\t' || ch == '\n' || ch >= 0x20) {
                    b.append(ch);
                }
            }
            return b.toString();
        }

        boolean hasContent() {
            return !visible.toString().isBlank() || !deleted.toString().isBlank() || !hidden.toString().isBlank();
        }

        void flush(String location, Kind kind, String author, Sink sink) {
            sink.part(location, visible.toString().strip(), false, kind);
            if (!deleted.toString().isBlank()) {
                String where = location + "中的修订" + byAuthor("删除的内容", author);
                sink.part(where, deleted.toString().strip(), true, Kind.DELETED);
                sink.trace(TraceKind.DELETION, where, author, deleted.toString().strip());
            }
            if (!inserted.toString().isBlank()) {
                sink.trace(TraceKind.INSERTION, location + "中的修订" + byAuthor("插入的内容", author), author,
                        inserted.toString().strip());
            }
            if (!hidden.toString().isBlank()) {
                String where = location + "中的隐藏文字";
                sink.part(where, hidden.toString().strip(), true, Kind.HIDDEN_TEXT);
                sink.trace(TraceKind.HIDDEN_TEXT, where, "", hidden.toString().strip());
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // .xlsx, .xls

    private static void readWorkbook(Format format, byte[] content, Sink sink) throws IOException {
        try (Workbook wb = format == Format.XLSX ? new XSSFWorkbook(new ByteArrayInputStream(content))
                : new HSSFWorkbook(new ByteArrayInputStream(content))) {
            DataFormatter formatter = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
            formatter.setUseCachedValuesForFormulaCells(true);
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                readSheet(wb.getSheetAt(s), wb.getSheetVisibility(s), formatter, sink);
            }
            if (wb instanceof XSSFWorkbook x) {
                ooxmlProperties(x.getProperties(), sink);
            } else if (wb instanceof HSSFWorkbook h) {
                summary(h.getSummaryInformation(), h.getDocumentSummaryInformation(), sink);
            }
        }
    }

    private static void readSheet(Sheet sheet, SheetVisibility visibility, DataFormatter formatter, Sink sink) {
        String name = sheet.getSheetName();
        boolean hiddenSheet = visibility != SheetVisibility.VISIBLE;
        String prefix = "工作表“" + name + "”" + (visibility == SheetVisibility.VERY_HIDDEN ? "（深度隐藏的工作表）"
                : hiddenSheet ? "（隐藏工作表）" : "");
        String first = null;
        Set<Integer> hiddenRows = new TreeSet<>();
        Set<Integer> hiddenColumns = new TreeSet<>();
        for (Row row : sheet) {
            boolean rowHidden = row.getZeroHeight() || row.getHeight() == 0;
            for (Cell cell : row) {
                String text;
                try {
                    text = formatter.formatCellValue(cell);
                } catch (RuntimeException e) {
                    text = cell.toString();
                }
                if (text == null || text.isBlank()) {
                    continue;
                }
                int c = cell.getColumnIndex();
                boolean columnHidden = sheet.isColumnHidden(c) || sheet.getColumnWidth(c) == 0;
                String column = CellReference.convertNumToColString(c);
                String where = prefix + "第" + (row.getRowNum() + 1) + "行" + column + "列";
                Kind kind;
                if (hiddenSheet) {
                    kind = Kind.HIDDEN_SHEET;
                    if (first == null) {
                        first = text.strip();
                    }
                } else if (rowHidden) {
                    kind = Kind.HIDDEN_ROW;
                    where += columnHidden ? "（隐藏行、隐藏列）" : "（隐藏行）";
                    hiddenRows.add(row.getRowNum() + 1);
                    if (columnHidden) {
                        hiddenColumns.add(c);
                    }
                } else if (columnHidden) {
                    kind = Kind.HIDDEN_COLUMN;
                    where += "（隐藏列）";
                    hiddenColumns.add(c);
                } else {
                    kind = Kind.CELL;
                }
                sink.part(where, text.strip(), kind != Kind.CELL, kind);
            }
        }
        if (first != null) {
            sink.trace(visibility == SheetVisibility.VERY_HIDDEN ? TraceKind.VERY_HIDDEN_SHEET : TraceKind.HIDDEN_SHEET,
                    prefix, name, first);
        }
        if (!hiddenRows.isEmpty()) {
            String rows = list(hiddenRows.stream().map(String::valueOf).toList());
            sink.trace(TraceKind.HIDDEN_ROWS, prefix + "第" + rows + "行（隐藏行）", name, rows);
        }
        if (!hiddenColumns.isEmpty()) {
            String columns = list(hiddenColumns.stream().map(CellReference::convertNumToColString).toList());
            sink.trace(TraceKind.HIDDEN_COLUMNS, prefix + columns + "列（隐藏列）", name, columns);
        }
        Map<CellAddress, ? extends Comment> comments = sheet.getCellComments();
        for (Map.Entry<CellAddress, ? extends Comment> e : new java.util.TreeMap<>(comments).entrySet()) {
            Comment comment = e.getValue();
            String text = comment.getString() == null ? null : comment.getString().getString();
            if (text == null || text.isBlank()) {
                continue;
            }
            String where = prefix + e.getKey().formatAsString() + "单元格的批注" + authorOnly(comment.getAuthor());
            sink.part(where, text.strip(), true, Kind.COMMENT);
            sink.trace(TraceKind.COMMENT, where, comment.getAuthor(), text.strip());
        }
    }

    /** "5、6、9", or the first ten and "等N个" when there are more. */
    private static String list(List<String> items) {
        if (items.size() <= 10) {
            return String.join("、", items);
        }
        return String.join("、", items.subList(0, 10)) + "等" + items.size() + "个";
    }

    // ---------------------------------------------------------------------------------------------------
    // .pdf

    private static void readPdf(byte[] content, Sink sink) throws IOException {
        try (PDDocument doc = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(PDF_MEMORY).streamCache)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            int pages = doc.getNumberOfPages();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                sink.part("第" + p + "页", stripper.getText(doc).strip(), false, Kind.PAGE);
                PDPage page = doc.getPage(p - 1);
                for (PDAnnotation a : page.getAnnotations()) {
                    String subtype = a.getSubtype();
                    String text = a.getContents();
                    if (text == null || text.isBlank() || "Link".equals(subtype) || "Widget".equals(subtype)
                            || "Popup".equals(subtype)) {
                        continue;
                    }
                    String author = a instanceof PDAnnotationMarkup m ? m.getTitlePopup() : null;
                    String where = "第" + p + "页的批注" + authorOnly(author);
                    sink.part(where, text.strip(), true, Kind.COMMENT);
                    sink.trace(TraceKind.COMMENT, where, author, text.strip());
                }
            }
            if (doc.getDocumentInformation() != null) {
                sink.property("作者", doc.getDocumentInformation().getAuthor());
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // .txt

    private static void readTxt(byte[] content, Sink sink) throws IOException {
        String text = decode(content);
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            sink.part("第" + (i + 1) + "行", lines[i].strip(), false, Kind.BODY);
        }
    }

    /** UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (what Chinese Windows Notepad saved). */
    static String decode(byte[] b) throws CharacterCodingException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, Charset.forName("GB18030"));
        }
    }
}
