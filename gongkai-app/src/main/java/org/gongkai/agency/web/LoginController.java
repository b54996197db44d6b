package org.gongkai.agency.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.agency.Officer;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page of the back office. Spring Security handles the POST and redirects failures
 * here with {@code ?error} or {@code ?locked} (too many failures); this page only says which.
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpServletRequest request, @Nullable Officer officer, Model model) {
        // "?error" carries no value, so ask whether the parameter is present at all
        boolean failed = request.getParameterMap().containsKey("error");
        boolean locked = request.getParameterMap().containsKey("locked");
        if (officer != null && !failed && !locked) {
            return "redirect:/admin";
        }
        model.addAttribute("failed", failed);
        model.addAttribute("locked", locked);
        return "login";
    }
}
