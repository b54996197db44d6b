package org.gongkai.catalog;

import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.agency.AgencyCreated;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.internal.CategoryRepository;
import org.gongkai.core.review.Role;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.ForbiddenException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue: the county template and each agency's copy of it, which the agency may extend
 * with its own categories (条例 第十二条: each agency keeps its 公开目录 up to date).
 */
@Service
public class CategoryService {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,39}$");
    private final CategoryRepository categories;
    private final AgencyService agencies;

    public CategoryService(CategoryRepository categories, AgencyService agencies) {
        this.categories = categories;
        this.agencies = agencies;
    }

    public List<Category> of(String agencyCode) {
        return categories.forAgency(agencies.requireByCode(agencyCode).id());
    }

    /** A new agency starts with the county's template, in the transaction that creates it. */
    @EventListener
    void on(AgencyCreated created) {
        categories.copyTemplate(created.agencyId());
    }

    @Transactional
    public Category add(String agencyCode, String code, String name, String parentCode, Officer by) {
        long agencyId = agencies.requireByCode(agencyCode).id();
        if (!by.isCountyAdmin() && !(by.agencyId() == agencyId && by.has(Role.AGENCY_ADMIN))) {
            throw new ForbiddenException("error.forbidden");
        }
        String c = code == null ? "" : code.strip().toUpperCase();
        if (!CODE.matcher(c).matches()) {
            throw new BadInputException("code", "category.code.invalid");
        }
        if (name == null || name.isBlank() || name.strip().length() > 60) {
            throw new BadInputException("name", "category.name.invalid");
        }
        if (categories.find(agencyId, c).isPresent()) {
            throw new ConflictException("category.code.taken", c);
        }
        String parent = parentCode == null || parentCode.isBlank() ? null : parentCode.strip();
        if (parent != null && categories.find(agencyId, parent).filter(p -> p.parentCode() == null).isEmpty()) {
            throw new BadInputException("parent", "category.parent.notFound", parent);
        }
        int sort = categories.forAgency(agencyId).stream().mapToInt(Category::sortOrder).max().orElse(0) + 10;
        categories.insert(agencyId, c, name.strip(), parent, sort, null);
        return categories.find(agencyId, c).orElseThrow();
    }
}
