package id.redaksi;

import id.redaksi.account.Accounts;
import id.redaksi.account.Actor;
import id.redaksi.account.NewAccount;
import id.redaksi.account.Role;
import id.redaksi.article.ArticleContent;
import id.redaksi.article.GalleryPicture;
import id.redaksi.article.Notice;
import id.redaksi.article.People;
import id.redaksi.article.Person;
import id.redaksi.article.PublishedArticle;
import id.redaksi.article.Publishing;
import id.redaksi.article.Topic;
import id.redaksi.article.Topics;
import id.redaksi.media.MediaLibrary;
import id.redaksi.site.NewSite;
import id.redaksi.site.Site;
import id.redaksi.site.Sites;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builders for test data, written through the modules' own APIs. Every site gets a host name of its own. */
@TestComponent
public class Fixtures {

    private static final AtomicInteger counter = new AtomicInteger();

    /** Every test account's password; tests log in with it. */
    public static final String PASSWORD = "kata-sandi-uji-yang-panjang";

    private final Sites sites;
    private final People people;
    private final Topics topics;
    private final Publishing publishing;
    private final MediaLibrary media;
    private final JdbcClient jdbc;
    private final Accounts accounts;

    Fixtures(
            Sites sites,
            People people,
            Topics topics,
            Publishing publishing,
            MediaLibrary media,
            JdbcClient jdbc,
            Accounts accounts) {
        this.accounts = accounts;
        this.sites = sites;
        this.people = people;
        this.topics = topics;
        this.publishing = publishing;
        this.media = media;
        this.jdbc = jdbc;
    }

    public SiteBuilder site() {
        return new SiteBuilder();
    }

    public Person person(String name) {
        var slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + counter.incrementAndGet();
        return people.create(slug, name, "Jurnalis yang menulis untuk pengujian.");
    }

    public Topic topic(Site site, String name) {
        return topics.obtain(site.id(), name.toLowerCase().replaceAll("[^a-z0-9]+", "-"), name);
    }

    /** A newsroom account with a linked profile and the given role on the site (none when role is null). */
    public Actor account(Site site, Role role) {
        var username = "pengguna" + counter.incrementAndGet();
        var actor = accounts.create(new NewAccount(username, "Pengguna " + username, PASSWORD), false);
        accounts.linkPerson(actor.id(), person("Profil " + username).id());
        if (role != null) {
            accounts.grant(actor.id(), site.id(), role);
        }
        return accounts.byId(actor.id()).orElseThrow();
    }

    public Actor networkAdmin() {
        var username = "admin" + counter.incrementAndGet();
        return accounts.create(new NewAccount(username, "Admin " + username, PASSWORD), true);
    }

    /** A draft complete enough to submit: the site's first rubric, one paragraph, the writer's own profile. */
    public static ArticleContent draft(Site site, Actor writer, String title) {
        return new ArticleContent(
                site.rubrics().getFirst().id(),
                title,
                "",
                "",
                "<p>Isi.</p>",
                null,
                null,
                null,
                null,
                "",
                "",
                List.of(writer.personId()),
                List.of(),
                null);
    }

    /** A stored picture of the site (its bytes are no image: enough for pages, which only link to it). */
    public long image(Site site) {
        return media.store(site.id(), new byte[] {1, 2, 3}, "image/jpeg", 1200, 675, "");
    }

    /** Withdraws a published article as the newsroom would, with a reason its address shows. */
    public void withdraw(long articleId) {
        publishing.withdraw(articleId, "Dicabut untuk pengujian.", Instant.now());
    }

    public ArticleBuilder article(Site site) {
        return new ArticleBuilder(site);
    }

    public final class SiteBuilder {
        private String zone = "Asia/Jakarta";
        private List<String> rubrics = List.of("Politik", "Ekonomi", "Olahraga");
        private String name;
        private String domain = "test";
        private String language;

        public SiteBuilder zone(String zone) {
            this.zone = zone;
            return this;
        }

        public SiteBuilder rubrics(String... rubrics) {
            this.rubrics = Arrays.asList(rubrics);
            return this;
        }

        public SiteBuilder named(String name) {
            this.name = name;
            return this;
        }

        /** The site's language ({@code en}); there is no screen for it yet, so the column is set directly. */
        public SiteBuilder language(String language) {
            this.language = language;
            return this;
        }

        /**
         * A host under {@code .localhost} instead of {@code .test}: a real browser resolves it to this machine by
         * itself, so it can open the site's public pages without a Host header of the test's choosing.
         */
        public SiteBuilder onLocalhost() {
            this.domain = "localhost";
            return this;
        }

        public Site create() {
            var slug = "situs" + counter.incrementAndGet();
            var host = slug + "." + domain;
            var siteName = name != null ? name : "Kabar " + slug;
            var site = sites.create(new NewSite(
                    slug,
                    siteName,
                    siteName.replace(" ", "").toUpperCase(),
                    "Berita dari " + siteName,
                    "http://" + host,
                    ZoneId.of(zone),
                    null,
                    List.of(host)));
            rubrics.forEach(r -> sites.addRubric(site.id(), r.toLowerCase().replace(' ', '-'), r));
            if (language != null) {
                jdbc.sql("update site set language = :language where id = :id")
                        .param("language", language)
                        .param("id", site.id())
                        .update();
                sites.reload();
            }
            return sites.byId(site.id()).orElseThrow();
        }
    }

    public final class ArticleBuilder {
        private final Site site;
        private String rubric;
        private String title = "Warga Menanam Seribu Pohon di Lereng Gunung";
        private int paragraphs = 10;
        private String body;
        private List<Person> writers = List.of();
        private Person editor;
        private List<Topic> topicList = List.of();
        private Instant publishedAt =
                Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);
        private Instant updatedAt;
        private boolean image = true;
        private Long imageId;
        private final List<Notice> notices = new ArrayList<>();
        private List<GalleryPicture> gallery = List.of();
        private String videoUrl;
        private String sponsor;

        ArticleBuilder(Site site) {
            this.site = site;
            this.rubric = site.rubrics().getFirst().slug();
        }

        public ArticleBuilder rubric(String slug) {
            this.rubric = slug;
            return this;
        }

        public ArticleBuilder title(String title) {
            this.title = title;
            return this;
        }

        public ArticleBuilder paragraphs(int count) {
            this.paragraphs = count;
            return this;
        }

        public ArticleBuilder body(String html) {
            this.body = html;
            return this;
        }

        public ArticleBuilder writers(Person... writers) {
            this.writers = List.of(writers);
            return this;
        }

        public ArticleBuilder editor(Person editor) {
            this.editor = editor;
            return this;
        }

        public ArticleBuilder topics(Topic... topics) {
            this.topicList = List.of(topics);
            return this;
        }

        public ArticleBuilder publishedAt(Instant at) {
            this.publishedAt = at;
            return this;
        }

        public ArticleBuilder updatedAt(Instant at) {
            this.updatedAt = at;
            return this;
        }

        /** A picture already in the site's media library, instead of a placeholder. */
        public ArticleBuilder image(long mediaId) {
            this.imageId = mediaId;
            return this;
        }

        public ArticleBuilder withoutImage() {
            this.image = false;
            return this;
        }

        /** A photo story of these pictures of the library, captioned "Foto ke-1", … and credited "Pewarta Foto". */
        public ArticleBuilder gallery(long... mediaIds) {
            var pictures = new ArrayList<GalleryPicture>();
            for (long mediaId : mediaIds) {
                pictures.add(new GalleryPicture(mediaId, "Foto ke-" + (pictures.size() + 1), "Pewarta Foto"));
            }
            this.gallery = pictures;
            return this;
        }

        public ArticleBuilder video(String youTubeAddress) {
            this.videoUrl = youTubeAddress;
            return this;
        }

        /** An advertorial paid for by this sponsor. */
        public ArticleBuilder sponsoredBy(String sponsor) {
            this.sponsor = sponsor;
            return this;
        }

        public ArticleBuilder notice(Notice.Kind kind, String text, Instant at) {
            notices.add(new Notice(kind, text, at));
            return this;
        }

        public long publish() {
            long id = jdbc.sql("insert into story (site_id, status) values (:site, 'PUBLISHED') returning id")
                    .param("site", site.id())
                    .query(Long.class)
                    .single();
            var writerList = writers.isEmpty() ? List.of(person("Penulis Uji")) : writers;
            var rubricId = site.rubric(rubric).orElseThrow().id();
            Long imageId = this.imageId != null ? this.imageId : image ? Fixtures.this.image(site) : null;
            publishing.publish(new PublishedArticle(
                    id,
                    site.id(),
                    new ArticleContent(
                            rubricId,
                            title,
                            slugOf(title),
                            "Ringkasan: " + title,
                            body != null ? body : paragraphHtml(paragraphs),
                            null,
                            null,
                            null,
                            imageId,
                            "Suasana kegiatan warga.",
                            "Dok. Redaksi",
                            writerList.stream().map(Person::id).toList(),
                            topicList.stream().map(Topic::id).toList(),
                            editor == null ? null : editor.id(),
                            gallery,
                            videoUrl,
                            sponsor),
                    publishedAt,
                    updatedAt != null ? updatedAt : publishedAt));
            notices.forEach(n -> publishing.addNotice(id, n));
            return id;
        }

        private static String slugOf(String title) {
            return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }

        private static String paragraphHtml(int count) {
            return IntStream.rangeClosed(1, count)
                    .mapToObj(i -> "<p>Paragraf ke-" + i + " dari berita ini.</p>")
                    .collect(Collectors.joining());
        }
    }
}
