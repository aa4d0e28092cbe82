-- Every list of cards read its pictures' srcset and share picture through media_image, which ran three subqueries
-- over media_rendition per card and took most of a home page's SQL time (25 cards: 2.8 ms, planning 1.3 ms). The
-- renditions change only when a picture is stored, so what the view needs of them is kept on the picture's row,
-- by a trigger on media_rendition, whatever writes the renditions (an upload, a WordPress import, a media copy).
alter table media
    add column rendition_srcset text,
    add column share_rendition_key text;

-- The same choices as the view of V78_2: the renditions by width for srcset; for share previews the widest
-- rendition of 300 to 1280 px within 600 KB, else the smallest one at least 300 px wide (else the original).
create function media_renditions_kept(picture bigint) returns void language sql as $$
    update media m
       set rendition_srcset = (select string_agg('/media/' || r.storage_key || ' ' || r.width || 'w', ', ' order by r.width)
                                 from media_rendition r where r.media_id = m.id),
           share_rendition_key = coalesce(
               (select r.storage_key from media_rendition r
                 where r.media_id = m.id and r.width between 300 and 1280 and r.byte_size <= 600 * 1024
                 order by r.width desc limit 1),
               (select r.storage_key from media_rendition r
                 where r.media_id = m.id and r.width >= 300 order by r.width limit 1))
     where m.id = picture
$$;

create function media_rendition_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform media_renditions_kept(old.media_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.media_id <> old.media_id) then
        perform media_renditions_kept(new.media_id);
    end if;
    return null;
end
$$;

create trigger media_rendition_changed
    after insert or update or delete on media_rendition
    for each row execute function media_rendition_changed();

select media_renditions_kept(id) from media where exists (select 1 from media_rendition r where r.media_id = media.id);

create or replace view media_image as
select m.id, m.site_id,
       '/media/' || m.storage_key as image_path,
       m.width as image_width,
       m.height as image_height,
       m.alt_text as image_alt,
       coalesce(m.rendition_srcset || ', /media/' || m.storage_key || ' ' || m.width || 'w', '') as image_srcset,
       '/media/' || coalesce(m.share_rendition_key, m.storage_key) as image_share_path
from media m;
