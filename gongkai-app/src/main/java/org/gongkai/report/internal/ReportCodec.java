package org.gongkai.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.report.ApplicantColumn;
import org.gongkai.core.report.ApplicationRow;
import org.gongkai.core.report.ApplicationTable;
import org.gongkai.core.report.ProactiveTable;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.ReviewLitigationTable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables of a submitted report as JSON, frozen with the report: what was published stays what it was,
 * whatever happens to the data afterwards. Counts are stored by the enums' names, table 二 by its labels.
 */
public final class ReportCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportCodec() {
    }

    public record Tables(ReportFormat format, ProactiveTable proactive, ApplicationTable applications,
                         ReviewLitigationTable appeals) {
    }

    public static String write(Tables t) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", t.format().name());
        Map<String, Object> apps = new LinkedHashMap<>();
        for (ApplicationRow row : ApplicationRow.rows(t.format())) {
            if (row == ApplicationRow.TOTAL) {
                continue;
            }
            Map<String, Long> cols = new LinkedHashMap<>();
            for (ApplicantColumn c : ApplicantColumn.values()) {
                cols.put(c.name(), t.applications().get(row, c));
            }
            apps.put(row.name(), cols);
        }
        root.put("applications", apps);
        Map<String, Object> appeals = new LinkedHashMap<>();
        for (ReviewLitigationTable.Kind k : ReviewLitigationTable.Kind.values()) {
            Map<String, Long> results = new LinkedHashMap<>();
            for (ReviewLitigationTable.Result r : ReviewLitigationTable.Result.values()) {
                results.put(r.name(), t.appeals().get(k, r));
            }
            appeals.put(k.name(), results);
        }
        root.put("appeals", appeals);
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (ProactiveTable.Block b : t.proactive().blocks()) {
            for (ProactiveTable.BlockRow r : b.rows()) {
                for (int i = 0; i < r.values().size(); i++) {
                    Object v = r.values().get(i);
                    if (v == null) {
                        continue;
                    }
                    Map<String, Object> cell = new LinkedHashMap<>();
                    cell.put("block", b.caption());
                    cell.put("row", r.label());
                    cell.put("column", b.columns().get(i + 1));
                    cell.put("value", v.toString());
                    cell.put("money", v instanceof BigDecimal);
                    blocks.add(cell);
                }
            }
        }
        root.put("proactive", blocks);
        return JSON.writeValueAsString(root);
    }

    public static Tables read(String json) {
        JsonNode root = JSON.readTree(json);
        ReportFormat format = ReportFormat.valueOf(root.path("format").asString());
        ApplicationTable.Builder apps = ApplicationTable.builder(format);
        for (Map.Entry<String, JsonNode> row : root.path("applications").properties()) {
            for (Map.Entry<String, JsonNode> col : row.getValue().properties()) {
                long n = col.getValue().asLong();
                if (n != 0) {
                    apps.set(ApplicationRow.valueOf(row.getKey()), ApplicantColumn.valueOf(col.getKey()), n);
                }
            }
        }
        ReviewLitigationTable.Builder appeals = ReviewLitigationTable.builder();
        for (Map.Entry<String, JsonNode> k : root.path("appeals").properties()) {
            for (Map.Entry<String, JsonNode> r : k.getValue().properties()) {
                appeals.set(ReviewLitigationTable.Kind.valueOf(k.getKey()), ReviewLitigationTable.Result.valueOf(r.getKey()),
                        r.getValue().asLong());
            }
        }
        ProactiveTable.Builder proactive = ProactiveTable.builder(format);
        for (JsonNode cell : root.path("proactive")) {
            String v = cell.path("value").asString();
            if (cell.path("money").asBoolean()) {
                proactive.set(cell.path("block").asString(), cell.path("row").asString(), cell.path("column").asString(),
                        new BigDecimal(v));
            } else {
                proactive.set(cell.path("block").asString(), cell.path("row").asString(), cell.path("column").asString(),
                        Long.parseLong(v));
            }
        }
        return new Tables(format, proactive.build(), apps.build(), appeals.build());
    }
}
