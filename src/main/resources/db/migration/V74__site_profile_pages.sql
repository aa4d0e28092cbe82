-- What a site says about itself as a press outlet: the footer's settings (Dewan Pers verification, Google News, the
-- apps, social accounts; an empty text is a setting left empty) and its static pages at /halaman/{slug}. Both are
-- the site module's, read with the sites into memory.
create table site_profile (
    site_id            bigint primary key references site (id) on delete cascade,
    press_verified     boolean not null default false,
    press_certificate  text not null default '',
    press_url          text not null default '',
    google_news_url    text not null default '',
    play_store_url     text not null default '',
    app_store_url      text not null default '',
    facebook_url       text not null default '',
    instagram_url      text not null default '',
    x_url              text not null default '',
    youtube_url        text not null default '',
    tiktok_url         text not null default ''
);

insert into site_profile (site_id) select id from site;

create table site_page (
    site_id     bigint not null references site (id) on delete cascade,
    slug        text not null check (slug ~ '^[a-z0-9-]+$'),
    title       text not null,
    body_html   text not null default '',
    position    int not null default 0,
    updated_at  timestamptz not null default now(),
    primary key (site_id, slug)
);
