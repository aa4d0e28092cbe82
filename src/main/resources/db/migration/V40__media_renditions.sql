-- Smaller copies of each picture, for srcset: phones then fetch a rendition instead of the original.
create table media_rendition (
    media_id     bigint not null references media (id) on delete cascade,
    width        int    not null check (width > 0),
    height       int    not null check (height > 0),
    storage_key  text   not null unique,
    primary key (media_id, width)
);
