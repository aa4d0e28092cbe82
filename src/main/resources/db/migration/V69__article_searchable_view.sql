-- What the article module lets search read of its table: the text vector and what a search filters and ranks on.
-- Search finds ids here and asks the article module for the cards; a plain view is inlined by the planner, so the
-- article table's indexes serve it as before.
create view searchable_article as
select id, site_id, rubric_id, published_at, search, body_html
from article;
