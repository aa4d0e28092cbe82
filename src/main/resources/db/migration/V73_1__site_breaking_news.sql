-- The breaking news bar (Berita Terkini) of a site: one line of text and its link, shown on every page of the
-- site until it ends. Loaded with the site, so every page has it without a query.
create table site_breaking_news (
    site_id    bigint      primary key references site (id) on delete cascade,
    text       text        not null check (length(text) between 1 and 200),
    url        text        not null check (length(url) between 1 and 500),
    -- the story it points at, when it is one of the site's; the text and link are kept as they were pinned
    article_id bigint,
    ends_at    timestamptz not null
);
