package id.redaksi.search;

import id.redaksi.AdvisoryLocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The words of each site's titles and leads ({@code search_word}), for "Maksud Anda". Publishing does not
 * refresh them: they are read again on startup and every ten minutes, so a new word is suggested within that.
 * One node of several does it each time (an advisory lock): each refresh reads every title and lead.
 */
@Repository
public class SearchWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 10;
    private static final int MIN_LENGTH = 3;

    static final String LOCK = "redaksi.search-words";

    private final JdbcClient jdbc;
    private final AdvisoryLocks locks;

    SearchWords(JdbcClient jdbc, AdvisoryLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    @Transactional
    public void refresh() {
        if (locks.tryLockForTransaction(LOCK)) {
            jdbc.sql("refresh materialized view concurrently search_word").update();
        }
    }

    /** The query with each word replaced by the most similar word the site has used, if that changes anything. */
    Optional<String> suggest(long siteId, String query) {
        var words = words(query);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        var better = jdbc.sql("""
                        select (select s.word from search_word s
                                 where s.site_id = :site and s.word % lower(unaccent_text(q.w))
                                 order by similarity(s.word, lower(unaccent_text(q.w))) desc, s.frequency desc, s.word
                                 limit 1)
                        from unnest(:words::text[]) with ordinality as q(w, n)
                        order by q.n
                        """)
                .param("site", siteId)
                .param("words", words.toArray(String[]::new))
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .list();
        return rewrite(query, better);
    }

    private static List<String> words(String query) {
        var out = new ArrayList<String>();
        Matcher m = WORD.matcher(query);
        while (m.find() && out.size() < MAX_WORDS) {
            out.add(m.group());
        }
        return out;
    }

    private static Optional<String> rewrite(String query, List<Optional<String>> better) {
        var out = new StringBuilder();
        Matcher m = WORD.matcher(query);
        boolean changed = false;
        int i = 0;
        while (m.find() && i < better.size()) {
            var word = m.group();
            var replacement =
                    better.get(i++).filter(b -> worthSuggesting(word, b)).orElse(word);
            changed |= !replacement.equals(word);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }

    /** Short words and the websearch operator {@code or} are left alone; a word the site uses is kept as typed. */
    private static boolean worthSuggesting(String word, String better) {
        var lower = word.toLowerCase(Locale.ROOT);
        return lower.length() >= MIN_LENGTH && !lower.equals("or") && !lower.equals(better);
    }
}
