package id.redaksi.site;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every controller, whichever module's, may take the request's {@link Site} as an argument. */
@Configuration(proxyBeanMethods = false)
class SiteWebConfiguration implements WebMvcConfigurer {

    private final SiteArgumentResolver siteResolver;

    SiteWebConfiguration(SiteArgumentResolver siteResolver) {
        this.siteResolver = siteResolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(siteResolver);
    }
}
