-- A person's page lists the articles of one site that credit them, newest first. Keeping the site and the
-- publication time on each writer credit lets that list be read off one index, for a prolific writer and for
-- someone with two articles among a million alike (bench/README-scale.md).
alter table article_writer add column site_id bigint, add column published_at timestamptz;
update article_writer w set site_id = a.site_id, published_at = a.published_at from article a where a.id = w.article_id;
alter table article_writer alter column site_id set not null, alter column published_at set not null;
create index article_writer_credits on article_writer (person_id, site_id, published_at desc, article_id desc);
drop index article_writer_person;

create index article_editor_credits on article (editor_id, site_id, published_at desc, id desc);
drop index article_editor;
