package id.redaksi.newsroom;

import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.ArticleCard;
import id.redaksi.article.ArticleLists;
import id.redaksi.frontpage.Pick;
import id.redaksi.frontpage.Picks;
import id.redaksi.frontpage.Place;
import id.redaksi.site.BreakingNews;
import id.redaksi.site.Site;
import id.redaksi.site.Sites;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors arrange a site's front page (its headline and the editor's picks), each rubric's headline, and the breaking
 * news bar. Every pick must be a published story of the site; each change is audited and shows at once.
 */
@Service
public class Curating {

    /** The longest shorter headline and breaking news text a front page shows. */
    public static final int MAX_TEXT = 200;

    private final Picks picks;
    private final ArticleLists articles;
    private final Sites sites;
    private final AuditLog audit;
    private final Clock clock;

    Curating(Picks picks, ArticleLists articles, Sites sites, AuditLog audit, Clock clock) {
        this.picks = picks;
        this.articles = articles;
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Replaces the picks of a page in one go: the headline, and on the front page the editor's picks.
     *
     * @param rubricId null for the front page, whose picks a rubric's page does not have
     */
    @Transactional
    public void arrange(Actor actor, Site site, Long rubricId, List<Pick> headline, List<Pick> chosen) {
        actor.require(Role.EDITOR, site.id());
        if (rubricId != null && !chosen.isEmpty()) {
            throw new CurationRefused("pilihan", "Pilihan Redaksi hanya ada di halaman depan.");
        }
        var cards = published(
                site, Stream.concat(headline.stream(), chosen.stream()).toList());
        picks.save(site.id(), rubricId, Place.HEADLINE, headline);
        if (rubricId == null) {
            picks.save(site.id(), null, Place.PICK, chosen);
        }
        var where = rubricId == null
                ? "halaman depan"
                : "kanal " + site.rubric(rubricId).map(r -> r.name()).orElse(String.valueOf(rubricId));
        audit.record(site.id(), null, actor, "mengatur " + where, detail(headline, chosen, cards));
    }

    /**
     * Pins the breaking news bar until {@code endsAt}: a story of the site (its headline, or {@code text} when given,
     * and its address), or a text of the editor's with its link.
     */
    @Transactional
    public void pinBreaking(Actor actor, Site site, Long articleId, String text, String url, Instant endsAt) {
        actor.require(Role.EDITOR, site.id());
        if (endsAt == null || !endsAt.isAfter(clock.instant())) {
            throw new CurationRefused("sampai", "Isi waktu berakhir yang belum lewat.");
        }
        var story = articleId == null
                ? null
                : published(site, List.of(new Pick(Place.HEADLINE, 1, articleId, "", null)))
                        .get(articleId);
        var line = text == null || text.isBlank() ? (story == null ? "" : story.title()) : text.strip();
        var link = story != null ? story.path(site.zone()) : url == null ? "" : url.strip();
        if (line.isEmpty() || line.length() > MAX_TEXT) {
            throw new CurationRefused("teks", "Tulis teks breaking news, paling banyak " + MAX_TEXT + " karakter.");
        }
        if (!link.startsWith("/") && !link.startsWith("https://") && !link.startsWith("http://")
                || link.startsWith("//")
                || link.length() > 500) {
            throw new CurationRefused("tautan", "Pilih berita, atau isi tautan yang diawali / atau https://.");
        }
        sites.pinBreaking(site.id(), new BreakingNews(line, link, story == null ? null : story.id(), endsAt));
        // the site's log, not the story's: a pinned story need not have been written in this newsroom (an import)
        audit.record(site.id(), null, actor, "memasang breaking news", line + " → " + link);
    }

    @Transactional
    public void clearBreaking(Actor actor, Site site) {
        actor.require(Role.EDITOR, site.id());
        sites.clearBreaking(site.id());
        audit.record(site.id(), null, actor, "menurunkan breaking news", "");
    }

    /** The published cards of the picks' stories; a story that is not one of the site's published ones is refused. */
    private Map<Long, ArticleCard> published(Site site, List<Pick> wanted) {
        var ids = wanted.stream().map(Pick::articleId).distinct().toList();
        var cards =
                articles.cards(site.id(), ids).stream().collect(Collectors.toMap(ArticleCard::id, Function.identity()));
        for (var pick : wanted) {
            if (!cards.containsKey(pick.articleId())) {
                throw new CurationRefused(
                        pick.place() == Place.HEADLINE ? "utama" : "pilihan",
                        "Berita nomor " + pick.articleId() + " bukan berita terbit situs ini.");
            }
            if (pick.title() != null && pick.title().strip().length() > MAX_TEXT) {
                throw new CurationRefused(
                        pick.place() == Place.HEADLINE ? "utama" : "pilihan",
                        "Judul pendek paling banyak " + MAX_TEXT + " karakter.");
            }
        }
        return cards;
    }

    private static String detail(List<Pick> headline, List<Pick> chosen, Map<Long, ArticleCard> cards) {
        Function<List<Pick>, String> titles = list -> list.isEmpty()
                ? "(otomatis)"
                : list.stream().map(p -> cards.get(p.articleId()).title()).collect(Collectors.joining("; "));
        return "Berita Utama: " + titles.apply(headline)
                + (chosen.isEmpty() ? "" : " | Pilihan Redaksi: " + titles.apply(chosen));
    }
}
