-- The words readers may have meant, per site, for "Maksud Anda": the distinct words of titles and leads,
-- unaccented and lower-cased (surface words, not stems, so a suggestion reads as something to type).
-- Refreshed by the application on startup and every few minutes; the unique index allows a concurrent refresh.
create materialized view search_word as
select w.site_id, w.word, count(*) as frequency
from (select a.site_id, regexp_split_to_table(lower(unaccent_text(a.title || ' ' || a.lead)), '[^[:alnum:]]+') as word
      from article a) w
where length(w.word) >= 3
group by w.site_id, w.word;

create unique index search_word_key on search_word (site_id, word);
create index search_word_trgm on search_word using gin (word gin_trgm_ops);
