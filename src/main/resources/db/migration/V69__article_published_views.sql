-- What the article module lets other modules read of its table, so that the table stays its own: plain views,
-- inlined by the planner, so the article table's indexes serve them as before.

-- Search matches text here and asks the article module for the cards of the ids it found.
create view searchable_article as
select id, site_id, rubric_id, published_at, search, body_html
from article;

-- Readership knows which ids are published articles of a site, and counts reads under their rubric.
create view published_article as
select id, site_id, rubric_id, published_at
from article;
