package id.redaksi.newsroom.desk;

import id.redaksi.article.ArticleCard;
import id.redaksi.article.ArticleLists;
import id.redaksi.frontpage.Pick;
import id.redaksi.frontpage.Picks;
import id.redaksi.frontpage.Place;
import id.redaksi.newsroom.desk.CurationPages.Row;
import id.redaksi.site.Rubric;
import id.redaksi.site.Site;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The curation form's rows as saved: each pick with its story's headline, or why the newest story fills its slot. */
@Component
class CurationRows {

    /** How a {@code datetime-local} field holds a time, in the site's zone. */
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** The form's rows of each place. */
    record Rows(List<Row> headline, List<Row> picks) {}

    private final Picks picks;
    private final ArticleLists articles;
    private final Clock clock;

    CurationRows(Picks picks, ArticleLists articles, Clock clock) {
        this.picks = picks;
        this.articles = articles;
        this.clock = clock;
    }

    Rows rows(Site site, Rubric rubric) {
        var saved = picks.of(site.id(), rubric == null ? null : rubric.id());
        Map<Long, ArticleCard> cards = articles
                .cards(site.id(), saved.stream().map(Pick::articleId).toList())
                .stream()
                .collect(Collectors.toMap(ArticleCard::id, Function.identity()));
        return new Rows(
                rows(site, saved, cards, Place.HEADLINE),
                rubric == null ? rows(site, saved, cards, Place.PICK) : List.of());
    }

    /** The rows with empty ones after them, one per slot of the place. */
    static List<Row> padded(List<Row> rows, Place place) {
        var all = new ArrayList<>(rows);
        while (all.size() < place.slots()) {
            all.add(Row.EMPTY);
        }
        return all;
    }

    private List<Row> rows(Site site, List<Pick> saved, Map<Long, ArticleCard> cards, Place place) {
        var now = clock.instant();
        var rows = new ArrayList<Row>();
        for (var pick : saved) {
            if (pick.place() != place) {
                continue;
            }
            var card = cards.get(pick.articleId());
            var note = card == null
                    ? "Tidak terbit lagi: slot ini diisi berita terbaru."
                    : pick.liveAt(now) ? "" : "Sudah lewat waktunya: slot ini diisi berita terbaru.";
            var until = pick.expiresAt() == null
                    ? ""
                    : LOCAL.format(pick.expiresAt().atZone(site.zone()));
            rows.add(new Row(
                    String.valueOf(pick.articleId()), card == null ? "" : card.title(), pick.title(), until, note));
        }
        return rows;
    }
}
