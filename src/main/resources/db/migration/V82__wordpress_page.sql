-- Which static page each WordPress page became and what the import wrote there, so that running the same export
-- again changes nothing and does not overwrite a page its site admin edited since (the page no longer reads so).
create table wordpress_page (
    site_id  bigint not null references site (id) on delete cascade,
    wp_id    bigint not null,
    slug     text   not null,
    digest   text   not null,
    primary key (site_id, wp_id)
);
