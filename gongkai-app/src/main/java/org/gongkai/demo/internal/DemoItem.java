package org.gongkai.demo.internal;

import java.time.LocalDate;

/**
 * One proactively disclosed item (政府信息) of the demo county, with the catalogue metadata a real
 * 公开目录 shows (条例 Art. 12; 《政府信息公开目录系统实施指引（试行）》): the 索引号 is not generated here
 * because the catalogue assigns it when the item is stored.
 *
 * @param categoryCode      one of the county template's category codes, see {@link DemoCategory}
 * @param docNo             发文字号 such as 青政发〔2024〕3号, or {@code null}
 * @param writtenOn         成文日期 (the date the information was formed)
 * @param publishedOn       发布日期; never before {@code writtenOn}
 * @param topic             主题分类, levels separated by a backslash, e.g. {@code 综合政务\政务公开}
 * @param genre             体裁分类, e.g. 通知, 决定, 意见, 办法, 报告, 公告, 公示, 解读, 其他
 * @param normative         a 行政规范性文件
 * @param validity          VALID, AMENDED, ABOLISHED or EXPIRED
 * @param validUntil        end of the document's 有效期, or {@code null}
 * @param validityChangedOn when the validity left VALID, or {@code null} while VALID
 * @param summary           内容概述, one or two sentences
 * @param bodyHtml          simple HTML using only p, h2, ol, li, table, tr, th and td
 * @param interpretsIndex   for a 政策解读 item, the index (in the same list or stream) of the item it interprets
 */
public record DemoItem(String agencyCode, String categoryCode, String title, String docNo, LocalDate writtenOn,
        LocalDate publishedOn, String topic, String genre, boolean normative, String validity, LocalDate validUntil,
        LocalDate validityChangedOn, String disclosureMethod, String disclosureScope, String summary,
        String bodyHtml, Integer interpretsIndex) {
}
