package org.gongkai.core.proof.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.gongkai.core.proof.Proofreader;
import org.gongkai.core.proof.files.UnreadableAttachment.Reason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Damaged, disguised, protected and oversized attachments fail with a Chinese message naming the file. */
class UnreadableAttachmentTest {

    private static UnreadableAttachment fails(String name, byte[] content) {
        try {
            AttachmentText.read(name, content);
        } catch (UnreadableAttachment e) {
            return e;
        }
        throw new AssertionError(name + " was read");
    }

    @Test
    @DisplayName("Corrupted bytes: 无法读取附件“x.docx”：文件已损坏或不是有效的 Word 文档")
    void corrupted() throws IOException {
        byte[] junk = "这不是一个Word文档".getBytes(StandardCharsets.UTF_8);
        UnreadableAttachment e = fails("x.docx", junk);
        assertThat(e.getMessage()).isEqualTo("无法读取附件“x.docx”：文件已损坏或不是有效的 Word 文档");
        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(e.fileName()).isEqualTo("x.docx");

        assertThat(fails("名单.xlsx", junk).getMessage()).isEqualTo("无法读取附件“名单.xlsx”：文件已损坏或不是有效的 Excel 工作簿");
        assertThat(fails("名单.xls", junk).getMessage()).isEqualTo("无法读取附件“名单.xls”：文件已损坏或不是有效的 Excel 工作簿");
        assertThat(fails("通知.pdf", junk).getMessage()).isEqualTo("无法读取附件“通知.pdf”：文件已损坏或不是有效的 PDF 文件");
        assertThat(fails("通知.doc", junk).getMessage()).isEqualTo("无法读取附件“通知.doc”：文件已损坏或不是有效的 Word 文档");
    }

    @Test
    @DisplayName("A real .docx cut in half, a zip that is no Word document, a PDF header over junk: CORRUPT, not a POI or PDFBox exception")
    void truncatedAndDisguised() throws IOException {
        byte[] docx = TestFiles.docx();
        UnreadableAttachment half = fails("通知.docx", Arrays.copyOf(docx, docx.length / 2));
        assertThat(half.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(half.getMessage()).isEqualTo("无法读取附件“通知.docx”：文件已损坏或不是有效的 Word 文档");

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(fails("通知.docx", zip.toByteArray()).reason()).isEqualTo(Reason.CORRUPT);
        assertThat(fails("名单.xlsx", zip.toByteArray()).getMessage()).contains("不是有效的 Excel 工作簿");

        byte[] pdf = TestFiles.pdf("一", "二");
        UnreadableAttachment cut = fails("通知.pdf", Arrays.copyOf(pdf, 40));
        assertThat(cut.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(cut.getMessage()).contains("不是有效的 PDF 文件");
    }

    @Test
    @DisplayName("A password-protected .xlsx or .pdf: ENCRYPTED, asking for the password to be removed")
    void encrypted() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        enc.confirmPassword("mima");
        try (OutputStream os = enc.getDataStream(fs)) {
            os.write(TestFiles.xlsx());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        UnreadableAttachment x = fails("名单.xlsx", out.toByteArray());
        assertThat(x.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(x.getMessage()).isEqualTo("无法读取附件“名单.xlsx”：文件设置了打开密码，无法检查其中的内容。请去掉密码后再上传。");

        byte[] pdf;
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(TestFiles.pdf("一", "二"));
             ByteArrayOutputStream o = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(o);
            pdf = o.toByteArray();
        }
        assertThat(fails("通知.pdf", pdf).reason()).isEqualTo(Reason.ENCRYPTED);
    }

    @Test
    @DisplayName("Unsupported, empty and over 50 MB")
    void limits() {
        UnreadableAttachment exe = fails("setup.exe", new byte[] {1, 2, 3});
        assertThat(exe.reason()).isEqualTo(Reason.UNSUPPORTED);
        assertThat(exe.getMessage()).startsWith("无法读取附件“setup.exe”：不支持这种格式");

        assertThat(fails("空.docx", new byte[0]).getMessage()).isEqualTo("无法读取附件“空.docx”：文件是空的（0 字节）。");

        UnreadableAttachment big = fails("大.txt", new byte[(int) AttachmentText.MAX_BYTES + 1]);
        assertThat(big.reason()).isEqualTo(Reason.TOO_BIG);
        assertThat(big.getMessage()).isEqualTo("无法读取附件“大.txt”：文件超过50MB 的上限，请压缩图片或拆分后再上传。");
    }

    @Test
    @DisplayName("More than 5 million characters of text: TOO_MUCH_TEXT, rather than a partial check")
    void tooMuchText() {
        byte[] text = ("名单".repeat(1000) + "\n").repeat(AttachmentText.MAX_CHARS / 2000 + 1).getBytes(StandardCharsets.UTF_8);
        UnreadableAttachment e = fails("长.txt", text);
        assertThat(e.reason()).isEqualTo(Reason.TOO_MUCH_TEXT);
        assertThat(e.getMessage()).isEqualTo("无法读取附件“长.txt”：文件中的文字超过500万字，无法完整检查，请拆分后再上传。");
    }

    @Test
    @DisplayName("A zip bomb (a small .docx that unpacks past the limit) is refused before POI unpacks it")
    void zipBomb() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written <= AttachmentText.MAX_UNPACKED_ENTRY; written += zeros.length) {
                z.write(zeros);
            }
        }
        assertThat(zip.size()).as("the bomb is small").isLessThan(1 << 20);
        UnreadableAttachment e = fails("炸弹.docx", zip.toByteArray());
        assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB);
        assertThat(e.getMessage()).startsWith("无法读取附件“炸弹.docx”：文件解压后过大");
    }

    @Test
    @DisplayName("checkFile passes the exception on, so the caller can tell the officer")
    void checkFilePassesItOn() {
        assertThatThrownBy(() -> AttachmentProofreader.checkFile(new Proofreader(List.of()), "x.docx", new byte[] {1},
                AttachmentProofreaderTest.CTX))
                .isInstanceOf(UnreadableAttachment.class)
                .hasMessage("无法读取附件“x.docx”：文件已损坏或不是有效的 Word 文档");
    }
}
