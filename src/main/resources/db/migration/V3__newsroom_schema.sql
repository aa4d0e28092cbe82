-- Stories being written. A story's id becomes its article's id when it is first published;
-- the draft here is edited freely while readers keep seeing the published copy in article.
create table story (
    id                  bigint generated always as identity primary key,
    site_id             bigint not null references site (id),
    status              text   not null check (status in
                            ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED')),
    rubric_id           bigint references rubric (id),
    title               text   not null default '',
    slug                text   not null default '',
    lead                text   not null default '',
    body_html           text   not null default '',
    seo_title           text,
    seo_description     text,
    dateline_override   text,
    image_id            bigint references media (id),
    image_caption       text   not null default '',
    image_credit        text   not null default '',
    writer_ids          bigint[] not null default '{}',
    topic_ids           bigint[] not null default '{}',
    editor_id           bigint references person (id),
    scheduled_at        timestamptz,
    first_published_at  timestamptz,
    version             int    not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
create index story_site_status on story (site_id, status, updated_at desc);
create index story_scheduled on story (scheduled_at) where status = 'SCHEDULED';

-- Every save of a story, whole, so any two can be compared and an old one restored.
create table story_revision (
    id          bigint generated always as identity primary key,
    story_id    bigint not null references story (id) on delete cascade,
    number      int    not null,
    saved_by    text   not null,
    saved_at    timestamptz not null default now(),
    content     jsonb  not null,
    unique (story_id, number)
);
