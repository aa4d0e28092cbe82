-- What editors place on a site's front page and on its rubric pages: the headline (Berita Utama, up to five in
-- order) and, on the front page, the editor's picks (Pilihan Redaksi, up to eight). A slot whose story expired,
-- or is no longer published, falls back to the newest story; rows stay until the editor saves the place again.
create table frontpage_pick (
    site_id    bigint      not null references site (id) on delete cascade,
    -- null: the site's front page; else that rubric's page
    rubric_id  bigint      references rubric (id) on delete cascade,
    place      text        not null check (place in ('HEADLINE', 'PICK')),
    position   int         not null check (position between 1 and 8),
    -- the article module's id; no foreign key, a withdrawn article simply stops being shown
    article_id bigint      not null,
    -- a shorter headline for the front page, empty for the article's own
    title      text        not null default '' check (length(title) <= 200),
    expires_at timestamptz
);

create unique index frontpage_pick_slot on frontpage_pick (site_id, coalesce(rubric_id, 0), place, position);

-- every node looks every second for picks that have just expired, to drop the pages that show them
create index frontpage_pick_expiry on frontpage_pick (expires_at) where expires_at is not null;
