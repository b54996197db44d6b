package org.gongkai.request.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Component;

/**
 * The reply letter as a Word document, because officers finish and stamp documents in Word/WPS. The
 * layout follows the letter's text: the agency and title centred in 方正小标宋-like bold, the body in
 * 仿宋 三号 (16 pt), the signature and date right-aligned.
 */
@Component
class LetterDocument {

    static final String BODY_FONT = "仿宋_GB2312";
    static final String TITLE_FONT = "方正小标宋简体";

    byte[] docx(String body) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String[] lines = body.split("\n", -1);
            int last = lines.length - 1;
            while (last >= 0 && lines[last].isBlank()) {
                last--;
            }
            for (int i = 0; i <= last; i++) {
                String line = lines[i];
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                boolean heading = i <= 1;
                boolean closing = i >= last - 1 && !line.isBlank();
                if (heading) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                    run.setBold(true);
                    run.setFontFamily(TITLE_FONT);
                    run.setFontSize(i == 1 ? 22 : 18);
                } else {
                    p.setAlignment(closing ? ParagraphAlignment.RIGHT : i == 2 ? ParagraphAlignment.CENTER
                            : ParagraphAlignment.BOTH);
                    run.setFontFamily(BODY_FONT);
                    run.setFontSize(16);
                }
                run.setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
