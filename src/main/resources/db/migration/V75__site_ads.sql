-- A site's ads: where its slots are, the code a site admin pasted into each, the ad networks its pages may load
-- scripts from, and its ads.txt. A site with no row shows no ad.
create table site_ads (
    site_id           bigint primary key references site (id) on delete cascade,
    in_article_after  int    not null default 3 check (in_article_after between 1 and 50),
    origins           text[] not null default '{}',
    ads_txt           text   not null default ''
);

-- One slot per placement: either pasted code (an ad network's tag) or a local advertiser's picture with its link.
create table site_ad_slot (
    site_id    bigint not null references site (id) on delete cascade,
    placement  text   not null check (placement in ('TOP', 'IN_ARTICLE', 'LIST', 'BELOW_ARTICLE')),
    code       text   not null default '',
    image_url  text   not null default '',
    link_url   text   not null default '',
    ends_on    date,
    height     int    not null check (height between 0 and 1000),
    primary key (site_id, placement)
);
