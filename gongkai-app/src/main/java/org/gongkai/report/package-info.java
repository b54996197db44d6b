/**
 * 年度报告: the statutory annual report (条例第四十九条、第五十条) of any agency and year in the national
 * format, computed from live data, rolled up the hierarchy, checked for consistency, published through
 * the review chain as an item and then frozen; exports as .docx, .xlsx and PDF; the JSON API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Annual report")
package org.gongkai.report;
