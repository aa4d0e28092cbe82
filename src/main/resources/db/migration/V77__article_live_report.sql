-- A live report (laporan langsung): a story the newsroom marked so, keyed by the story's id, which is also its
-- article's once published (no foreign key to either: the mark is set on a draft, before any article exists, and
-- outlives a withdrawal). Live while ended_at is null; coverage runs from started_at to ended_at.
create table live_report (
    article_id  bigint primary key,
    site_id     bigint not null references site (id),
    started_at  timestamptz not null,
    ended_at    timestamptz
);

-- Its updates, each published at once. A deleted one stays, with who deleted it and when, for the audit.
create table live_update (
    id                bigint generated always as identity primary key,
    article_id        bigint not null references live_report (article_id),
    text              text not null,
    body_html         text not null,
    image_id          bigint references media (id),
    writer_person_id  bigint references person (id),
    writer_name       text not null,
    posted_at         timestamptz not null,
    edited_at         timestamptz,
    pinned            boolean not null default false,
    deleted_at        timestamptz,
    deleted_by        text
);

create index live_update_article on live_update (article_id, id) where deleted_at is null;
