-- A story idea an editor hands to a writer (a penugasan): it waits on the writer's desk until they start it,
-- when it becomes a draft with its title.
create table assignment (
    id         bigint generated always as identity primary key,
    site_id    bigint      not null references site (id),
    title      text        not null check (length(title) between 1 and 200),
    brief      text        not null default '',
    person_id  bigint      not null references person (id),
    deadline   timestamptz not null,
    created_by bigint      references app_user (id) on delete set null,
    created_at timestamptz not null default now(),
    story_id   bigint      references story (id) on delete set null,
    started_at timestamptz
);

create index assignment_open on assignment (person_id, deadline) where started_at is null;
