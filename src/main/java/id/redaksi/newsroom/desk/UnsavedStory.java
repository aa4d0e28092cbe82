package id.redaksi.newsroom.desk;

import id.redaksi.newsroom.desk.StoryPages.UnsavedPage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.ModelAndView;

/**
 * A story form the desk could not save for a reason that is not the form's (an expired session, a database outage),
 * answered back exactly as posted, every field in it, so that the text is never gone. It needs nothing but the request:
 * neither the session's account nor the database.
 */
final class UnsavedStory {

    private static final Pattern STORY_FORM = Pattern.compile("/redaksi/[^/]+/cerita(/\\d+)?");
    private static final Set<String> SHOWN = Set.of("title", "lead", "body", "_csrf");

    private UnsavedStory() {}

    /** A post of the editor form: a new story or a save (with or without a workflow step). */
    static boolean isStoryForm(HttpServletRequest request, String uri) {
        return "POST".equals(request.getMethod())
                && uri != null
                && STORY_FORM.matcher(uri).matches();
    }

    /**
     * Whether the post came from one of our own pages. A form posted from another site (no token, so it landed here)
     * must not come back with a login in place: the password would then save someone else's words.
     */
    static boolean fromOurPage(HttpServletRequest request) {
        var site = request.getHeader("Sec-Fetch-Site");
        return site == null || site.equals("same-origin");
    }

    static ModelAndView page(
            HttpServletRequest request,
            String action,
            HttpStatus status,
            String heading,
            String message,
            boolean relogin) {
        var hidden = new ArrayList<Map.Entry<String, String>>();
        request.getParameterMap().forEach((name, values) -> {
            if (!SHOWN.contains(name)) {
                for (var value : values) {
                    hidden.add(Map.entry(name, value));
                }
            }
        });
        var csrf = request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token : null;
        var page = new UnsavedPage(
                heading,
                message,
                action,
                text(request, "title"),
                text(request, "lead"),
                text(request, "body"),
                List.copyOf(hidden),
                csrf,
                relogin,
                !relogin);
        return new ModelAndView("newsroom/unsaved", Map.of("page", page), status);
    }

    private static String text(HttpServletRequest request, String name) {
        var value = request.getParameter(name);
        return value == null ? "" : value;
    }
}
