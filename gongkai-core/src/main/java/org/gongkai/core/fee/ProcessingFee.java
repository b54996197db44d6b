package org.gongkai.core.fee;

/**
 * 信息处理费 under 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号), in whole yuan. Both methods are
 * excess-progressive (超额累进): each band's rate applies only to the part inside the band. An agency
 * uses one method per application, never both (第三条); choosing is the caller's job.
 */
public final class ProcessingFee {

    /** 第四条（一）: up to 10 applications a calendar month are free. */
    public static final int FREE_APPLICATIONS_PER_MONTH = 10;
    /** 第五条（一）: up to 30 pages are free. */
    public static final int FREE_PAGES = 30;

    private ProcessingFee() {
    }

    /**
     * 按件计收 (第四条): the fee for the {@code nth} application of the same applicant in one calendar month.
     * 1–10 free; 11–30 at 100元; from 31 on, in bands of 10, each band 100元 dearer (31–40: 200元, 41–50:
     * 300元 …; the spec marks the per-band arithmetic as its reading of "以10件为一档，每增加一档，收费标准提高100元/件").
     */
    public static long byCount(int nth) {
        if (nth < 1) {
            throw new IllegalArgumentException("nth starts at 1: " + nth);
        }
        if (nth <= FREE_APPLICATIONS_PER_MONTH) {
            return 0;
        }
        if (nth <= 30) {
            return 100;
        }
        return 100 + 100L * ((nth - 31) / 10 + 1);
    }

    /** 按件计收: what the first {@code count} applications of one month cost together. */
    public static long byCountTotal(int count) {
        long total = 0;
        for (int i = 1; i <= count; i++) {
            total += byCount(i);
        }
        return total;
    }

    /**
     * 按量计收 (第五条): the fee for one application of {@code pages} pages. ≤30 free; pages 31–100 at
     * 10元; 101–200 at 20元; from 201 at 40元 — each rate on the pages inside its band.
     */
    public static long byPages(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages must not be negative: " + pages);
        }
        long fee = 0;
        fee += 10L * bandPages(pages, 30, 100);
        fee += 20L * bandPages(pages, 100, 200);
        fee += 40L * Math.max(0, pages - 200);
        return fee;
    }

    /** Pages in (low, high]. */
    private static int bandPages(int pages, int low, int high) {
        return Math.max(0, Math.min(pages, high) - low);
    }
}
