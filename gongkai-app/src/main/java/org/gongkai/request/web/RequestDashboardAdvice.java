package org.gongkai.request.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.gongkai.agency.Officer;
import org.gongkai.core.review.Role;
import org.gongkai.request.RequestContacts;
import org.gongkai.request.RequestService;
import org.gongkai.request.RequestSummary;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the requests that need attention on the 工作台 (/admin), which the catalogue module renders:
 * for a request officer, the agency's overdue, due-soon and unconfirmed requests; for the county
 * supervisor, the county's totals and the agencies with overdue requests. Contributed through the
 * model rather than by the dashboard calling this module, so the catalogue does not depend on it.
 */
@ControllerAdvice
class RequestDashboardAdvice {

    /** What the dashboard shows; {@code agencies} only for the county supervisor. */
    record Panel(List<RequestSummary> attention, long overdue, long dueSoon, long unconfirmed,
                 List<RequestService.AgencyLoad> agencies) {
    }

    private final RequestService requests;
    private final RequestContacts contacts;

    RequestDashboardAdvice(RequestService requests, RequestContacts contacts) {
        this.requests = requests;
        this.contacts = contacts;
    }

    @ModelAttribute("requestPanel")
    @Nullable
    Panel panel(@Nullable Officer officer, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (officer == null || !path.equals("/admin")) {
            return null;
        }
        if (officer.isCountyAdmin()) {
            List<RequestService.AgencyLoad> load = requests.overview(officer);
            return new Panel(List.of(), load.stream().mapToLong(RequestService.AgencyLoad::overdue).sum(),
                    load.stream().mapToLong(RequestService.AgencyLoad::dueSoon).sum(),
                    load.stream().mapToLong(RequestService.AgencyLoad::unconfirmed).sum(),
                    load.stream().filter(l -> l.overdue() > 0 || l.dueSoon() > 0).limit(10).toList());
        }
        if (!officer.has(Role.REQUEST_OFFICER)) {
            return null;
        }
        List<RequestSummary> attention = contacts.needingAttention(officer.agencyId());
        return new Panel(attention.stream().limit(10).toList(), attention.stream().filter(RequestSummary::overdue).count(),
                attention.stream().filter(RequestSummary::dueSoon).count(),
                attention.stream().filter(s -> "SUBMITTED".equals(s.status())).count(), List.of());
    }
}
