package org.gongkai.portal.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the portal's caching: the Cache-Control interceptor and the ETag filter. */
@Configuration(proxyBeanMethods = false)
class PortalWebConfig implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PublicCaching());
    }

    /**
     * Outside Spring Security's chain, so the ETag is computed over the final page and a 304 still
     * carries the security headers written inside it.
     */
    @Bean
    FilterRegistrationBean<PublicEtagFilter> publicEtagFilter() {
        FilterRegistrationBean<PublicEtagFilter> registration = new FilterRegistrationBean<>(new PublicEtagFilter());
        registration.setName("publicEtagFilter");
        registration.addUrlPatterns("/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    @Bean
    RenderedPageCache renderedPageCache() {
        return new RenderedPageCache();
    }

    @Bean
    RenderedPageCache.Invalidation renderedPageCacheInvalidation(RenderedPageCache cache) {
        return new RenderedPageCache.Invalidation(cache);
    }

    /** Outermost of the portal's filters: a hit is answered before security, ETag and rendering run. */
    @Bean
    FilterRegistrationBean<RenderedPageCache> renderedPageCacheFilter(RenderedPageCache cache) {
        FilterRegistrationBean<RenderedPageCache> registration = new FilterRegistrationBean<>(cache);
        registration.setName("renderedPageCache");
        registration.addUrlPatterns("/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
        return registration;
    }
}
