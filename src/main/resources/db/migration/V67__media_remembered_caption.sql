-- The picker in the editor finds pictures by sight and by words: the uploader's file name is kept for the search,
-- and the caption and credit last used with a picture are offered again when it is chosen once more.
alter table media add column original_name   text not null default '';
alter table media add column default_caption text not null default '';
alter table media add column default_credit  text not null default '';
