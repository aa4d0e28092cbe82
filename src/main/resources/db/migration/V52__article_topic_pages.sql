-- A topic's page and an article's related links read a topic's articles newest first. Keeping the publication
-- time on each topic link lets both be read off one index, however many articles carry the topic
-- (bench/README-scale.md): no join to article, no sort of a city-wide topic's quarter of a million rows.
alter table article_topic add column published_at timestamptz;
update article_topic x set published_at = a.published_at from article a where a.id = x.article_id;
alter table article_topic alter column published_at set not null;
create index article_topic_newest on article_topic (topic_id, published_at desc, article_id desc);
drop index article_topic_topic;
