-- Indexes for a site of a million articles (bench/README-scale.md).

-- A topic's page lists its articles newest first. For a topic on a large share of the site (a city's name), the
-- fastest way is to walk all articles newest first and keep those with the topic, stopping after the page;
-- without this index the planner could only gather every article of the topic and sort them all.
create index article_published on article (published_at desc, id desc);
