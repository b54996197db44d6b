package org.gongkai.catalog.web;

import java.nio.charset.StandardCharsets;

/** Small real files for upload tests. */
public final class AdminTestFiles {

    private AdminTestFiles() {
    }

    /** A minimal but well-formed one-page PDF: header, catalog, pages, page, xref table and trailer. */
    public static byte[] pdf() {
        StringBuilder sb = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[4];
        String[] objects = {
                "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
                "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
                "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"};
        for (int i = 0; i < objects.length; i++) {
            offsets[i + 1] = sb.length();
            sb.append(objects[i]);
        }
        int xref = sb.length();
        sb.append("xref\n0 4\n0000000000 65535 f \n");
        for (int i = 1; i <= 3; i++) {
            sb.append(String.format("%010d 00000 n \n", offsets[i]));
        }
        sb.append("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The start of a Windows executable (MZ header, PE signature), to be renamed .pdf. */
    static byte[] exe() {
        byte[] b = new byte[512];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3c] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        return b;
    }
}
