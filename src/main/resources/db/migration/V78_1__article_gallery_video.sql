-- The published revision's video and photo story, copied from the story's draft on publication like its writers.
alter table article add column video_url text;
create index article_site_video on article (site_id, published_at desc, id desc) where video_url is not null;

create table article_gallery (
    article_id    bigint      not null references article (id) on delete cascade,
    position      int         not null check (position > 0),
    media_id      bigint      not null references media (id),
    caption       text        not null default '',
    credit        text        not null default '',
    site_id       bigint      not null,
    published_at  timestamptz not null,
    primary key (article_id, position)
);
-- the /foto list: a site's photo stories, newest first, read off their first picture
create index article_gallery_site on article_gallery (site_id, published_at desc, article_id desc) where position = 1;
