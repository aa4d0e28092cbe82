-- Addresses an article, rubric, topic or person had on the site's previous system (a WordPress import), so that
-- links from search engines and old shares answer 301 to the page here. Read only when no route matched (a 404),
-- by the primary key: it costs nothing on normal pages and one index probe per unknown address.
-- address is normalised: a path without trailing slash ('/2023/09/05/banjir'), 'slug:banjir' for any permalink
-- form ending in the post's name, 'p:123' for '/?p=123'.
create table old_address (
    site_id     bigint not null references site (id) on delete cascade,
    address     text   not null,
    article_id  bigint,
    target_path text,
    primary key (site_id, address),
    check ((article_id is null) <> (target_path is null))
);
