package id.redaksi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import id.redaksi.AdvisoryLocks;
import id.redaksi.demo.DemoContent.Loaded;
import id.redaksi.site.Site;
import id.redaksi.site.Sites;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Loads the demo network once into the clean test database, with 30 articles a site, and checks what
 * readers and the newsroom will find. Without the demo profile nothing loads on start; the test loads itself.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoContentIntegrationTests {

    private static final DemoSettings SETTINGS = new DemoSettings(true, 30, 8091, null);
    private static final Pattern PRINTED_PASSWORD =
            Pattern.compile("Demo accounts created \\(admin, penulis\\.malang, .*\\); never expose a demo installation "
                    + "to the internet\\. Their password, shown only this once: ([A-Za-z0-9_-]{24})");

    @Autowired
    DemoContent demo;

    @Autowired
    Sites sites;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    /** The portal's own login, throttle included, as the login form uses it. */
    @Autowired
    AuthenticationManager logins;

    private Optional<Loaded> whileLocked;
    private long sitesWhileLocked;
    private Optional<Loaded> first;
    private Map<String, Long> countsAfterFirst;
    private Optional<Loaded> second;
    private final List<String> log = new ArrayList<>();
    private int linesAtSecondStart;
    private int linesAtThirdStart;
    private List<String> printed;
    private List<String> demoUsernames;
    private Map<String, Boolean> loggedInWithPrinted;
    private Map<String, Boolean> loggedInWithChosen;

    @BeforeAll
    void loadTwiceAfterAnotherNodeHeldTheLock() throws SQLException {
        var appender = new AppenderBase<ILoggingEvent>() {
            @Override
            protected void append(ILoggingEvent event) {
                log.add(event.getFormattedMessage());
            }
        };
        appender.start();
        ((Logger) LoggerFactory.getLogger("id.redaksi.demo")).addAppender(appender);
        try (var otherNode = dataSource.getConnection()) {
            lock(otherNode, "select pg_advisory_lock(?)");
            whileLocked = demo.loadIfEmpty(SETTINGS);
            sitesWhileLocked = count("select count(*) from site");
            lock(otherNode, "select pg_advisory_unlock(?)");
        }
        first = demo.loadIfEmpty(SETTINGS);
        countsAfterFirst = counts();
        linesAtSecondStart = log.size();
        second = demo.loadIfEmpty(SETTINGS);
        linesAtThirdStart = log.size();
        printed = log.stream()
                .map(PRINTED_PASSWORD::matcher)
                .filter(Matcher::matches)
                .map(line -> line.group(1))
                .toList();
        demoUsernames =
                jdbc.sql("select username from app_user").query(String.class).list();
        loggedInWithPrinted = logins(printed.isEmpty() ? "" : printed.getFirst());
        var chosen = UUID.randomUUID().toString();
        demo.loadIfEmpty(new DemoSettings(true, 30, 8091, chosen));
        loggedInWithChosen = logins(chosen);
        ((Logger) LoggerFactory.getLogger("id.redaksi.demo")).detachAppender(appender);
    }

    private Map<String, Boolean> logins(String password) {
        return demoUsernames.stream().collect(Collectors.toMap(username -> username, u -> logsIn(u, password)));
    }

    @Test
    void printsTheDemoAccountsRandomPasswordOnceAndItLogsIn() {
        assertThat(printed).hasSize(1);
        assertThat(printed.getFirst()).isNotEqualTo(DemoAccounts.randomPassword());
        assertThat(demoUsernames).hasSize(13);
        assertThat(loggedInWithPrinted).containsOnlyKeys(demoUsernames).doesNotContainValue(false);
    }

    @Test
    void aSecondStartSaysThePasswordWasPrintedWhenTheAccountsWereMade() {
        assertThat(log.subList(linesAtSecondStart, linesAtThirdStart))
                .containsExactly(
                        "Demo content skipped: the network already has 4 sites",
                        "The demo accounts keep the password printed when they were created; to set another, start "
                                + "with --redaksi.demo.password=...");
    }

    @Test
    void aStartWithAGivenDemoPasswordSetsItOnTheDemoAccounts() {
        assertThat(log.subList(linesAtThirdStart, log.size()))
                .containsExactly(
                        "Demo content skipped: the network already has 4 sites",
                        "The 13 demo accounts now have the password given as redaksi.demo.password");
        assertThat(loggedInWithChosen).containsOnlyKeys(demoUsernames).doesNotContainValue(false);
        assertThat(logsIn("admin", printed.getFirst())).isFalse();
    }

    @Test
    void givesTheDemoNewsroomANetworkAdminAndAWriterEditorAndSiteAdminPerSite() {
        assertThat(jdbc.sql("select username from app_user where network_admin")
                        .query(String.class)
                        .list())
                .containsExactly("admin");
        assertThat(jdbc.sql("""
                        select u.username || ':' || r.role from app_user u join site_role r on r.user_id = u.id
                        join site s on s.id = r.site_id where s.slug = 'malang' order by u.username
                        """).query(String.class).list())
                .containsExactly("admin.malang:SITE_ADMIN", "editor.malang:EDITOR", "penulis.malang:WRITER");
        assertThat(count("select count(*) from app_user where person_id is null and not network_admin"))
                .isZero();
    }

    @Test
    void aNodeThatCannotTakeTheLockLoadsNothing() {
        assertThat(whileLocked).isEmpty();
        assertThat(sitesWhileLocked).isZero();
    }

    @Test
    void loadsFourSitesWithTheirRubricsPeopleTopicsPicturesAndArticles() {
        assertThat(first).contains(new Loaded(4, 84, 52, 4 * 43, 84, 120, 3));
    }

    @Test
    void aSecondStartAddsNothing() {
        assertThat(second).isEmpty();
        assertThat(counts()).isEqualTo(countsAfterFirst);
    }

    @Test
    void makesFourSitesReachableByTheirHosts() {
        assertThat(sites.all())
                .extracting(Site::slug, Site::name, Site::dateline, Site::baseUrl, Site::hosts, Site::zone)
                .containsExactly(
                        site("malang", "Warta Malang", "WARTAMALANG", "Asia/Jakarta"),
                        site("kediri", "Warta Kediri", "WARTAKEDIRI", "Asia/Jakarta"),
                        site("banyuwangi", "Warta Banyuwangi", "WARTABANYUWANGI", "Asia/Jakarta"),
                        site("makassar", "Warta Makassar", "WARTAMAKASSAR", "Asia/Makassar"));
        assertThat(sites.byHost("kediri.localhost:8091").map(Site::slug)).contains("kediri");
    }

    @Test
    void givesEverySiteTheSameTwentyOneRubricsInOrder() {
        assertThat(sites.all())
                .allSatisfy(site -> assertThat(site.rubrics())
                        .extracting(r -> r.slug())
                        .containsExactly(
                                "agama",
                                "ekonomi",
                                "gaya-hidup",
                                "hukum-dan-kriminalitas",
                                "internasional",
                                "kesehatan",
                                "kuliner",
                                "olahraga",
                                "opini",
                                "otomotif",
                                "pemerintahan",
                                "pendidikan",
                                "peristiwa",
                                "politik",
                                "profil",
                                "ruang-mahasiswa",
                                "ruang-sastra",
                                "selebriti",
                                "tekno",
                                "transportasi",
                                "wisata"));
        assertThat(sites.all()
                        .getFirst()
                        .rubric("hukum-dan-kriminalitas")
                        .orElseThrow()
                        .name())
                .isEqualTo("Hukum dan Kriminalitas");
    }

    @Test
    void publishesThirtyArticlesPerSite() {
        assertThat(jdbc.sql(
                                "select s.slug, count(a.id) from site s left join article a on a.site_id = s.id group by s.slug")
                        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                        .list())
                .containsExactlyInAnyOrder(
                        Map.entry("malang", 30L),
                        Map.entry("kediri", 30L),
                        Map.entry("banyuwangi", 30L),
                        Map.entry("makassar", 30L));
    }

    @Test
    void creditsEveryArticleAndFilesItWithAPicture() {
        assertThat(count("""
                select count(*) from article a
                where (select count(*) from article_writer w where w.article_id = a.id) not between 1 and 3
                   or a.editor_id is null
                   or a.editor_id in (select w.person_id from article_writer w where w.article_id = a.id)
                   or (select count(*) from article_topic t where t.article_id = a.id) not between 2 and 5
                   or a.image_id is null or a.image_caption = '' or a.image_credit = ''
                   or a.body_html not like '<p>%'
                """)).isZero();
        assertThat(
                        count(
                                "select count(*) from article a join site s on s.id = a.site_id where a.image_credit = 'Dok. ' || s.name"))
                .isEqualTo(93);
    }

    @Test
    void datesEveryArticleWithinTheLast90DaysAndNoneInTheFuture() {
        assertThat(count("""
                select count(*) from article
                where published_at > now() or published_at <= now() - interval '90 days' or updated_at < published_at
                """)).isZero();
    }

    @Test
    void showsCorrectionsAndRepliesDatedAfterPublication() {
        assertThat(jdbc.sql("select kind, count(*) from article_notice group by kind order by kind")
                        .query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2))
                        .list())
                .containsExactly("HAK_JAWAB=2", "RALAT=1");
        assertThat(count("""
                select count(*) from article_notice n join article a on a.id = n.article_id
                where n.created_at <= a.published_at or n.created_at > now()
                """)).isZero();
    }

    @Test
    void keepsEveryArticlesStoryUnderTheSameIdWithItsFirstRevision() {
        assertThat(count("""
                select count(*) from article a
                join story s on s.id = a.id
                join story_revision r on r.story_id = s.id and r.number = 1 and r.saved_by = 'demo'
                where s.status = 'PUBLISHED' and s.site_id = a.site_id and s.title = a.title and s.slug = a.slug
                  and s.rubric_id = a.rubric_id and s.editor_id = a.editor_id and s.image_id = a.image_id
                  and s.first_published_at = a.published_at
                  and s.writer_ids = array(select w.person_id from article_writer w
                                           where w.article_id = a.id order by w.position)
                  and r.content ->> 'title' = a.title
                  and jsonb_array_length(r.content -> 'writerIds') = cardinality(s.writer_ids)
                """)).isEqualTo(120);
        assertThat(count("select count(*) from story")).isEqualTo(120);
        assertThat(count("select count(*) from story_revision")).isEqualTo(120);
    }

    @Test
    void storesOneJpegPerRubricAndSiteAndShowsEachWithItsRubric() {
        assertThat(
                        count(
                                "select count(*) from media where content_type = 'image/jpeg' and width = 1200 and height = 675"))
                .isEqualTo(84);
        assertThat(count("select count(distinct site_id) from media")).isEqualTo(4);
        assertThat(count("""
                select count(*) from article a
                where a.image_id <> (select m.id from media m join rubric r on r.site_id = m.site_id
                                     where r.id = a.rubric_id and m.alt_text like 'Ilustrasi rubrik ' || r.name || ' %')
                """)).isZero();
    }

    @Test
    void namesEveryPersonOnceInTheNetwork() {
        assertThat(count("select count(*) from person")).isEqualTo(52);
        assertThat(count("select count(distinct name) from person where bio <> ''"))
                .isEqualTo(52);
    }

    private boolean logsIn(String username, String password) {
        try {
            return logins.authenticate(new UsernamePasswordAuthenticationToken(username, password))
                    .isAuthenticated();
        } catch (AuthenticationException e) {
            return false;
        }
    }

    private Map<String, Long> counts() {
        return Map.of(
                "site", count("select count(*) from site"),
                "rubric", count("select count(*) from rubric"),
                "person", count("select count(*) from person"),
                "topic", count("select count(*) from topic"),
                "media", count("select count(*) from media"),
                "article", count("select count(*) from article"),
                "story", count("select count(*) from story"),
                "notice", count("select count(*) from article_notice"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static void lock(Connection connection, String sql) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, AdvisoryLocks.key(DemoContent.LOCK));
            statement.execute();
        }
    }

    private static Tuple site(String slug, String name, String dateline, String zone) {
        var host = slug + ".localhost";
        return Tuple.tuple(slug, name, dateline, "http://" + host + ":8091", List.of(host), ZoneId.of(zone));
    }
}
