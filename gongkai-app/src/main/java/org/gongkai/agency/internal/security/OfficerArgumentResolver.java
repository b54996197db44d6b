package org.gongkai.agency.internal.security;

import java.util.List;
import org.gongkai.agency.Officer;
import org.gongkai.platform.ForbiddenException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets any controller take the signed-in {@link Officer} as a parameter without knowing how sign-in
 * works. A parameter of type Officer is null only when nobody is signed in.
 */
@Configuration(proxyBeanMethods = false)
class OfficerArgumentResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Officer.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof OfficerPrincipal p) {
            return p.officer();
        }
        if (parameter.isOptional() || parameter.hasParameterAnnotation(org.springframework.lang.Nullable.class)) {
            return null;
        }
        throw new ForbiddenException("error.unauthorized");
    }
}
