-- A story may lead with a YouTube video (its address as the writer gave it, checked on save), and may be a photo
-- story: several pictures of the site's library in order, each with its own caption and credit.
alter table story add column video_url text;

create table story_gallery (
    story_id  bigint not null references story (id) on delete cascade,
    position  int    not null check (position > 0),
    media_id  bigint not null references media (id),
    caption   text   not null default '',
    credit    text   not null default '',
    primary key (story_id, position)
);
