package id.redaksi.web;

import id.redaksi.search.Search;
import id.redaksi.search.SearchOrder;
import id.redaksi.search.SearchQuery;
import id.redaksi.site.PublicWords;
import id.redaksi.site.Rubric;
import id.redaksi.site.Site;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search form as the address carries it: {@code q}, {@code kanal}, {@code dari}, {@code sampai} (days in
 * the site's zone, both included), {@code urut} ({@code relevan}, or newest first) and {@code halaman}. A query
 * the search cannot use gets a {@link #problem}.
 */
public record SearchForm(String q, Rubric rubric, LocalDate from, LocalDate until, SearchOrder order, int page) {

    static final String BY_RELEVANCE = "relevan";

    /** The last page a search lists. */
    static final int LAST_PAGE = Search.MAX_RESULTS / PageNumber.SIZE;

    private static final Pattern SEARCHABLE = Pattern.compile("[\\p{L}\\p{N}]");

    /** The days a search may be limited to; beyond them a date is a typing error or a probe, and overflows. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    static SearchForm parse(
            Site site, String q, String kanal, String dari, String sampai, String urut, String halaman) {
        var rubric = blank(kanal)
                ? null
                : site.rubric(kanal.strip()).orElseThrow(() -> new BadRequest("search.unknownRubric", kanal.strip()));
        var from = date(dari, "dari");
        var until = date(sampai, "sampai");
        if (from != null && until != null && until.isBefore(from)) {
            throw new BadRequest("search.untilBeforeFrom");
        }
        return new SearchForm(SearchQuery.typed(q), rubric, from, until, order(urut), PageNumber.parse(halaman));
    }

    /** Why there is nothing to search for, in words for the reader in the site's language; null when it can run. */
    String problem(String language) {
        if (q.isEmpty()) {
            return PublicWords.of(language, "search.problem.empty");
        }
        if (q.length() > SearchQuery.MAX_LENGTH) {
            return PublicWords.of(language, "search.problem.tooLong", SearchQuery.MAX_LENGTH);
        }
        if (!SEARCHABLE.matcher(q).find()) {
            return PublicWords.of(language, "search.problem.noLetters");
        }
        if (SearchQuery.tooManyOperators(q)) {
            return PublicWords.of(language, "search.problem.tooManyMinus", SearchQuery.MAX_MINUS_SIGNS);
        }
        return page > LAST_PAGE ? PublicWords.of(language, "search.problem.lastPage", LAST_PAGE) : null;
    }

    SearchQuery query(Site site) {
        return new SearchQuery(
                site.id(),
                q,
                rubric == null ? null : rubric.id(),
                from == null ? null : from.atStartOfDay(site.zone()).toInstant(),
                until == null
                        ? null
                        : until.plusDays(1).atStartOfDay(site.zone()).toInstant(),
                order,
                PageNumber.offset(page),
                PageNumber.SIZE);
    }

    /** What the text box shows again: never more than a query may hold. */
    public String shownQuery() {
        return q.length() > SearchQuery.MAX_LENGTH ? q.substring(0, SearchQuery.MAX_LENGTH) : q;
    }

    /** This search at another page, or with another text, keeping the filters and the order. */
    String path(String text, int pageNumber) {
        return path(text, order, pageNumber);
    }

    /** This search from its first page in the given order. */
    public String path(SearchOrder inOrder) {
        return path(q, inOrder, 1);
    }

    private String path(String text, SearchOrder inOrder, int pageNumber) {
        var uri = UriComponentsBuilder.fromPath("/cari").queryParam("q", text);
        if (rubric != null) {
            uri.queryParam("kanal", rubric.slug());
        }
        if (from != null) {
            uri.queryParam("dari", from.toString());
        }
        if (until != null) {
            uri.queryParam("sampai", until.toString());
        }
        if (inOrder == SearchOrder.RELEVANCE) {
            uri.queryParam("urut", BY_RELEVANCE);
        }
        if (pageNumber > 1) {
            uri.queryParam("halaman", pageNumber);
        }
        return uri.encode().build().toUriString();
    }

    private static SearchOrder order(String urut) {
        if (blank(urut) || urut.strip().equals("terbaru")) {
            return SearchOrder.NEWEST;
        }
        if (urut.strip().equals(BY_RELEVANCE)) {
            return SearchOrder.RELEVANCE;
        }
        throw new BadRequest("search.unknownOrder", urut.strip());
    }

    private static LocalDate date(String value, String name) {
        if (blank(value)) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest("search.badDate." + name);
        }
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw new BadRequest("search.dateOutOfRange." + name, FIRST_DAY.toString(), LAST_DAY.toString());
        }
        return day;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
