package org.gongkai.agency.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.NewAgency;
import org.gongkai.agency.Officer;
import org.gongkai.platform.BadInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "机构", description = "The county's agencies")
class AgencyApiController {

    record AgencyView(String code, String name, String kind, String parent) {
        static AgencyView of(Agency a) {
            return new AgencyView(a.code(), a.name(), a.kind().name(), a.parentCode());
        }
    }

    record AgencyRequest(String code, String name, String shortName, String kind, String parent, String address,
                         String officeHours, String phone, String fax, String email, String postcode) {
    }

    private final AgencyService agencies;

    AgencyApiController(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GetMapping("/api/v1/agencies")
    @Operation(summary = "全部机构（公开）")
    List<AgencyView> list() {
        return agencies.all().stream().map(AgencyView::of).toList();
    }

    @PostMapping("/api/v1/agencies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建机构（县级管理员）；新机构自动获得县级公开目录模板")
    AgencyView create(@RequestBody AgencyRequest r, Officer officer) {
        if (r == null) {
            throw new BadInputException("code", "error.unreadable");
        }
        AgencyKind kind;
        try {
            kind = r.kind() == null ? null : AgencyKind.valueOf(r.kind().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("kind", "agency.kind.invalid");
        }
        if (kind == null) {
            throw new BadInputException("kind", "agency.kind.invalid");
        }
        Agency a = agencies.create(new NewAgency(r.code(), r.name(), r.shortName(), kind, r.parent(), r.address(),
                r.officeHours(), r.phone(), r.fax(), r.email(), r.postcode(), null), officer);
        return AgencyView.of(a);
    }
}
