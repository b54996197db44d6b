package org.gongkai.portal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;
import org.gongkai.agency.AgencyService;
import org.springframework.stereotype.Component;

/**
 * Who publishes on this site: the county government at the root and every agency grouped the way
 * county portals list them (县政府, 县政府部门, 乡镇, 街道). The site's name comes from the root
 * agency, so the same build serves any county.
 */
@Component
public class CountyDirectory {

    private static final String GOVERNMENT_SUFFIX = "人民政府";
    private final AgencyService agencies;

    public CountyDirectory(AgencyService agencies) {
        this.agencies = agencies;
    }

    /** The county government, if the county has been set up. */
    public Optional<Agency> root() {
        return agencies.root();
    }

    /** "青山县" for "青山县人民政府": the name people use for the county itself. */
    public String countyName() {
        return root().map(r -> countyName(r.name())).orElse("");
    }

    static String countyName(String governmentName) {
        String n = governmentName == null ? "" : governmentName.strip();
        return n.endsWith(GOVERNMENT_SUFFIX) && n.length() > GOVERNMENT_SUFFIX.length()
                ? n.substring(0, n.length() - GOVERNMENT_SUFFIX.length()) : n;
    }

    /** Every agency by kind, in the kind order and, within a kind, in the county's sort order. Empty kinds are left out. */
    public Map<AgencyKind, List<Agency>> byKind() {
        Map<AgencyKind, List<Agency>> groups = new EnumMap<>(AgencyKind.class);
        for (Agency a : agencies.all()) {
            groups.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(a);
        }
        Map<AgencyKind, List<Agency>> ordered = new LinkedHashMap<>();
        for (AgencyKind kind : AgencyKind.values()) {
            List<Agency> list = groups.get(kind);
            if (list != null) {
                ordered.put(kind, List.copyOf(list));
            }
        }
        return ordered;
    }

    public Agency require(String code) {
        return agencies.requireByCode(code);
    }

    public List<Agency> all() {
        return agencies.all();
    }

    public Optional<Agency> byCode(String code) {
        return agencies.byCode(code);
    }
}
