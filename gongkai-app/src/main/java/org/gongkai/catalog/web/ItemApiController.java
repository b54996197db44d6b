package org.gongkai.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.CategoryNode;
import org.gongkai.catalog.CategoryService;
import org.gongkai.catalog.HistoryEntry;
import org.gongkai.catalog.Item;
import org.gongkai.catalog.ItemDraft;
import org.gongkai.catalog.ItemService;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.catalog.Transition;
import org.gongkai.core.review.Action;
import org.gongkai.agency.AgencyService;
import org.gongkai.platform.BadInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The items API, used e.g. by an office automation system pushing approved documents. Same rules
 * and roles as the back office: both call {@link ItemService}.
 */
@RestController
@Tag(name = "信息", description = "Items of the disclosure catalogue and their review chain")
class ItemApiController {

    /** Fields of an item as JSON; dates as yyyy-MM-dd. */
    record ItemRequest(String agency, String category, String title, String body, String docNo, String writtenOn,
                       String topic, String genre, String kind, Boolean normative, String validFrom, String validUntil,
                       String disclosureMethod, String disclosureScope, String summary, Long interpretsId,
                       Integer version) {
    }

    /** A step; for publish, {@code proofOverrideReason} lets the signer publish despite BLOCK proofreading findings. */
    record TransitionRequest(String action, String opinion, String noInterpretationReason, String effectiveOn,
                             String replacedByIndexNo, String proofOverrideReason) {
    }

    record CategoryView(String code, String name, String description, boolean placeholder, long published,
                        List<CategoryView> children) {
        static CategoryView of(CategoryNode n) {
            return new CategoryView(n.category().code(), n.category().name(), n.category().description(),
                    n.category().placeholder(), n.publishedCount(), n.children().stream().map(CategoryView::of).toList());
        }
    }

    private final ItemService items;
    private final PublicCatalog catalog;
    private final AgencyService agencies;

    ItemApiController(ItemService items, PublicCatalog catalog, AgencyService agencies, CategoryService categories) {
        this.items = items;
        this.catalog = catalog;
        this.agencies = agencies;
    }

    @GetMapping("/api/v1/agencies/{code}/categories")
    @Operation(summary = "机构的公开目录（栏目树，含已发布信息数；公开）")
    List<CategoryView> categories(@PathVariable String code) {
        return catalog.tree(agencies.requireByCode(code).id()).stream().map(CategoryView::of).toList();
    }

    @PostMapping("/api/v1/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建信息草稿（信息发布员）；自动生成索引号")
    ItemView create(@RequestBody ItemRequest r, Officer officer) {
        if (r == null) {
            throw new BadInputException("title", "error.unreadable");
        }
        return ItemView.of(items.create(r.agency(), draft(r), officer));
    }

    @PutMapping("/api/v1/items/{id}")
    @Operation(summary = "修改草稿（仅草稿或已撤回状态）；可带 version 防止覆盖他人的修改")
    ItemView update(@PathVariable long id, @RequestBody ItemRequest r, Officer officer) {
        if (r == null) {
            throw new BadInputException("title", "error.unreadable");
        }
        return ItemView.of(items.update(id, draft(r), r.version(), officer));
    }

    @GetMapping("/api/v1/items/{id}")
    @Operation(summary = "读取信息（本机构；县级管理员可读全部）")
    ItemView get(@PathVariable long id, Officer officer) {
        return ItemView.of(items.get(id, officer));
    }

    @GetMapping("/api/v1/items/{id}/history")
    @Operation(summary = "信息的全部操作记录")
    List<HistoryEntry> history(@PathVariable long id, Officer officer) {
        return items.history(id, officer);
    }

    @PostMapping("/api/v1/items/{id}/transitions")
    @Operation(summary = "审核流程操作：submit | approve | reject | publish | withdraw | abolish | amend | expire")
    ItemView transition(@PathVariable long id, @RequestBody TransitionRequest r, Officer officer) {
        if (r == null || r.action() == null || r.action().isBlank()) {
            throw new BadInputException("action", "error.required.named", "action");
        }
        Action action;
        try {
            action = Action.valueOf(r.action().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("action", "item.action.unknown", r.action());
        }
        return ItemView.of(items.transition(id, new Transition(action, r.opinion(), r.noInterpretationReason(),
                date("effectiveOn", r.effectiveOn()), r.replacedByIndexNo(), r.proofOverrideReason()), officer));
    }

    static ItemDraft draft(ItemRequest r) {
        boolean normative = Boolean.TRUE.equals(r.normative()) || "NORMATIVE".equalsIgnoreCase(r.kind())
                || "行政规范性文件".equals(r.kind());
        return new ItemDraft(r.category(), r.title(), r.docNo(), date("writtenOn", r.writtenOn()), r.topic(), r.genre(),
                normative, date("validFrom", r.validFrom()), date("validUntil", r.validUntil()), r.disclosureMethod(),
                r.disclosureScope(), r.summary(), r.body(), r.interpretsId());
    }

    /** Dates are read the same way as in the back-office form. */
    static LocalDate date(String field, String value) {
        return ItemForm.date(field, value);
    }

    /** The JSON form of an item. */
    record ItemView(long id, String indexNo, String status, String agency, String agencyName, String category,
                    String categoryName, String title, String docNo, LocalDate writtenOn, LocalDate publishedOn,
                    String topic, String genre, boolean normative, String validity, LocalDate validityChangedOn,
                    LocalDate validFrom, LocalDate validUntil, String replacedBy, String disclosureMethod,
                    String disclosureScope, String summary, String body, Long interpretsId, List<Long> interpretations,
                    List<String> attachments, String url, int version) {
        static ItemView of(Item i) {
            return new ItemView(i.id(), i.indexNo(), i.status().name(), i.agencyCode(), i.agencyName(), i.categoryCode(),
                    i.categoryName(), i.title(), i.docNo(), i.writtenOn(), i.publishedOn(), i.topic(), i.genre(),
                    i.normative(), i.validity().name(), i.validityChangedOn(), i.validFrom(), i.validUntil(),
                    i.replacedBy() == null ? null : i.replacedBy().indexNo(), i.disclosureMethod(), i.disclosureScope(),
                    i.summary(), i.bodyHtml(), i.interpretsId(),
                    i.interpretations().stream().map(s -> s.id()).toList(),
                    i.attachments().stream().map(a -> a.fileName()).toList(), "/items/" + i.id(), i.version());
        }
    }
}
