package id.redaksi.pagecache;

import id.redaksi.readership.Window;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Which requests may be answered from the page cache, and under which key. A page is keyed on the parameters it
 * reads, in their valid shapes, so nobody can fill the memory by inventing addresses: a parameter the page does not
 * read (a tracking tag, {@code /?halaman=7}) is served the kept page of the address without it, which is the page
 * its controller would render too. That beats a redirect to the plain address: no second request, and nothing new
 * to keep either way. A value in another shape ({@code halaman=01}, {@code halaman=2&halaman=3}) gets no key: its
 * page is rendered and not kept. Each key must still come from a page that rendered with 200.
 */
final class CacheablePages {

    private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9][0-9]{0,2}");
    private static final Pattern UPDATE_ID = Pattern.compile("0|[1-9][0-9]{0,17}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private CacheablePages() {}

    /** The key of a page of a site whose host the request named, or empty when the answer is not to be kept. */
    static Optional<PageKey> key(long siteId, String host, PublicRoute route, String path, HttpServletRequest request) {
        if (route.kind() != PublicRoute.Kind.PAGE) {
            return Optional.empty();
        }
        var query = new StringJoiner("&");
        for (var name : route.reads()) {
            var values = request.getParameterValues(name);
            if (values == null) {
                continue;
            }
            if (values.length != 1 || !valid(name, values[0])) {
                return Optional.empty();
            }
            // page 1 is the list itself, whether the address says so or not
            if (!(name.equals("halaman") && values[0].equals("1"))) {
                query.add(name + "=" + values[0]);
            }
        }
        return Optional.of(new PageKey(siteId, host, path, query.toString()));
    }

    private static boolean valid(String name, String value) {
        return switch (name) {
            // a number the list does not have (page 600) is refused by the list, and only a 200 is ever kept
            case "halaman" -> PAGE_NUMBER.matcher(value).matches();
            case "tanggal" -> DATE.matcher(value).matches();
            // an id the report does not have is refused by the poll, and only a 200 is ever kept
            case "setelah" -> UPDATE_ID.matcher(value).matches();
            case "periode" -> Window.ofParam(value).isPresent();
            // an old post's address: its 301 is not a page to keep, and the front page must not answer it
            case "p" -> false;
            default -> false;
        };
    }
}
