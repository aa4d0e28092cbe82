package id.redaksi.web;

import id.redaksi.account.ContentSecurityPolicy;
import id.redaksi.site.SiteAds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives a public page that carries its site's ads the policy that lets their code run: the ad networks' origins the
 * site admin listed, and the hashes of the code's inline scripts. It is set before the page renders, so the security
 * chain's default policy (which only writes a policy where none is set) stays on every other answer, and the page
 * cache keeps it with the page.
 */
final class AdPolicy implements HandlerInterceptor {

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView answer) {
        if (answer != null
                && answer.getModel().get("page") instanceof Pages.PublicPage page
                && page.chrome() != null
                && page.chrome().carriesAds()) {
            var ads = page.chrome().site().ads();
            response.setHeader(
                    "Content-Security-Policy", ContentSecurityPolicy.withAds(ads.origins(), inlineScriptHashes(ads)));
        }
    }

    /** The hash a browser computes over each inline script of the slots' code, as {@code 'sha256-…'}. */
    static List<String> inlineScriptHashes(SiteAds ads) {
        return ads.slots().values().stream()
                .flatMap(slot -> Jsoup.parseBodyFragment(slot.code()).select("script:not([src])").stream())
                .map(Element::data)
                .map(AdPolicy::hash)
                .distinct()
                .sorted()
                .toList();
    }

    private static String hash(String script) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
