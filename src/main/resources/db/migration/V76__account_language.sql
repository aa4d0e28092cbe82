-- The language the newsroom's screens speak to an account; the sites' public pages follow site.language instead.
alter table app_user add column language text not null default 'id' check (language in ('id', 'en'));
