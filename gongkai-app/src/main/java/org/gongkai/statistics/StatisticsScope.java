package org.gongkai.statistics;

/**
 * Whose numbers a page shows: one agency, or the whole county ({@link #county()}, agency null). Who
 * may see which scope is decided once, in {@link StatisticsService#scope}.
 */
public record StatisticsScope(Long agencyId, String agencyCode, String agencyName) {

    public static StatisticsScope county() {
        return new StatisticsScope(null, null, null);
    }

    public boolean isCounty() {
        return agencyId == null;
    }
}
