package org.gongkai.report.web;

import java.nio.charset.StandardCharsets;
import org.gongkai.agency.Officer;
import org.gongkai.platform.NotFoundException;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.AnnualReportService;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of the annual report as .docx, .xlsx and .pdf. Officers download any state of their own agency's
 * report (the county administrator any agency's) — access is decided by {@link AnnualReportService#report}, not
 * here; the public downloads only what has been published, and a report that is not published does not exist
 * for them (404, never a draft).
 */
@Controller
class ReportExportController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AnnualReportService reports;
    private final ReportExports exports;

    ReportExportController(AnnualReportService reports, ReportExports exports) {
        this.reports = reports;
        this.exports = exports;
    }

    @GetMapping("/admin/reports/{agencyCode}/{year:\\d+}.{format:docx|xlsx|pdf}")
    ResponseEntity<byte[]> officer(@PathVariable String agencyCode, @PathVariable int year, @PathVariable String format,
                                   @RequestParam(required = false) String scope, Officer officer) {
        AnnualReport r = reports.report(agencyCode, year, scope, officer);
        // a draft changes with every saved reply: never let a browser or proxy keep an old copy
        return file(r, format, CacheControl.noStore());
    }

    @GetMapping("/reports/{agencyCode}/{year:\\d+}.{format:docx|xlsx|pdf}")
    ResponseEntity<byte[]> published(@PathVariable String agencyCode, @PathVariable int year,
                                     @PathVariable String format, @RequestParam(required = false) String scope) {
        AnnualReport r = reports.published(agencyCode, year, scope)
                .orElseThrow(() -> new NotFoundException("report.notPublished", String.valueOf(year)));
        // "no-cache", not "public": a published report can be reopened and republished with corrections, so a
        // cache must ask again each time (and the portal's page cache, which keeps only "public" responses,
        // never holds these binaries)
        return file(r, format, CacheControl.noCache());
    }

    private ResponseEntity<byte[]> file(AnnualReport r, String format, CacheControl cache) {
        byte[] body;
        MediaType type;
        switch (format) {
            case "docx" -> {
                body = exports.docx(r);
                type = DOCX;
            }
            case "xlsx" -> {
                body = exports.xlsx(r);
                type = XLSX;
            }
            default -> {
                body = exports.pdf(r);
                type = MediaType.APPLICATION_PDF;
            }
        }
        // RFC 6266 filename*: the Chinese title survives in every current browser; the ASCII fallback
        // Spring adds keeps old clients from failing
        String fileName = r.title() + "." + format;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .cacheControl(cache)
                .contentType(type)
                .body(body);
    }
}
