-- The article module's read interface in SQL (owner: article; see TableOwnershipTests.VIEWS): what other modules'
-- queries may join on when they must filter or page by an article's state, e.g. the comment lists that show only
-- comments on published articles. Other modules never name the article table itself; the article module keeps
-- these columns and their meaning when its table changes.
create view article_ref as
select id, status, title, url_date from article;
