package org.gongkai.notification.web;

import org.gongkai.agency.Officer;
import org.gongkai.notification.MailSettings;
import org.gongkai.notification.MailSettingsChange;
import org.gongkai.notification.MailSettingsService;
import org.gongkai.notification.MailTestResult;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.web.UserMessages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 邮件通知设置, for the county administrator: the SMTP server and a test mail. Every rule (who may,
 * what a valid port is) is {@link MailSettingsService}'s; this controller re-shows the form with what
 * was typed (never the password) and the refusal next to its field.
 */
@Controller
class MailAdminController {

    /** The settings form as shown and as typed; the port is text so that any input can be re-shown. */
    record MailForm(boolean enabled, String host, String port, String username, boolean starttls, String fromAddress) {
        static MailForm of(MailSettings s) {
            return new MailForm(s.enabled(), s.host(), Integer.toString(s.port()), s.username(), s.starttls(),
                    s.fromAddress());
        }
    }

    private final MailSettingsService settings;
    private final UserMessages messages;

    MailAdminController(MailSettingsService settings, UserMessages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/admin/mail")
    String page(Officer officer, Model model) {
        MailSettings current = settings.current(officer);
        fill(model, officer, current, MailForm.of(current), "");
        return "admin/mail";
    }

    @PostMapping("/admin/mail")
    Object save(@RequestParam(defaultValue = "false") boolean enabled, @RequestParam(required = false) String host,
                @RequestParam(required = false) String port, @RequestParam(required = false) String username,
                @RequestParam(required = false) String password,
                @RequestParam(defaultValue = "false") boolean clearPassword,
                @RequestParam(defaultValue = "false") boolean starttls,
                @RequestParam(required = false) String fromAddress, Officer officer, Model model,
                RedirectAttributes redirect) {
        MailSettings current = settings.current(officer); // refuses anyone but the county administrator first
        try {
            settings.save(new MailSettingsChange(enabled, host, port, username, password, clearPassword, starttls,
                    fromAddress), officer);
            redirect.addFlashAttribute("notice", messages.text("admin.mail.saved"));
            return "redirect:/admin/mail";
        } catch (BadInputException e) {
            model.addAttribute("problem", messages.problem(e));
            model.addAttribute("failedForm", "settings");
            fill(model, officer, current, new MailForm(enabled, host, port, username, starttls, fromAddress), "");
            return new ModelAndView("admin/mail", model.asMap(), HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping("/admin/mail/test")
    Object test(@RequestParam(required = false) String testTo, Officer officer, Model model,
                RedirectAttributes redirect) {
        MailSettings current = settings.current(officer);
        try {
            MailTestResult r = settings.sendTest(testTo, officer);
            if (r.sent()) {
                redirect.addFlashAttribute("notice", messages.text("admin.mail.test.sent", testTo.strip()));
            } else {
                redirect.addFlashAttribute("testFailure", messages.text("admin.mail.test.failed", r.problem()));
                redirect.addFlashAttribute("testTo", testTo.strip());
            }
            return "redirect:/admin/mail";
        } catch (BadInputException e) {
            model.addAttribute("problem", messages.problem(e));
            model.addAttribute("failedForm", "test");
            fill(model, officer, current, MailForm.of(current), testTo);
            return new ModelAndView("admin/mail", model.asMap(), HttpStatus.BAD_REQUEST);
        }
    }

    private void fill(Model model, Officer officer, MailSettings current, MailForm form, String testTo) {
        model.addAttribute("settings", current);
        model.addAttribute("form", form);
        if (!model.containsAttribute("testTo")) {
            model.addAttribute("testTo", testTo == null ? "" : testTo);
        }
        model.addAttribute("log", settings.recentLog(officer));
    }
}
