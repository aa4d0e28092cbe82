-- EXPLAIN (ANALYZE, BUFFERS) of every query the measured pages run, with realistic parameters taken from the data.
--   psql -h localhost -p PGPORT -U postgres postgres -v site=malang -v topic=kota-malang -v person=hadi-pratama \
--        -v rubric=politik -v q=banjir -f bench/explain.sql
-- The SQL is copied from Articles, Search, SearchWords, MostRead, ReadCounts and Topics/People/Sites lookups.
\set ON_ERROR_STOP on
\pset pager off
select s.id as site_id from site s where s.slug = :'site' \gset
select r.id as rubric_id from rubric r where r.site_id = :site_id and r.slug = :'rubric' \gset
select t.id as topic_id from topic t where t.site_id = :site_id and t.slug = :'topic' \gset
select p.id as person_id from person p where p.slug = :'person' \gset
-- the newest article and the oldest, as on the measured article pages
select a.id as recent_id, a.rubric_id as recent_rubric, a.title as recent_title,
       (select '{' || string_agg(topic_id::text, ',') || '}' from article_topic where article_id = a.id) as recent_topics
  from article a where a.site_id = :site_id order by a.published_at desc, a.id desc limit 1 \gset
select a.id as old_id, a.rubric_id as old_rubric, a.title as old_title,
       (select '{' || string_agg(topic_id::text, ',') || '}' from article_topic where article_id = a.id) as old_topics
  from article a where a.site_id = :site_id order by a.published_at, a.id limit 1 \gset
\echo site :site_id rubric :rubric_id topic :topic_id person :person_id recent :recent_id :recent_topics old :old_id :old_topics
\set explain 'explain (analyze, buffers, costs off, summary on)'

\echo '=== Articles.find (article page)'
:explain select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.body_html, a.seo_title, a.seo_description,
  a.dateline_override, a.image_id, a.image_caption, a.image_credit, a.published_at, a.updated_at,
  m.storage_key, m.width, m.height, m.alt_text,
  (select string_agg('/media/' || r.storage_key || ' ' || r.width || 'w', ', ' order by r.width)
     from media_rendition r where r.media_id = m.id) as renditions, e.slug as editor_slug, e.name as editor_name,
  (select coalesce(json_agg(json_build_object('slug', p.slug, 'name', p.name) order by w.position), '[]')
     from article_writer w join person p on p.id = w.person_id where w.article_id = a.id) as writers,
  (select coalesce(json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', t.name) order by t.name), '[]')
     from article_topic x join topic t on t.id = x.topic_id where x.article_id = a.id) as topics,
  (select coalesce(json_agg(json_build_object('kind', n.kind, 'text', n.text,
          'at', floor(extract(epoch from n.created_at) * 1000)::bigint) order by n.created_at, n.id), '[]')
     from article_notice n where n.article_id = a.id) as notices
from article a left join media m on m.id = a.image_id left join person e on e.id = a.editor_id
where a.id = :old_id and a.site_id = :site_id;

\echo '=== ReadCounts.total (article page)'
:explain select total from article_reads where article_id = :recent_id;

\echo '=== Articles.related (article page), recent article'
select :recent_id as rel_id, :'recent_title' as rel_title, :'recent_topics' as rel_topics, :recent_rubric as rel_rubric \gset
\ir related.sql
\echo '=== Articles.related (article page), oldest article'
select :old_id as rel_id, :'old_title' as rel_title, :'old_topics' as rel_topics, :old_rubric as rel_rubric \gset
\ir related.sql

\echo '=== Articles.latest (home page: 13 newest)'
:explain select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at, m.storage_key, m.width, m.height, m.alt_text
 from (select a.id, a.published_at from article a where a.site_id = :site_id
        order by a.published_at desc, a.id desc offset 0 limit 13) p
 join article a on a.id = p.id left join media m on m.id = a.image_id
 order by p.published_at desc, p.id desc;

\echo '=== Articles.latestPerRubric (home page: 4 per rubric)'
:explain select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at, m.storage_key, m.width, m.height, m.alt_text
 from rubric r
 cross join lateral (select * from article x where x.rubric_id = r.id order by x.published_at desc, x.id desc limit 4) a
 left join media m on m.id = a.image_id
 where r.site_id = :site_id
 order by r.position, a.published_at desc, a.id desc;

\echo '=== MostRead.onSite (home page) and MostRead.inRubric (rubric page), 24 hours'
:explain select article_id from article_reads_hourly where site_id = :site_id and hour >= date_trunc('hour', now()) - interval '23 hours'
 group by article_id order by sum(reads) desc, article_id desc limit 10;
:explain select article_id from article_reads_hourly where rubric_id = :rubric_id and hour >= date_trunc('hour', now()) - interval '23 hours'
 group by article_id order by sum(reads) desc, article_id desc limit 10;

\echo '=== Articles.cards(ids) (most-read cards)'
select '{' || string_agg(id::text, ',') || '}' as ids from (select id from article where site_id = :site_id order by published_at desc limit 10) x \gset
:explain select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at, m.storage_key, m.width, m.height, m.alt_text
 from article a left join media m on m.id = a.image_id
 where a.site_id = :site_id and a.id = any(:'ids'::bigint[]) order by array_position(:'ids'::bigint[], a.id) offset 0 limit 10;

\echo '=== Articles.inRubric page 1 (rubric page)'
:explain select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at, m.storage_key, m.width, m.height, m.alt_text
 from (select a.id, a.published_at from article a where a.rubric_id = :rubric_id
        order by a.published_at desc, a.id desc offset 0 limit 21) p
 join article a on a.id = p.id left join media m on m.id = a.image_id
 order by p.published_at desc, p.id desc;

\echo '=== Articles.inRubric page 400 (offset 7980)'
:explain select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at, m.storage_key, m.width, m.height, m.alt_text
 from (select a.id, a.published_at from article a where a.rubric_id = :rubric_id
        order by a.published_at desc, a.id desc offset 7980 limit 21) p
 join article a on a.id = p.id left join media m on m.id = a.image_id
 order by p.published_at desc, p.id desc;

\echo '=== Topics.bySlug and Articles.withTopic page 1 (topic page)'
:explain select * from topic where site_id = :site_id and slug = :'topic';
:explain select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at, m.storage_key, m.width, m.height, m.alt_text
 from (select x.article_id as id, x.published_at from article_topic x where x.topic_id = :topic_id
        order by x.published_at desc, x.article_id desc offset 0 limit 21) p
 join article a on a.id = p.id left join media m on m.id = a.image_id
 order by p.published_at desc, p.id desc;
\echo '=== Articles.withTopic page 1 for the site''s rarest topic'
select x.topic_id as rare_topic from article_topic x join topic t on t.id = x.topic_id where t.site_id = :site_id
 group by 1 order by count(*), 1 limit 1 \gset
:explain select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at, m.storage_key, m.width, m.height, m.alt_text
 from (select x.article_id as id, x.published_at from article_topic x where x.topic_id = :rare_topic
        order by x.published_at desc, x.article_id desc offset 0 limit 21) p
 join article a on a.id = p.id left join media m on m.id = a.image_id
 order by p.published_at desc, p.id desc;

\echo '=== People.bySlug and Articles.creditedTo page 1 (person page)'
:explain select * from person where slug = :'person';
:explain select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at, m.storage_key, m.width, m.height, m.alt_text
 from (select id, published_at from (
         (select w.article_id as id, w.published_at from article_writer w
           where w.person_id = :person_id and w.site_id = :site_id order by w.published_at desc, w.article_id desc limit 21)
         union
         (select e.id, e.published_at from article e
           where e.editor_id = :person_id and e.site_id = :site_id order by e.published_at desc, e.id desc limit 21)) credits
        order by published_at desc, id desc offset 0 limit 21) p
 join article a on a.id = p.id left join media m on m.id = a.image_id
 order by p.published_at desc, p.id desc;

-- Search sets plan_cache_mode = force_custom_plan for its statements, so each is planned for its text, as here
\echo '=== Search.count (search page; runs beside the page)'
:explain select count(*) from (select 1 from article a cross join websearch_to_tsquery('indonesian', unaccent_text(:'q')) q
 where a.site_id = :site_id and a.search @@ q and (0 = 0 or a.rubric_id = 0)
   and a.published_at >= '1900-01-01' and a.published_at < '9999-01-01' limit 1001) c;
\echo '=== Search.page, newest first (search page, first 20)'
:explain select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at, m.storage_key, m.width, m.height, m.alt_text,
   ts_headline('indonesian', translate(regexp_replace(a.body_html, '<[^>]+>', ' ', 'g'), chr(1) || chr(2), ''), p.q,
               'StartSel="\u0001", StopSel="\u0002", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') as headline
 from (select a.id, a.published_at, q, 0 as rank
         from article a cross join websearch_to_tsquery('indonesian', unaccent_text(:'q')) q
        where a.site_id = :site_id and a.search @@ q and (0 = 0 or a.rubric_id = 0)
          and a.published_at >= '1900-01-01' and a.published_at < '9999-01-01'
        order by a.published_at desc, a.id desc offset 0 limit 20) p
 join article a on a.id = p.id left join media m on m.id = a.image_id
 order by p.rank desc, p.published_at desc, p.id desc;
\echo '=== Search.page by relevance (urut=relevan): the newest 100 matches ranked'
:explain select a.id, a.title
 from (select * from (select a.id, a.published_at, q, ts_rank_cd(a.search, q) as rank
         from article a cross join websearch_to_tsquery('indonesian', unaccent_text(:'q')) q
        where a.site_id = :site_id and a.search @@ q and (0 = 0 or a.rubric_id = 0)
          and a.published_at >= '1900-01-01' and a.published_at < '9999-01-01'
        order by a.published_at desc, a.id desc limit 100) w
       order by w.rank desc, w.published_at desc, w.id desc offset 0 limit 20) p
 join article a on a.id = p.id left join media m on m.id = a.image_id
 order by p.rank desc, p.published_at desc, p.id desc;

\echo '=== SitemapArticles.months (sitemap.xml)'
:explain select to_char(a.published_at at time zone 'Asia/Jakarta', 'YYYY-MM') as month, count(*) as articles,
   max(greatest(a.published_at, a.updated_at)) as last_modified
 from article a where a.site_id = :site_id group by 1 order by 1;
\echo '=== SitemapArticles.pagesVersion (sitemap-pages.xml)'
:explain select md5('r' || ':' || count(*) || ':' || coalesce(max(a.updated_at)::text, '')) as digest,
   max(greatest(a.published_at, a.updated_at)) as last_modified
 from article a where a.site_id = :site_id;
