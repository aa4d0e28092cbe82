package id.redaksi.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published articles. Every read here is one query, whatever the number of writers, topics or notices,
 * so a page costs the same for a short item as for a long feature.
 */
@Repository
public class Articles {

    /** The renditions of the picture (keys and widths), in the same query so a page costs no extra statement. */
    private static final String RENDITIONS = """
            (select string_agg(r.storage_key || ' ' || r.width || 'w', ', ' order by r.width)
               from media_rendition r where r.media_id = m.id) as renditions""";

    /** The columns {@link #card} reads, over {@code article a left join media m on m.id = a.image_id}. */
    public static final String CARD_COLUMNS = """
            a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at,
            m.storage_key, m.width, m.height, m.alt_text, %s
            """.formatted(RENDITIONS);

    /** How many related articles a page or an app shows under an article. */
    public static final int RELATED = 6;

    /** How many of each topic's newest articles {@link #related} counts shared topics over. */
    static final int RELATED_PER_TOPIC = 500;

    /** How many of a site's newest articles {@link #related} ranks by headline words when topics gave too few. */
    static final int RELATED_WINDOW = 2_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ImageSettings images;

    Articles(JdbcClient jdbc, JsonMapper json, ImageSettings images) {
        this.jdbc = jdbc;
        this.json = json;
        this.images = images;
    }

    /** The article as its address names it: an id that is no positive number finds none. */
    public Optional<Article> find(long siteId, String id) {
        try {
            long n = Long.parseLong(id);
            return n > 0 ? find(siteId, n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Optional<Article> find(long siteId, long id) {
        return jdbc.sql("""
                        select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.body_html, a.seo_title,
                          a.seo_description, a.dateline_override, a.image_id, a.image_caption, a.image_credit,
                          a.published_at, a.updated_at, m.storage_key, m.width, m.height, m.alt_text, %s, e.slug as editor_slug, e.name as editor_name,
                          (select coalesce(json_agg(json_build_object('slug', p.slug, 'name', p.name) order by w.position), '[]')
                             from article_writer w join person p on p.id = w.person_id where w.article_id = a.id) as writers,
                          (select coalesce(json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', t.name) order by t.name), '[]')
                             from article_topic x join topic t on t.id = x.topic_id where x.article_id = a.id) as topics,
                          (select coalesce(json_agg(json_build_object('kind', n.kind, 'text', n.text,
                                  'at', floor(extract(epoch from n.created_at) * 1000)::bigint) order by n.created_at, n.id), '[]')
                             from article_notice n where n.article_id = a.id) as notices
                        from article a
                        left join media m on m.id = a.image_id
                        left join person e on e.id = a.editor_id
                        where a.id = :id and a.site_id = :site
                        """.formatted(RENDITIONS))
                .param("id", id)
                .param("site", siteId)
                .query(this::article)
                .optional();
    }

    public List<ArticleCard> latest(long siteId, int offset, int limit) {
        return newestFirst("where a.site_id = :site", offset, limit)
                .param("site", siteId)
                .query(this::card)
                .list();
    }

    public List<ArticleCard> inRubric(long rubricId, int offset, int limit) {
        return newestFirst("where a.rubric_id = :rubric", offset, limit)
                .param("rubric", rubricId)
                .query(this::card)
                .list();
    }

    /** The published articles of a site among {@code ids}, in the order of {@code ids}; the others are left out. */
    public List<ArticleCard> cards(long siteId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + CARD_COLUMNS + """
                         from article a left join media m on m.id = a.image_id
                        where a.site_id = :site and a.id = any(:ids::bigint[])
                        order by array_position(:ids::bigint[], a.id)
                        """)
                .param("site", siteId)
                .param("ids", ids.toArray(Long[]::new))
                .query(this::card)
                .list();
    }

    /** The newest few of every rubric of a site, for the home page's blocks, in one query. */
    public List<ArticleCard> latestPerRubric(long siteId, int perRubric) {
        return jdbc.sql("""
                        select %s
                        from rubric r
                        cross join lateral (select * from article x where x.rubric_id = r.id
                                            order by x.published_at desc, x.id desc limit :n) a
                        left join media m on m.id = a.image_id
                        where r.site_id = :site
                        order by r.position, a.published_at desc, a.id desc
                        """.formatted(CARD_COLUMNS))
                .param("site", siteId)
                .param("n", perRubric)
                .query(this::card)
                .list();
    }

    public List<ArticleCard> withTopic(long topicId, int offset, int limit) {
        // read off article_topic_newest alone: the topic's links carry their article's publication time
        return page("""
                        select x.article_id as id, x.published_at from article_topic x where x.topic_id = :topic
                        order by x.published_at desc, x.article_id desc offset :offset limit :limit
                        """)
                .param("topic", topicId)
                .param("offset", offset)
                .param("limit", limit)
                .query(this::card)
                .list();
    }

    /** Articles of one site that credit the person as a writer or as the editor. */
    public List<ArticleCard> creditedTo(long siteId, long personId, int offset, int limit) {
        // two lists read off their own indexes, each only as far as the page reaches, then merged
        return jdbc.sql("select " + CARD_COLUMNS + """
                         from (select id, published_at from (
                                 (select w.article_id as id, w.published_at from article_writer w
                                   where w.person_id = :person and w.site_id = :site
                                   order by w.published_at desc, w.article_id desc limit :reach)
                                 union
                                 (select e.id, e.published_at from article e
                                   where e.editor_id = :person and e.site_id = :site
                                   order by e.published_at desc, e.id desc limit :reach)) credits
                               order by published_at desc, id desc offset :offset limit :limit) p
                        join article a on a.id = p.id
                        left join media m on m.id = a.image_id
                        order by p.published_at desc, p.id desc
                        """)
                .param("site", siteId)
                .param("person", personId)
                .param("reach", offset + limit)
                .param("offset", offset)
                .param("limit", limit)
                .query(this::card)
                .list();
    }

    /**
     * Up to {@code limit} of the site's articles published before ({@code at}, {@code id}), newest first: pages
     * for apps that never skip or repeat an article when new ones are published while they page.
     */
    public List<ArticleCard> latestBefore(long siteId, Instant at, long id, int limit) {
        return before("where a.site_id = :site", at, id, limit)
                .param("site", siteId)
                .query(this::card)
                .list();
    }

    public List<ArticleCard> inRubricBefore(long rubricId, Instant at, long id, int limit) {
        return before("where a.rubric_id = :rubric", at, id, limit)
                .param("rubric", rubricId)
                .query(this::card)
                .list();
    }

    public List<ArticleCard> withTopicBefore(long topicId, Instant at, long id, int limit) {
        return page("""
                        select x.article_id as id, x.published_at from article_topic x
                        where x.topic_id = :topic and (x.published_at, x.article_id) < (:at, :id)
                        order by x.published_at desc, x.article_id desc limit :limit
                        """)
                .param("topic", topicId)
                .param("at", java.sql.Timestamp.from(at))
                .param("id", id)
                .param("limit", limit)
                .query(this::card)
                .list();
    }

    /** Keyset: the (…, published_at desc, id desc) indexes answer it without counting past earlier pages. */
    private JdbcClient.StatementSpec before(String where, Instant at, long id, int limit) {
        return jdbc.sql(
                        "select " + CARD_COLUMNS + " from article a left join media m on m.id = a.image_id " + where
                                + " and (a.published_at, a.id) < (:at, :id) order by a.published_at desc, a.id desc limit :limit")
                .param("at", java.sql.Timestamp.from(at))
                .param("id", id)
                .param("limit", limit);
    }

    public List<ArticleCard> publishedBetween(long siteId, Instant from, Instant until, int offset, int limit) {
        return newestFirst("""
                        where a.site_id = :site and a.published_at >= :from and a.published_at < :until
                        """, offset, limit)
                .param("site", siteId)
                .param("from", java.sql.Timestamp.from(from))
                .param("until", java.sql.Timestamp.from(until))
                .query(this::card)
                .list();
    }

    /**
     * Articles to link from this one, for "Baca Juga" and "Berita Terkait" alike: those sharing the most
     * topics first, then those whose text is closest to this headline, then the same rubric; newest first
     * where otherwise equal, so the same data always gives the same links. Only other published articles of
     * the same site; one query, each part served by an index.
     * <p>
     * A topic such as a city's name can be on hundreds of thousands of a site's articles, so each part looks
     * only at recent ones, and its cost does not grow with the site: the newest {@value #RELATED_PER_TOPIC}
     * articles of each of this one's topics are counted for shared topics, and the headline's words are ranked
     * over the site's newest {@value #RELATED_WINDOW}. The text and rubric parts run only when the topics gave
     * too few.
     */
    public List<ArticleCard> related(Article article, int limit) {
        var rows = jdbc.sql("""
                        with q as (
                          select to_tsquery('indonesian', coalesce((select string_agg(quote_literal(l), ' | ')
                                   from unnest(tsvector_to_array(to_tsvector('indonesian', unaccent_text(:title)))) l), ''))
                                 as words),
                        sharing as (
                          select c.article_id as id, count(*) as shared, max(c.published_at) as published_at
                            from unnest(:topics::bigint[]) t(id)
                            cross join lateral (select x.article_id, x.published_at from article_topic x
                                                 where x.topic_id = t.id and x.article_id <> :id
                                                 order by x.published_at desc, x.article_id desc limit %2$d) c
                           group by c.article_id
                           order by count(*) desc, max(c.published_at) desc, c.article_id desc limit :n),
                        shared as (
                          select %1$s, s.shared, 0::real as score, 0 as tier
                            from sharing s join article a on a.id = s.id left join media m on m.id = a.image_id
                           where a.site_id = :site)
                        select * from shared
                        union all
                        (select %1$s, 0, ts_rank(a.search, q.words), 1
                           from q, (select r.id from article r where r.site_id = :site
                                     order by r.published_at desc, r.id desc limit %3$d) w
                           join article a on a.id = w.id left join media m on m.id = a.image_id
                          where (select count(*) from shared) < :n and a.search @@ q.words and a.id <> :id
                          order by ts_rank(a.search, q.words) desc, a.published_at desc, a.id desc limit :n)
                        union all
                        (select %1$s, 0, 0, 2
                           from article a left join media m on m.id = a.image_id
                          where (select count(*) from shared) < :n
                            and a.rubric_id = :rubric and a.site_id = :site and a.id <> :id
                          order by a.published_at desc, a.id desc limit :n)
                        order by tier, shared desc, score desc, published_at desc, id desc
                        """.formatted(CARD_COLUMNS, RELATED_PER_TOPIC, RELATED_WINDOW))
                .param("title", article.title())
                .param("topics", article.topicIds().toArray(Long[]::new))
                .param("site", article.siteId())
                .param("id", article.id())
                .param("rubric", article.rubricId())
                .param("n", limit)
                .query(this::card)
                .list();
        // keyed by headline: a reader gains nothing from the same headline linked twice (a follow-up reusing it)
        var distinct = new LinkedHashMap<String, ArticleCard>();
        rows.stream()
                .filter(card -> !card.title().equalsIgnoreCase(article.title()))
                .forEach(card -> distinct.putIfAbsent(card.title().toLowerCase(java.util.Locale.ROOT), card));
        return distinct.values().stream().limit(limit).toList();
    }

    @Transactional
    public void publish(PublishedArticle a) {
        // a republished article's address shows the article again, not the notice of its withdrawal
        jdbc.sql("delete from article_withdrawal where article_id = :id")
                .param("id", a.id())
                .update();
        jdbc.sql("""
                        insert into article (id, site_id, rubric_id, title, slug, lead, body_html, seo_title, seo_description,
                                             dateline_override, image_id, image_caption, image_credit, editor_id,
                                             published_at, updated_at)
                        values (:id, :site, :rubric, :title, :slug, :lead, :body, :seoTitle, :seoDescription,
                                :dateline, :image, :caption, :credit, :editor, :publishedAt, :updatedAt)
                        on conflict (id) do update set
                          rubric_id = excluded.rubric_id, title = excluded.title, slug = excluded.slug,
                          lead = excluded.lead, body_html = excluded.body_html, seo_title = excluded.seo_title,
                          seo_description = excluded.seo_description, dateline_override = excluded.dateline_override,
                          image_id = excluded.image_id, image_caption = excluded.image_caption,
                          image_credit = excluded.image_credit, editor_id = excluded.editor_id,
                          updated_at = excluded.updated_at
                        """)
                .param("id", a.id())
                .param("site", a.siteId())
                .param("rubric", a.rubricId())
                .param("title", a.title())
                .param("slug", a.slug())
                .param("lead", a.lead())
                .param("body", BodySanitizer.sanitize(a.bodyHtml()))
                .param("seoTitle", a.seoTitle())
                .param("seoDescription", a.seoDescription())
                .param("dateline", a.datelineOverride())
                .param("image", a.imageId())
                .param("caption", a.imageCaption())
                .param("credit", a.imageCredit())
                .param("editor", a.editorId())
                .param("publishedAt", java.sql.Timestamp.from(a.publishedAt()))
                .param("updatedAt", java.sql.Timestamp.from(a.updatedAt()))
                .update();
        jdbc.sql("delete from article_writer where article_id = :id")
                .param("id", a.id())
                .update();
        jdbc.sql("""
                        insert into article_writer (article_id, position, person_id, site_id, published_at)
                        select :id, w.position, w.person, :site, :publishedAt
                        from unnest(:writers::bigint[]) with ordinality as w(person, position)
                        """)
                .param("id", a.id())
                .param("site", a.siteId())
                .param("publishedAt", java.sql.Timestamp.from(a.publishedAt()))
                .param("writers", a.writerIds().toArray(Long[]::new))
                .update();
        jdbc.sql("delete from article_topic where article_id = :id")
                .param("id", a.id())
                .update();
        jdbc.sql(
                        "insert into article_topic (article_id, topic_id, published_at) select :id, unnest(:topics::bigint[]), :publishedAt on conflict do nothing")
                .param("id", a.id())
                .param("publishedAt", java.sql.Timestamp.from(a.publishedAt()))
                .param("topics", a.topicIds().toArray(Long[]::new))
                .update();
    }

    /** A stored picture of the site as pages show it, for previews of drafts that are not published yet. */
    public Optional<Image> image(long siteId, long mediaId) {
        return jdbc.sql(
                        "select m.storage_key, m.width, m.height, m.alt_text, %s from media m where m.id = :id and m.site_id = :site"
                                .formatted(RENDITIONS))
                .param("id", mediaId)
                .param("site", siteId)
                .query((rs, n) -> image(rs))
                .optional();
    }

    /**
     * Takes an article off the public side, leaving at its address why and the title readers knew it by; the newsroom
     * keeps its story.
     */
    public void withdraw(long id, String reason, Instant at) {
        jdbc.sql("""
                        insert into article_withdrawal (article_id, site_id, title, reason, withdrawn_at)
                        select a.id, a.site_id, a.title, :reason, :at from article a where a.id = :id
                        on conflict (article_id) do update
                          set title = excluded.title, reason = excluded.reason, withdrawn_at = excluded.withdrawn_at""")
                .param("id", id)
                .param("reason", reason)
                .param("at", java.sql.Timestamp.from(at))
                .update();
        jdbc.sql("delete from article where id = :id").param("id", id).update();
    }

    /** The withdrawal an address of the site names, when the article at that id was withdrawn and is still off. */
    public Optional<Withdrawal> withdrawal(long siteId, String id) {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return jdbc.sql("select * from article_withdrawal where article_id = :id and site_id = :site")
                .param("id", n)
                .param("site", siteId)
                .query((rs, row) -> new Withdrawal(
                        rs.getLong("article_id"),
                        rs.getLong("site_id"),
                        rs.getString("title"),
                        rs.getString("reason"),
                        rs.getTimestamp("withdrawn_at").toInstant()))
                .optional();
    }

    /** The article's notices, oldest first, as its page shows them; kept while the article is withdrawn. */
    public List<IssuedNotice> notices(long articleId) {
        return jdbc.sql("select * from article_notice where article_id = :id order by created_at, id")
                .param("id", articleId)
                .query((rs, n) -> new IssuedNotice(
                        rs.getLong("id"),
                        new Notice(
                                Notice.Kind.valueOf(rs.getString("kind")),
                                rs.getString("text"),
                                rs.getTimestamp("created_at").toInstant())))
                .list();
    }

    /** Changes a notice's text; its time stays, as the moment the article was first corrected. */
    public void changeNotice(long articleId, long noticeId, String text) {
        jdbc.sql("update article_notice set text = :text where id = :notice and article_id = :id")
                .param("text", text)
                .param("notice", noticeId)
                .param("id", articleId)
                .update();
    }

    public void removeNotice(long articleId, long noticeId) {
        jdbc.sql("delete from article_notice where id = :notice and article_id = :id")
                .param("notice", noticeId)
                .param("id", articleId)
                .update();
    }

    public void addNotice(long articleId, Notice notice) {
        jdbc.sql("insert into article_notice (article_id, kind, text, created_at) values (:id, :kind, :text, :at)")
                .param("id", articleId)
                .param("kind", notice.kind().name())
                .param("text", notice.text())
                .param("at", java.sql.Timestamp.from(notice.at()))
                .update();
    }

    /**
     * A page of the articles that {@code from} (joins and a where clause over {@code article a}) selects, newest
     * first. The page is found first on ids and dates alone, which the (…, published_at desc, id desc) indexes hold,
     * so skipping to page 400 walks index entries instead of fetching 8,000 rows; only the page's rows are read whole.
     */
    private JdbcClient.StatementSpec newestFirst(String from, int offset, int limit) {
        return page("select a.id, a.published_at from article a " + from
                        + " order by a.published_at desc, a.id desc offset :offset limit :limit")
                .param("offset", offset)
                .param("limit", limit);
    }

    /** The cards of a page whose ids and publication times {@code ids} finds, newest first, reading only its rows. */
    private JdbcClient.StatementSpec page(String ids) {
        return jdbc.sql("select " + CARD_COLUMNS + " from (" + ids + """
                        ) p
                        join article a on a.id = p.id
                        left join media m on m.id = a.image_id
                        order by p.published_at desc, p.id desc
                        """);
    }

    /** An article card from a row holding {@link #CARD_COLUMNS}. */
    public ArticleCard card(ResultSet rs, int row) throws SQLException {
        return new ArticleCard(
                rs.getLong("id"),
                rs.getLong("site_id"),
                rs.getLong("rubric_id"),
                rs.getString("title"),
                rs.getString("slug"),
                rs.getString("lead"),
                image(rs),
                rs.getTimestamp("published_at").toInstant());
    }

    private Image image(ResultSet rs) throws SQLException {
        var key = rs.getString("storage_key");
        if (key == null) {
            return null;
        }
        var path = images.address(key);
        int width = rs.getInt("width");
        var renditions = rs.getString("renditions");
        // the original closes the list, for screens wider than the widest rendition
        var srcset = renditions == null
                ? ""
                : Arrays.stream(renditions.split(", ")).map(images::address).collect(Collectors.joining(", ")) + ", "
                        + path + " " + width + "w";
        return new Image(path, width, rs.getInt("height"), rs.getString("alt_text"), srcset);
    }

    private Article article(ResultSet rs, int row) throws SQLException {
        var editorSlug = rs.getString("editor_slug");
        return new Article(
                rs.getLong("id"),
                rs.getLong("site_id"),
                rs.getLong("rubric_id"),
                rs.getString("title"),
                rs.getString("slug"),
                rs.getString("lead"),
                rs.getString("body_html"),
                rs.getString("seo_title"),
                rs.getString("seo_description"),
                rs.getString("dateline_override"),
                image(rs),
                rs.getString("image_caption"),
                rs.getString("image_credit"),
                list(
                        rs.getString("writers"),
                        n -> new Credit(n.get("slug").asString(), n.get("name").asString())),
                editorSlug == null ? null : new Credit(editorSlug, rs.getString("editor_name")),
                list(
                        rs.getString("topics"),
                        n -> new Topic(
                                n.get("id").asLong(),
                                rs.getLong("site_id"),
                                n.get("slug").asString(),
                                n.get("name").asString())),
                list(
                        rs.getString("notices"),
                        n -> new Notice(
                                Notice.Kind.valueOf(n.get("kind").asString()),
                                n.get("text").asString(),
                                Instant.ofEpochMilli(n.get("at").asLong()))),
                rs.getTimestamp("published_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private <T> List<T> list(String array, NodeMapper<T> mapper) throws SQLException {
        var out = new ArrayList<T>();
        for (JsonNode node : json.readTree(array)) {
            out.add(mapper.map(node));
        }
        return List.copyOf(out);
    }

    @FunctionalInterface
    private interface NodeMapper<T> {
        T map(JsonNode node) throws SQLException;
    }
}
