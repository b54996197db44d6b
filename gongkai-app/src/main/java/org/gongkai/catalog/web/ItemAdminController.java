package org.gongkai.catalog.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.AttachmentInfo;
import org.gongkai.catalog.Category;
import org.gongkai.catalog.CategoryService;
import org.gongkai.catalog.HistoryEntry;
import org.gongkai.catalog.Item;
import org.gongkai.catalog.ItemService;
import org.gongkai.catalog.ItemSummary;
import org.gongkai.catalog.Transition;
import org.gongkai.core.review.Action;
import org.gongkai.core.review.ItemStatus;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.GongkaiException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.Page;
import org.gongkai.platform.web.FormProblem;
import org.gongkai.platform.web.UserMessages;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 信息管理 in the back office: the list, the draft form, the item page with its review actions and
 * history, attachments and the 信息发布审批单. Every rule lives in {@link ItemService} (which also
 * serves the API); a refusal is caught only to show it on the page the officer was using, with what
 * they typed kept, and the response carries the refusal's status code. "Not found" (another
 * agency's item) is never caught, so it always ends on the plain 404 page.
 */
@Controller
@RequestMapping("/admin/items")
class ItemAdminController {

    static final int PAGE_SIZE = 20;

    /** A review-chain request as typed on the item page. */
    record TransitionForm(String action, String opinion, String noInterpretationReason, String effectiveOn,
                          String replacedByIndexNo, String proofOverrideReason) {
        static TransitionForm empty() {
            return new TransitionForm(null, "", "", "", "", "");
        }
    }

    private final ItemService items;
    private final CategoryService categories;
    private final AgencyService agencies;
    private final UserMessages messages;

    ItemAdminController(ItemService items, CategoryService categories, AgencyService agencies, UserMessages messages) {
        this.items = items;
        this.categories = categories;
        this.agencies = agencies;
        this.messages = messages;
    }

    // ------------------------------------------------------------------ list

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String agency, @RequestParam(required = false) Integer page,
                Officer officer, Model model) {
        ItemStatus st = parseStatus(status);
        String agencyFilter = officer.isCountyAdmin() && agency != null && !agency.isBlank() ? agency.strip() : null;
        Page<ItemSummary> result = items.list(officer, agencyFilter, st, q, Page.clampPage(page), PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("status", st == null ? "" : st.name());
        model.addAttribute("agency", agencyFilter == null ? "" : agencyFilter);
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("agencies", officer.isCountyAdmin() ? agencies.all() : List.of());
        return "admin/items";
    }

    // ------------------------------------------------------------------ create and edit

    @GetMapping("/new")
    String newItem(@RequestParam(required = false) String agency, Officer officer, Model model) {
        Agency a = agencyForNew(agency, officer);
        formPage(model, officer, a, ItemForm.blank(a.code()), null);
        return "admin/item-form";
    }

    @PostMapping
    Object create(ItemForm form, Officer officer, Model model, RedirectAttributes redirect) {
        Agency a = agencyForNew(form.agency(), officer);
        try {
            Item created = items.create(a.code(), form.toDraft(), officer);
            redirect.addFlashAttribute("notice", messages.text("admin.item.created", created.indexNo()));
            return "redirect:/admin/items/" + created.id();
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            model.addAttribute("problem", messages.problem(e));
            formPage(model, officer, a, form, null);
            return new ModelAndView("admin/item-form", model.asMap(), HttpStatus.valueOf(e.status()));
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Officer officer, Model model) {
        Item item = items.get(id, officer);
        if (!item.status().isEditable()) {
            throw new ConflictException("workflow.NOT_ALLOWED_IN_STATUS", "status." + item.status().name());
        }
        formPage(model, officer, agencies.requireById(item.agencyId()), ItemForm.of(item), item);
        return "admin/item-form";
    }

    @PostMapping("/{id}/edit")
    Object update(@PathVariable long id, ItemForm form, Officer officer, Model model, RedirectAttributes redirect) {
        Item item = items.get(id, officer);
        try {
            items.update(id, form.toDraft(), form.versionNumber(), officer);
            redirect.addFlashAttribute("notice", messages.text("admin.item.saved"));
            return "redirect:/admin/items/" + id;
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            model.addAttribute("problem", messages.problem(e));
            formPage(model, officer, agencies.requireById(item.agencyId()), form, item);
            return new ModelAndView("admin/item-form", model.asMap(), HttpStatus.valueOf(e.status()));
        }
    }

    // ------------------------------------------------------------------ item page and review chain

    @GetMapping("/{id}")
    String view(@PathVariable long id, Officer officer, Model model) {
        itemPage(model, officer, items.get(id, officer), TransitionForm.empty());
        return "admin/item";
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, Officer officer, Model model) {
        model.addAttribute("item", items.get(id, officer));
        model.addAttribute("history", items.history(id, officer));
        return "admin/item-history";
    }

    @PostMapping("/{id}/transition")
    Object transition(@PathVariable long id, TransitionForm form, Officer officer, Model model,
                      RedirectAttributes redirect) {
        Item item = items.get(id, officer);
        try {
            Action action = parseAction(form.action());
            items.transition(id, new Transition(action, form.opinion(), form.noInterpretationReason(),
                    ItemForm.date("effectiveOn", form.effectiveOn()), form.replacedByIndexNo(),
                    form.proofOverrideReason()), officer);
            redirect.addFlashAttribute("notice", messages.text("admin.item.done." + action.name()));
            return "redirect:/admin/items/" + id;
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            return refused(model, officer, item, form, e);
        }
    }

    @GetMapping("/{id}/approval-sheet")
    String approvalSheet(@PathVariable long id, Officer officer, Model model) {
        Item item = items.get(id, officer);
        List<HistoryEntry> history = items.history(id, officer);
        model.addAttribute("item", item);
        model.addAttribute("sheet", ApprovalSheet.of(history));
        model.addAttribute("drafter", history.stream().filter(h -> h.action() == Action.CREATE).findFirst().orElse(null));
        return "admin/approval-sheet";
    }

    // ------------------------------------------------------------------ attachments

    @PostMapping("/{id}/attachments")
    Object upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Officer officer, Model model,
                  RedirectAttributes redirect) {
        Item item = items.get(id, officer);
        try {
            if (file == null || file.isEmpty()) {
                throw new BadInputException("file", "attachment.empty");
            }
            AttachmentInfo a = items.addAttachment(id, file.getOriginalFilename(), bytes(file), officer);
            redirect.addFlashAttribute("notice", messages.text("admin.attachment.added", a.fileName()));
            return "redirect:/admin/items/" + id + "#attachments";
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            return refused(model, officer, item, new TransitionForm("UPLOAD", "", "", "", "", ""), e);
        }
    }

    @PostMapping("/{id}/attachments/{attachmentId}/delete")
    Object removeAttachment(@PathVariable long id, @PathVariable long attachmentId, Officer officer, Model model,
                            RedirectAttributes redirect) {
        Item item = items.get(id, officer);
        try {
            items.removeAttachment(id, attachmentId, officer);
            redirect.addFlashAttribute("notice", messages.text("admin.attachment.removed"));
            return "redirect:/admin/items/" + id + "#attachments";
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            return refused(model, officer, item, new TransitionForm("UPLOAD", "", "", "", "", ""), e);
        }
    }

    /** Back-office download: also drafts' attachments, for the reviewers to read before they sign. */
    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId, Officer officer) {
        AttachmentInfo a = items.attachment(id, attachmentId, officer)
                .orElseThrow(() -> new NotFoundException("attachment.notFound"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.mediaType()))
                .contentLength(a.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new FileSystemResource(items.attachmentPath(a)));
    }

    // ------------------------------------------------------------------ helpers

    private ModelAndView refused(Model model, Officer officer, Item item, TransitionForm form, GongkaiException e) {
        model.addAttribute("problem", messages.problem(e));
        itemPage(model, officer, items.get(item.id(), officer), form);
        return new ModelAndView("admin/item", model.asMap(), HttpStatus.valueOf(e.status()));
    }

    private void itemPage(Model model, Officer officer, Item item, TransitionForm entered) {
        Set<String> offered = ItemPageSupport.offered(officer, item).stream().map(Enum::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        model.addAttribute("item", item);
        model.addAttribute("history", items.history(item.id(), officer));
        model.addAttribute("offered", offered);
        model.addAttribute("needsReason", ItemPageSupport.needsInterpretationReason(item));
        model.addAttribute("entered", entered);
        String card = cardOf(entered.action(), item.status());
        model.addAttribute("failedCard", card);
        if (card != null && model.getAttribute("problem") instanceof FormProblem p) {
            boolean shown = switch (card) {
                case "upload" -> offered.contains("EDIT");
                case "validity" -> offered.contains("ABOLISH");
                default -> offered.contains(entered.action().strip().toUpperCase(Locale.ROOT));
            };
            model.addAttribute("problemAnchor", !shown ? "#actions"
                    : p.field() != null && !p.field().equals("action") ? "#" + card + "-" + p.field() : "#act-" + card);
        }
    }

    /** The form on the item page that a request came from, so its message and typed values go back there. */
    static String cardOf(String action, ItemStatus status) {
        if (action == null) {
            return null;
        }
        return switch (action.strip().toUpperCase(Locale.ROOT)) {
            case "SUBMIT" -> "submit";
            case "APPROVE" -> "review";
            case "REJECT" -> status == ItemStatus.AWAITING_SIGN_OFF ? "sign" : "review";
            case "PUBLISH" -> "sign";
            case "WITHDRAW" -> "withdraw";
            case "ABOLISH", "AMEND", "EXPIRE" -> "validity";
            case "UPLOAD" -> "upload";
            default -> null;
        };
    }

    private void formPage(Model model, Officer officer, Agency agency, ItemForm form, Item existing) {
        List<Category> cats = categories.of(agency.code()).stream().filter(c -> !c.placeholder()).toList();
        List<ItemSummary> recent = items.list(officer, agency.code(), null, null, 1, 300).content();
        List<ItemSummary> policies = new ArrayList<>(ItemPageSupport.policyDocuments(recent,
                existing == null ? null : existing.id()));
        if (existing != null && existing.interprets() != null
                && policies.stream().noneMatch(p -> p.id() == existing.interprets().id())) {
            policies.add(0, existing.interprets());
        }
        model.addAttribute("form", form);
        model.addAttribute("item", existing);
        model.addAttribute("agency", agency);
        model.addAttribute("categories", cats);
        model.addAttribute("policies", policies);
        model.addAttribute("agencies", officer.isCountyAdmin() && existing == null ? agencies.all() : List.of());
        model.addAttribute("methods", options("admin.item.method.options", form.disclosureMethod()));
        model.addAttribute("scopes", options("admin.item.scope.options", form.disclosureScope()));
    }

    /** The configured choices, plus the item's current value if it is not among them (imported data). */
    private List<String> options(String key, String current) {
        List<String> list = new ArrayList<>(List.of(messages.text(key).split(",")));
        if (current != null && !current.isBlank() && !list.contains(current.strip())) {
            list.add(current.strip());
        }
        return list;
    }

    /** The agency a new item is for: one's own; the county administrator may choose any. */
    private Agency agencyForNew(String code, Officer officer) {
        if (code == null || code.isBlank() || !officer.isCountyAdmin()) {
            return agencies.requireById(officer.agencyId());
        }
        return agencies.byCode(code).orElseThrow(() -> new NotFoundException("agency.notFound", code));
    }

    private static ItemStatus parseStatus(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return ItemStatus.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Action parseAction(String s) {
        try {
            Action a = Action.valueOf(s == null ? "" : s.strip().toUpperCase(Locale.ROOT));
            if (a == Action.CREATE || a == Action.EDIT) {
                throw new IllegalArgumentException();
            }
            return a;
        } catch (IllegalArgumentException e) {
            throw new BadInputException("action", "item.action.unknown", s == null ? "" : s);
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
