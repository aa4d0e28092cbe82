package id.redaksi.site;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller (a page, a feed, the API) the {@link Site} whose host name the request came to; a host of no
 * site is a 404, which each side answers in its own shape (a page, a problem detail).
 */
@Component
class SiteArgumentResolver implements HandlerMethodArgumentResolver {

    private final Sites sites;

    SiteArgumentResolver(Sites sites) {
        this.sites = sites;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Site.class;
    }

    @Override
    public Site resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        var http = request.getNativeRequest(HttpServletRequest.class);
        return sites.byHost(http.getServerName()).orElseThrow(() -> new SiteNotFound(http.getServerName()));
    }
}
