-- Articles.related, as run for the article :rel_id (included by explain.sql); the window is Articles.RELATED_WINDOW
:explain with q as (
  select to_tsquery('indonesian', coalesce((select string_agg(quote_literal(l), ' | ')
           from unnest(tsvector_to_array(to_tsvector('indonesian', unaccent_text(:'rel_title')))) l), ''))
         as words),
every_topic as (
  select w.id, w.published_at
    from (select a.id, a.published_at from article a where a.site_id = :site_id
           order by a.published_at desc, a.id desc limit 2000) w
   where cardinality(:'rel_topics'::bigint[]) > 0 and w.id <> :rel_id
     and (select count(*) from article_topic x where x.article_id = w.id and x.topic_id = any(:'rel_topics'::bigint[]))
         = cardinality(:'rel_topics'::bigint[])
   order by w.published_at desc, w.id desc limit 6),
shared as (
  (select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at, m.storage_key, m.width, m.height, m.alt_text,
          cardinality(:'rel_topics'::bigint[])::bigint as shared, 0::real as score, 0 as tier
     from every_topic e join article a on a.id = e.id left join media m on m.id = a.image_id
    where (select count(*) from every_topic) >= 6)
  union all
  (select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at, m.storage_key, m.width, m.height, m.alt_text,
          count(*), 0, 0
     from article_topic x join article a on a.id = x.article_id left join media m on m.id = a.image_id
    where (select count(*) from every_topic) < 6
      and x.topic_id = any(:'rel_topics'::bigint[]) and a.site_id = :site_id and a.id <> :rel_id
    group by a.id, m.id
    order by count(*) desc, a.published_at desc, a.id desc limit 6))
select * from shared
union all
(select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at, m.storage_key, m.width, m.height, m.alt_text,
        0, ts_rank(a.search, q.words), 1
   from q, article a left join media m on m.id = a.image_id
  where (select count(*) from shared) < 6 and a.search @@ q.words and a.site_id = :site_id and a.id <> :rel_id
  order by ts_rank(a.search, q.words) desc, a.published_at desc, a.id desc limit 6)
union all
(select a.id, a.site_id, a.rubric_id, a.title, a.slug, a.lead, a.published_at, m.storage_key, m.width, m.height, m.alt_text,
        0, 0, 2
   from article a left join media m on m.id = a.image_id
  where (select count(*) from shared) < 6 and a.rubric_id = :rel_rubric and a.site_id = :site_id and a.id <> :rel_id
  order by a.published_at desc, a.id desc limit 6)
order by tier, shared desc, score desc, published_at desc, id desc;
