-- The picture a share preview shows (WhatsApp, Facebook, X): at least 300 px wide, where WhatsApp shows a large
-- preview, and at most 600 KB, above which WhatsApp shows none. The widest such rendition up to 1280 px; else the
-- smallest rendition that wide; else the original. Renditions stored before V54 count 0 bytes: they are small.
create or replace view media_image as
select m.id, m.site_id,
       '/media/' || m.storage_key as image_path,
       m.width as image_width,
       m.height as image_height,
       m.alt_text as image_alt,
       coalesce((select string_agg('/media/' || r.storage_key || ' ' || r.width || 'w', ', ' order by r.width)
                   from media_rendition r where r.media_id = m.id)
                || ', /media/' || m.storage_key || ' ' || m.width || 'w', '') as image_srcset,
       coalesce((select '/media/' || r.storage_key from media_rendition r
                  where r.media_id = m.id and r.width between 300 and 1280 and r.byte_size <= 600 * 1024
                  order by r.width desc limit 1),
                (select '/media/' || r.storage_key from media_rendition r
                  where r.media_id = m.id and r.width >= 300 order by r.width limit 1),
                '/media/' || m.storage_key) as image_share_path
from media m;
