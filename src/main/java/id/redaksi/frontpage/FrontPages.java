package id.redaksi.frontpage;

import id.redaksi.article.ArticleCard;
import id.redaksi.article.ArticleLists;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Lays out a page's curated places: each slot shows its pick while the pick is live and its article published,
 * else the newest story not shown yet. Two queries at most: the page's picks, and the cards of the live ones.
 */
@Service
public class FrontPages {

    private final Picks picks;
    private final ArticleLists articles;
    private final Clock clock;

    FrontPages(Picks picks, ArticleLists articles, Clock clock) {
        this.picks = picks;
        this.articles = articles;
        this.clock = clock;
    }

    /**
     * @param rubricId null for the site's front page
     * @param newest the page's newest stories, newest first, enough to fill every slot
     * @param headlineSlots the headline's slots when editors have picked none: one on the front page (the newest
     *     story, as it was before curation), none on a rubric's page
     */
    public FrontPage of(long siteId, Long rubricId, List<ArticleCard> newest, int headlineSlots) {
        var now = clock.instant();
        var saved = picks.of(siteId, rubricId);
        var liveIds = saved.stream()
                .filter(p -> p.liveAt(now))
                .map(Pick::articleId)
                .distinct()
                .toList();
        Map<Long, ArticleCard> cards = articles.cards(siteId, liveIds).stream()
                .collect(Collectors.toMap(ArticleCard::id, Function.identity()));
        var taken = new HashSet<Long>();
        var headline = chosen(saved, Place.HEADLINE, now, cards, taken);
        var chosenPicks = chosen(saved, Place.PICK, now, cards, taken);
        var fallback = newest.stream().filter(c -> !taken.contains(c.id())).iterator();
        while (headline.size() < headlineSlots) {
            headline.add(null);
        }
        return new FrontPage(filled(headline, fallback, taken), filled(chosenPicks, fallback, taken));
    }

    /** The place's slots in order: the live pick's slot, or null for a slot the newest story is to fill. */
    private static List<Slot> chosen(
            List<Pick> saved, Place place, Instant now, Map<Long, ArticleCard> cards, Set<Long> seen) {
        var slots = new ArrayList<Slot>();
        for (var pick : saved) {
            if (pick.place() != place) {
                continue;
            }
            var card = pick.liveAt(now) ? cards.get(pick.articleId()) : null;
            // a story picked twice shows once, in the headline first; its other slot falls back like an expired one
            boolean shown = card != null && seen.add(card.id());
            slots.add(shown ? new Slot(card, pick.title().isBlank() ? card.title() : pick.title(), true) : null);
        }
        return slots;
    }

    private static List<Slot> filled(List<Slot> slots, Iterator<ArticleCard> fallback, Set<Long> taken) {
        var result = new ArrayList<Slot>();
        for (var slot : slots) {
            if (slot != null) {
                result.add(slot);
            } else if (fallback.hasNext()) {
                var card = fallback.next();
                taken.add(card.id());
                result.add(new Slot(card, card.title(), false));
            }
        }
        return List.copyOf(result);
    }
}
