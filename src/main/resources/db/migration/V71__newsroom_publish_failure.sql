-- A scheduled story the scheduler could not publish: why, how often, and when it tries again. A row counts only for
-- the schedule it failed at (scheduled_at), so a story scheduled anew starts clean.
create table story_publish_failure (
    story_id     bigint primary key references story (id) on delete cascade,
    scheduled_at timestamptz not null,
    reason       text not null,
    attempts     integer not null check (attempts > 0),
    failed_at    timestamptz not null,
    retry_at     timestamptz not null
);
