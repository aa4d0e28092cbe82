-- The conversation between a story's writers and the site's editors: every note kept, a request for changes
-- included, so a reply survives a resubmission (the story's review_note holds only the last request).
create table story_note (
    id          bigint generated always as identity primary key,
    story_id    bigint      not null references story (id) on delete cascade,
    author_id   bigint      references app_user (id) on delete set null,
    author_name text        not null,
    body        text        not null check (length(body) between 1 and 4000),
    created_at  timestamptz not null default now()
);

create index story_note_story on story_note (story_id, created_at);
