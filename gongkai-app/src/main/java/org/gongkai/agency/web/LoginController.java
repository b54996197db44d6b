package org.gongkai.agency.web;

import org.gongkai.agency.Officer;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page of the back office. Spring Security handles the POST and redirects failures
 * here with {@code ?error} or {@code ?locked} (too many failures); this page only says which.
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                 @Nullable Officer officer, Model model) {
        if (officer != null && error == null && locked == null) {
            return "redirect:/admin";
        }
        model.addAttribute("failed", error != null);
        model.addAttribute("locked", locked != null);
        return "login";
    }
}
