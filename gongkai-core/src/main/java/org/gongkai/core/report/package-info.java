/**
 * The statutory annual report (政府信息公开工作年度报告, 条例 Art. 49–50) as a pure model: the two formats
 * ({@link org.gongkai.core.report.ReportFormat}: 国办公开办函〔2019〕60号 for 2019–2020, 〔2021〕30号 from 2021), the
 * six sections ({@link org.gongkai.core.report.Sections}), table 二 ({@link org.gongkai.core.report.ProactiveTable}),
 * table 三 ({@link org.gongkai.core.report.ApplicationTable} with {@link org.gongkai.core.report.ApplicationRow} and
 * {@link org.gongkai.core.report.ApplicantColumn}), table 四 ({@link org.gongkai.core.report.ReviewLitigationTable}),
 * their arithmetic checks ({@link org.gongkai.core.report.ConsistencyChecks}), shares that add up to 100%
 * ({@link org.gongkai.core.report.Shares}) and narrative drafts ({@link org.gongkai.core.report.Narrative}, wording in
 * {@code narrative.properties}). Labels follow regulations.md §3. Tables are immutable; roll-ups use {@code plus}.
 */
package org.gongkai.core.report;
