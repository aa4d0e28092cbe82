-- What a withdrawn article's address tells readers (the Pedoman Pemberitaan Media Siber: a withdrawal is announced
-- with its reason). The article row is gone, so the title it had is kept here; a republication deletes the row.
create table article_withdrawal (
    article_id    bigint primary key,
    site_id       bigint not null references site (id),
    title         text not null,
    reason        text not null check (reason <> ''),
    withdrawn_at  timestamptz not null
);
