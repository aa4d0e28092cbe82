package id.redaksi.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language a response is in, which Spring writes as its {@code Content-Language}: a site's pages speak the
 * site's language whatever the browser asks for; the newsroom and a host that is no site's speak Indonesian.
 */
@Component(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
class SiteLocale implements LocaleResolver {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final Sites sites;

    SiteLocale(Sites sites) {
        this.sites = sites;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        var path = request.getRequestURI();
        if (path.equals("/redaksi") || path.startsWith("/redaksi/")) {
            return INDONESIAN;
        }
        return sites.byHost(request.getServerName())
                .map(Site::language)
                .filter(language -> !language.equals("id"))
                .map(Locale::forLanguageTag)
                .orElse(INDONESIAN);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("a site's language is its setting, not the reader's choice");
    }
}
