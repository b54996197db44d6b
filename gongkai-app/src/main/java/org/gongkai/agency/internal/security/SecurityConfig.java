package org.gongkai.agency.internal.security;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.gongkai.agency.internal.UserRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two chains: the JSON API (stateless, bearer tokens, no CSRF because no cookies are used) and the
 * site (session sign-in with a form, CSRF on every form). Public pages need no sign-in; everything
 * under /admin does. Agency isolation is not decided here but in the services, so the API and the
 * pages cannot drift apart.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the {id} prefix so the algorithm can be changed later without a reset
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService details, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(details);
        dao.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, UserRepository users, MessageSource messages) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(tokens, users), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/agencies", "/api/v1/agencies/*/categories",
                                "/api/v1/search", "/api/v1/public/**", "/api/v1/fees/**", "/api/v1/reports/**").permitAll()
                        // the holiday schedules and working-day counts are public facts; changing them is not
                        .requestMatchers(HttpMethod.GET, "/api/v1/calendar", "/api/v1/calendar/**").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> json(res, 401, text(messages, "error.unauthorized")))
                        .accessDeniedHandler((req, res, ex) -> json(res, 403, text(messages, "error.forbidden"))));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain site(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        // the form login must use the throttled manager too; otherwise Spring Security builds its own
        // DaoAuthenticationProvider from the UserDetailsService and password guessing is not slowed down
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/admin/**").authenticated()
                        // 依申请公开: anyone may apply and follow a request (CSRF still applies to the forms)
                        .requestMatchers(HttpMethod.GET, "/apply", "/apply/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/apply/**").permitAll()
                        // published annual reports as .docx/.xlsx/.pdf (条例第五十条: open to everyone); named here
                        // so that tightening anyRequest() later cannot lock the public out of them
                        .requestMatchers(HttpMethod.GET, "/reports/**").permitAll()
                        .anyRequest().permitAll())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/admin", false)
                        .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath()
                                + (ex instanceof LockedException ? "/login?locked" : "/login?error"))))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/"))
                .headers(h -> h
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; object-src 'none'; frame-ancestors 'self'; base-uri 'self'")));
        return http.build();
    }

    private static String text(MessageSource messages, String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }

    private static void json(HttpServletResponse res, int status, String message) throws java.io.IOException {
        res.setStatus(status);
        res.setContentType("application/json;charset=UTF-8");
        String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"");
        res.getOutputStream().write(("{\"status\":" + status + ",\"message\":\"" + escaped + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
