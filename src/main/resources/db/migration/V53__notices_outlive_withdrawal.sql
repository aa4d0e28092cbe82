-- Corrections (ralat) and rights of reply (hak jawab) belong to the story, not to one publication of it:
-- withdrawing an article deletes its row, and the cascade deleted them with it, so republishing the story
-- showed it without the corrections readers had already seen. The id is the story's, as the article's is.
alter table article_notice drop constraint article_notice_article_id_fkey;
