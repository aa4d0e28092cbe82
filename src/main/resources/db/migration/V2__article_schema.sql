-- What readers see: people who are credited, topics, media, and the published revision of each article.
create table person (
    id          bigint generated always as identity primary key,
    slug        text not null unique check (slug ~ '^[a-z0-9-]+$'),
    name        text not null,
    bio         text not null default '',
    photo_path  text
);

create table topic (
    id       bigint generated always as identity primary key,
    site_id  bigint not null references site (id) on delete cascade,
    slug     text not null check (slug ~ '^[a-z0-9-]+$'),
    name     text not null,
    unique (site_id, slug)
);

create table media (
    id            bigint generated always as identity primary key,
    site_id       bigint not null references site (id),
    storage_key   text not null unique,
    content_type  text not null,
    width         int  not null check (width > 0),
    height        int  not null check (height > 0),
    byte_size     bigint not null,
    alt_text      text not null default '',
    created_at    timestamptz not null default now()
);

-- The published revision of an article: one row per article that readers can see.
-- The newsroom's editable draft lives in story; publishing copies a draft here, so editing never changes this row.
create table article (
    id                  bigint primary key,
    site_id             bigint not null references site (id),
    rubric_id           bigint not null references rubric (id),
    title               text not null,
    slug                text not null check (slug ~ '^[a-z0-9-]+$'),
    lead                text not null default '',
    body_html           text not null,
    seo_title           text,
    seo_description     text,
    dateline_override   text,
    image_id            bigint references media (id),
    image_caption       text not null default '',
    image_credit        text not null default '',
    editor_id           bigint references person (id),
    published_at        timestamptz not null,
    updated_at          timestamptz not null,
    search              tsvector generated always as (
        setweight(to_tsvector('indonesian', unaccent_text(title)), 'A') ||
        setweight(to_tsvector('indonesian', unaccent_text(lead)), 'B') ||
        setweight(to_tsvector('indonesian', unaccent_text(regexp_replace(body_html, '<[^>]+>', ' ', 'g'))), 'C')
    ) stored
);
create index article_site_published on article (site_id, published_at desc, id desc);
create index article_rubric_published on article (rubric_id, published_at desc, id desc);
create index article_editor on article (editor_id, published_at desc);
create index article_search on article using gin (search);

create table article_writer (
    article_id  bigint not null references article (id) on delete cascade,
    position    int    not null,
    person_id   bigint not null references person (id),
    primary key (article_id, position),
    unique (article_id, person_id)
);
create index article_writer_person on article_writer (person_id, article_id desc);

create table article_topic (
    article_id  bigint not null references article (id) on delete cascade,
    topic_id    bigint not null references topic (id),
    primary key (article_id, topic_id)
);
create index article_topic_topic on article_topic (topic_id, article_id);

-- Corrections (ralat) and right of reply (hak jawab) shown on the article, oldest first.
create table article_notice (
    id          bigint generated always as identity primary key,
    article_id  bigint not null references article (id) on delete cascade,
    kind        text not null check (kind in ('RALAT', 'HAK_JAWAB')),
    text        text not null,
    created_at  timestamptz not null default now()
);
create index article_notice_article on article_notice (article_id, created_at);
