-- A series label may carry a prefix before the name on the article page: 【《中国质量报》事迹摘登（一）】.
alter table series add column label_prefix varchar(40);
