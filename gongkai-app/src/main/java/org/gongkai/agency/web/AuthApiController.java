package org.gongkai.agency.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.gongkai.agency.internal.security.ApiTokens;
import org.gongkai.agency.internal.security.OfficerPrincipal;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.GongkaiException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "认证", description = "Sign in to get a bearer token for the other calls")
class AuthApiController {

    record Credentials(String username, String password) {
    }

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;

    AuthApiController(AuthenticationManager authentication, ApiTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/auth/token")
    @Operation(summary = "用户名和密码换取访问令牌 (Authorization: Bearer <token>)")
    Map<String, Object> token(@RequestBody Credentials c) {
        if (c == null || c.username() == null || c.username().isBlank()) {
            throw new BadInputException("username", "error.required.named", "username");
        }
        if (c.password() == null || c.password().isEmpty()) {
            throw new BadInputException("password", "error.required.named", "password");
        }
        try {
            var auth = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(c.username(), c.password()));
            OfficerPrincipal p = (OfficerPrincipal) auth.getPrincipal();
            return Map.of("token", tokens.issue(p.officer().id()), "expiresIn", tokens.expiresInSeconds(),
                    "username", p.officer().username());
        } catch (LockedException e) {
            throw new Unauthorized("login.locked");
        } catch (AuthenticationException e) {
            throw new Unauthorized("login.failed");
        }
    }

    /** 401 with the sign-in message. */
    static class Unauthorized extends GongkaiException {
        Unauthorized(String key) {
            super(key);
        }

        @Override
        public int status() {
            return 401;
        }
    }
}
