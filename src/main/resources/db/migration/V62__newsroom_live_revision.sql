-- Which save readers see: set when the story goes live, cleared when it is withdrawn. Stories live before this
-- migration are marked only when nothing was saved since (otherwise which save went out is not known).
alter table story add column live_revision integer;

update story s
   set live_revision = (select max(r.number) from story_revision r where r.story_id = s.id)
 where s.status = 'PUBLISHED' and not s.unpublished_changes;
