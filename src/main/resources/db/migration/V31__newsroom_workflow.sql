-- The review workflow: who created a story, the editor's note when changes are requested,
-- whether the draft holds edits not yet published, and the audit log of every newsroom action.
alter table story add column created_by bigint references app_user (id);
alter table story add column review_note text not null default '';
alter table story add column unpublished_changes boolean not null default false;

create table audit_event (
    id        bigint generated always as identity primary key,
    site_id   bigint not null references site (id),
    story_id  bigint references story (id) on delete set null,
    actor     text   not null,
    action    text   not null,
    detail    text   not null default '',
    at        timestamptz not null default now()
);
create index audit_event_story on audit_event (story_id, at desc, id desc);
create index audit_event_site on audit_event (site_id, at desc, id desc);
