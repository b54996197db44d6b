/**
 * Statistics the officers and the county's 政务公开办 look at (issue 5): per agency and for the whole
 * county, items published by category and month, requests received, closed and overdue with reply
 * times, the timeliness of proactive disclosure (条例第二十六条), the annual reports' status, and the
 * county's assessment ranking (晾晒) with weights the county sets.
 *
 * <p>The numbers are aggregate reporting queries ({@code JdbcClient}) over the catalogue's and the
 * requests' tables, read-only, as DESIGN.md allows for reporting: going through the other modules'
 * services item by item would cost a county's whole history per page. Working days come from the
 * calendar module; the annual report's status from whatever {@link org.gongkai.statistics.ReportStatusSource}
 * the report module provides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.gongkai.statistics;
