-- A byline line as printed: an optional prefix in place of the role's wording (新华社记者) and an optional suffix
-- after the name (整理, 摄). Both null for lines that the role alone words.
alter table article_byline add column prefix varchar(20);
alter table article_byline add column suffix varchar(20);
