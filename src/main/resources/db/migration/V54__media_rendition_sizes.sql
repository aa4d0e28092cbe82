-- A site's media quota counts the renditions too. Renditions stored before this count as nothing: their sizes
-- were never recorded, and they are small beside their originals.
alter table media_rendition add column byte_size bigint not null default 0;
