-- Reads counted by the hit beacon. No foreign key to article: an article taken off the site keeps its counts,
-- and the counter must never fail a batch because one article of it was withdrawn meanwhile.
create table article_reads (
    article_id  bigint primary key,
    site_id     bigint not null,
    total       bigint not null check (total >= 0)
);

-- Reads per article per hour (the hour's start), for most-read lists over a sliding window.
-- site_id and rubric_id are those of the article when it was read.
create table article_reads_hourly (
    article_id  bigint      not null,
    hour        timestamptz not null check (extract(epoch from hour)::bigint % 3600 = 0),
    site_id     bigint      not null,
    rubric_id   bigint      not null,
    reads       bigint      not null check (reads >= 0),
    primary key (article_id, hour)
);
-- Most-read lists scan one site's (or rubric's) recent hours; covering, so no heap visits.
create index article_reads_hourly_site on article_reads_hourly (site_id, hour) include (article_id, reads);
create index article_reads_hourly_rubric on article_reads_hourly (rubric_id, hour) include (article_id, reads);
