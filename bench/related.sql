-- Articles.related, as run for the article :rel_id (included by explain.sql): Articles.RELATED_PER_TOPIC = 500,
-- Articles.RELATED_WINDOW = 2,000
:explain with q as (
  select to_tsquery('indonesian', coalesce((select string_agg(quote_literal(l), ' | ')
           from unnest(tsvector_to_array(to_tsvector('indonesian', unaccent_text(:'rel_title')))) l), ''))
         as words),
sharing as (
  select c.article_id as id, count(*) as shared, max(c.published_at) as published_at
    from unnest(:'rel_topics'::bigint[]) t(id)
    cross join lateral (select x.article_id, x.published_at from article_topic x
                         where x.topic_id = t.id and x.article_id <> :rel_id
                         order by x.published_at desc, x.article_id desc limit 500) c
   group by c.article_id
   order by count(*) desc, max(c.published_at) desc, c.article_id desc limit 6),
shared as (
  select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at, m.storage_key, m.width, m.height, m.alt_text,
         s.shared, 0::real as score, 0 as tier
    from sharing s join article a on a.id = s.id left join media m on m.id = a.image_id
   where a.site_id = :site_id)
select * from shared
union all
(select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at, m.storage_key, m.width, m.height, m.alt_text,
        0, ts_rank(a.search, q.words), 1
   from q, (select r.id from article r where r.site_id = :site_id order by r.published_at desc, r.id desc limit 2000) w
   join article a on a.id = w.id left join media m on m.id = a.image_id
  where (select count(*) from shared) < 6 and a.search @@ q.words and a.id <> :rel_id
  order by ts_rank(a.search, q.words) desc, a.published_at desc, a.id desc limit 6)
union all
(select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at, m.storage_key, m.width, m.height, m.alt_text,
        0, 0, 2
   from article a left join media m on m.id = a.image_id
  where (select count(*) from shared) < 6 and a.rubric_id = :rel_rubric and a.site_id = :site_id and a.id <> :rel_id
  order by a.published_at desc, a.id desc limit 6)
order by tier, shared desc, score desc, published_at desc, id desc;
