package org.gongkai.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.Officer;
import org.gongkai.platform.ClockConfig;
import org.gongkai.platform.ForbiddenException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The annual reports' status across agencies, with the statutory dates. The status comes from the
 * report module through {@link ReportStatusSource}; while that module is absent, {@link ReportStatusSource#NONE}
 * answers and every agency is "not started". (An {@code ObjectProvider} rather than a default bean with
 * {@code @ConditionalOnMissingBean}: that condition on an ordinary configuration class depends on the
 * order in which bean definitions are read, and would silently keep the stand-in if the report module
 * registered its source later.)
 */
@Service
public class ReportStatusService {

    private static final Set<String> STATUSES = Set.of(ReportStatusSource.NOT_STARTED, ReportStatusSource.DRAFT,
            ReportStatusSource.SUBMITTED, ReportStatusSource.PUBLISHED);

    private final AgencyService agencies;
    private final ObjectProvider<ReportStatusSource> sources;
    private final Clock clock;

    public ReportStatusService(AgencyService agencies, ObjectProvider<ReportStatusSource> sources, Clock clock) {
        this.agencies = agencies;
        this.sources = sources;
        this.clock = clock;
    }

    /** Every agency's report on {@code year}, for the county administrator. */
    public List<ReportStatusRow> rows(int year, Officer by) {
        if (!by.isCountyAdmin()) {
            throw new ForbiddenException("statistics.forbidden.county");
        }
        return rows(year);
    }

    /** Every agency's report on {@code year} (the ranking reads it without an officer). */
    List<ReportStatusRow> rows(int year) {
        ReportStatusSource source = sources.getIfAvailable(() -> ReportStatusSource.NONE);
        Map<Long, String> statuses = source.statuses(year);
        Map<Long, LocalDate> published = source.publishedOn(year);
        LocalDate today = LocalDate.now(clock.withZone(ClockConfig.ZONE));
        List<ReportStatusRow> rows = new ArrayList<>();
        for (Agency a : agencies.all()) {
            rows.add(row(a, year, statuses.get(a.id()), published.get(a.id()), today));
        }
        return rows;
    }

    static ReportStatusRow row(Agency a, int year, String status, LocalDate publishedOn, LocalDate today) {
        // a status this page does not know still means work exists: show it as a draft, never as "not started"
        String s = status == null ? ReportStatusSource.NOT_STARTED
                : STATUSES.contains(status) ? status : ReportStatusSource.DRAFT;
        LocalDate deadline = deadline(a.kind(), year);
        boolean isPublished = ReportStatusSource.PUBLISHED.equals(s);
        boolean late = isPublished ? publishedOn != null && publishedOn.isAfter(deadline) : today.isAfter(deadline);
        return new ReportStatusRow(a.id(), a.code(), a.name(), a.kind(), year, s, deadline,
                isPublished ? publishedOn : null, late);
    }

    /**
     * The last day to publish the report on {@code year}. 条例第四十九条 gives 县级以上人民政府部门 until
     * 31 January of the next year, and the governments' disclosure offices until 31 March. Townships and
     * sub-districts are neither departments nor 县级以上 governments; their reports go out with the
     * county's (the practice of the 国办 annual-report notices), so they get 31 March like governments.
     */
    public static LocalDate deadline(AgencyKind kind, int year) {
        return kind == AgencyKind.DEPARTMENT ? LocalDate.of(year + 1, 1, 31) : LocalDate.of(year + 1, 3, 31);
    }
}
