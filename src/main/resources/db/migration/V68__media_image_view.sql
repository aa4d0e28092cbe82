-- Pictures as pages show them, for the queries of other modules (article cards, the article page): they join this
-- view instead of reading media and media_rendition, which stay the media module's own. A plain view is inlined
-- by the planner, so a card costs what it did with the join written out. The srcset lists the renditions, then
-- the original for screens wider than the widest rendition; it is empty when there are no renditions.
create view media_image as
select m.id, m.site_id,
       '/media/' || m.storage_key as image_path,
       m.width as image_width,
       m.height as image_height,
       m.alt_text as image_alt,
       coalesce((select string_agg('/media/' || r.storage_key || ' ' || r.width || 'w', ', ' order by r.width)
                   from media_rendition r where r.media_id = m.id)
                || ', /media/' || m.storage_key || ' ' || m.width || 'w', '') as image_srcset
from media m;
