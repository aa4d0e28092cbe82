-- The desk's draft buffer: what an editor page typed, kept every few seconds apart from the story and its
-- revisions, one per story and account, so that a closed tab or an expired session loses no word.
create table story_autosave (
    story_id   bigint      not null references story (id) on delete cascade,
    account_id bigint      not null references app_user (id) on delete cascade,
    fields     jsonb       not null,
    saved_at   timestamptz not null,
    primary key (story_id, account_id)
);

-- Who has a story open (a heartbeat from the editor page) and who took it over from them: a soft lock.
create table story_presence (
    story_id      bigint      not null references story (id) on delete cascade,
    account_id    bigint      not null references app_user (id) on delete cascade,
    seen_at       timestamptz not null,
    taken_over_by bigint      references app_user (id) on delete set null,
    primary key (story_id, account_id)
);
