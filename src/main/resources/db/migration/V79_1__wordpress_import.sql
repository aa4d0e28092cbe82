-- What a WordPress import made from each thing it read, per site, so that running the same export again updates
-- instead of duplicating, and does not overwrite a story edited in the newsroom since (its version moved).
create table wordpress_post (
    site_id        bigint not null references site (id) on delete cascade,
    wp_id          bigint not null,
    story_id       bigint not null,
    story_version  int    not null,
    digest         text   not null,
    primary key (site_id, wp_id)
);

-- One person per WordPress login (or Co-Authors Plus guest author), kept across imports.
create table wordpress_author (
    site_id    bigint not null references site (id) on delete cascade,
    login      text   not null,
    person_id  bigint not null references person (id),
    primary key (site_id, login)
);

-- Attachments as the export lists them (read in a first pass, since a post's pictures usually follow it in the
-- file), and the media item each became once one was fetched.
create table wordpress_attachment (
    site_id    bigint not null references site (id) on delete cascade,
    wp_id      bigint not null,
    url        text   not null default '',
    file       text   not null default '',
    caption    text   not null default '',
    credit     text   not null default '',
    alt_text   text   not null default '',
    media_id   bigint references media (id),
    primary key (site_id, wp_id)
);
create index wordpress_attachment_url on wordpress_attachment (site_id, url);
