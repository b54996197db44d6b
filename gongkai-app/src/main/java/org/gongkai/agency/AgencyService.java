package org.gongkai.agency;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.gongkai.agency.internal.AgencyRepository;
import org.gongkai.core.code.CreditCode;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the county's agencies and creates new ones (county administrators only). */
@Service
public class AgencyService {

    private final AgencyRepository agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AgencyService(AgencyRepository agencies, ApplicationEventPublisher events, Clock clock) {
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    /** Every agency, the county government first, then by kind and sort order. */
    public List<Agency> all() {
        return agencies.findAll();
    }

    public Optional<Agency> byCode(String code) {
        return code == null ? Optional.empty() : agencies.findByCode(code.trim().toUpperCase());
    }

    public Agency requireByCode(String code) {
        return byCode(code).orElseThrow(() -> new NotFoundException("agency.notFound", code));
    }

    public Agency requireById(long id) {
        return agencies.findById(id).orElseThrow(() -> new NotFoundException("agency.notFound", id));
    }

    public Optional<Agency> root() {
        return agencies.findAll().stream().filter(a -> a.parentId() == null).findFirst();
    }

    public List<Agency> children(long parentId) {
        return agencies.findAll().stream().filter(a -> a.parentId() != null && a.parentId() == parentId).toList();
    }

    /**
     * Creates an agency; a new agency starts with the county's catalogue template (via
     * {@link AgencyCreated}, in this transaction). The 统一社会信用代码 must carry a correct GB 32100
     * check character, so a typo is refused instead of creating an unreachable agency.
     */
    @Transactional
    public Agency create(NewAgency cmd, Officer by) {
        if (by != null && !by.isCountyAdmin()) {
            throw new ForbiddenException("error.forbidden.countyAdmin");
        }
        String code = cmd.code() == null ? null : cmd.code().trim().toUpperCase();
        CreditCode.problem(code).ifPresent(p -> {
            throw new BadInputException("code", "agency.code." + p.name());
        });
        if (cmd.name() == null || cmd.name().isBlank()) {
            throw new BadInputException("name", "error.required.named", "name");
        }
        if (cmd.name().strip().length() > 100) {
            throw new BadInputException("name", "error.tooLong", 100);
        }
        if (cmd.kind() == null) {
            throw new BadInputException("kind", "agency.kind.invalid");
        }
        Long parentId = null;
        if (cmd.parentCode() != null && !cmd.parentCode().isBlank()) {
            parentId = byCode(cmd.parentCode()).map(Agency::id)
                    .orElseThrow(() -> new BadInputException("parent", "agency.parent.notFound", cmd.parentCode()));
        } else if (cmd.kind() != AgencyKind.GOVERNMENT || root().isPresent()) {
            throw new BadInputException("parent", "agency.parent.required");
        }
        if (byCode(code).isPresent()) {
            throw new ConflictException("agency.code.taken", code);
        }
        if (agencies.existsByName(cmd.name().strip())) {
            throw new ConflictException("agency.name.taken", cmd.name().strip());
        }
        long id = agencies.insert(code, cmd, parentId, clock.instant());
        events.publishEvent(new AgencyCreated(id, code));
        return requireById(id);
    }

    /** Updates the 公开指南 facts of an agency (its administrator or the county). */
    @Transactional
    public Agency updateGuide(long agencyId, NewAgency facts, Officer by) {
        if (!by.canManagePeopleOf(agencyId)) {
            throw new ForbiddenException("error.forbidden");
        }
        requireById(agencyId);
        agencies.updateGuide(agencyId, facts, clock.instant());
        Agency updated = requireById(agencyId);
        events.publishEvent(new AgencyUpdated(agencyId, updated.code()));
        return updated;
    }
}
