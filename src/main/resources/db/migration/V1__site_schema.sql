-- The network's sites, the host names that reach them, and their rubrics (kanal).
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE; this wrapper names its dictionary so that indexes and generated columns may use it.
create function unaccent_text(text) returns text
    language sql immutable parallel safe strict
    return public.unaccent('public.unaccent'::regdictionary, $1);

create table site (
    id          bigint generated always as identity primary key,
    slug        text not null unique check (slug ~ '^[a-z0-9-]+$'),
    name        text not null,
    dateline    text not null,
    tagline     text not null default '',
    base_url    text not null,
    language    text not null default 'id',
    time_zone   text not null default 'Asia/Jakarta',
    logo_path   text,
    position    int  not null default 0,
    created_at  timestamptz not null default now()
);

create table site_host (
    host     text primary key check (host = lower(host)),
    site_id  bigint not null references site (id) on delete cascade
);

create table rubric (
    id        bigint generated always as identity primary key,
    site_id   bigint not null references site (id) on delete cascade,
    slug      text not null check (slug ~ '^[a-z0-9-]+$'),
    name      text not null,
    position  int  not null default 0,
    unique (site_id, slug)
);
