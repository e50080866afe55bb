-- The digital edition (数字报).
--
-- edition owns newspaper, newspaper_issue and newspaper_page: an issue now has a status ('preparing' or
-- 'published') and a go-live instant, so a whole issue appears at once; a page has its printed label (版次, e.g.
-- A03), its section (叠) and its page editor (本版责编). Existing issues stay published.
alter table newspaper_issue add column status varchar(12) not null default 'published';
alter table newspaper_issue add column go_live_at bigint;
alter table newspaper_page add column label varchar(8);
alter table newspaper_page add column section varchar(20);
alter table newspaper_page add column editor varchar(40);

-- epaper owns everything below. Page and issue PDFs and the images rendered from them are files under
-- <data-dir>/epaper, named by the SHA-256 of the PDF; these rows say which file belongs to which page or issue.
-- width_pt/height_pt: the page size in PDF points (1/72 inch), the coordinate space of every area polygon.
-- text_blocks: the text runs extracted from the page (JSON), kept for snapping and for matching again.
create table epaper_page_file (
    page_id bigint primary key references newspaper_page (id),
    pdf_hash varchar(64) not null,
    pdf_bytes bigint not null,
    width_pt double precision not null,
    height_pt double precision not null,
    has_text boolean not null,
    text_blocks text,
    created_at bigint not null,
    updated_at bigint not null
);

create table epaper_issue_file (
    issue_id bigint primary key references newspaper_issue (id),
    pdf_hash varchar(64) not null,
    pdf_bytes bigint not null,
    page_count integer not null,
    created_at bigint not null,
    updated_at bigint not null
);

-- An area (热区) of a page: a polygon in PDF points ("x1,y1 x2,y2 ..." with y downwards from the top edge, as on
-- screen), its kind ('article', 'continuation', 'picture', 'advertisement'), its reading order on the page, the
-- article it belongs to (or a link for an advertisement), where it came from ('drawn', 'extracted', 'geometry',
-- 'imported'), the matcher's confidence (0..1; 1 for drawn areas) and whether an editor accepted it. Readers see
-- accepted areas only.
create table epaper_area (
    id ${id_pk},
    page_id bigint not null references newspaper_page (id),
    kind varchar(16) not null,
    polygon varchar(4000) not null,
    reading_order integer not null,
    article_id bigint references article (id),
    link_url varchar(500),
    source varchar(12) not null,
    confidence double precision not null,
    accepted boolean not null,
    created_at bigint not null,
    updated_at bigint not null,
    version integer not null default 0
);
create index epaper_area_page_ix on epaper_area (page_id, reading_order);
create index epaper_area_article_ix on epaper_area (article_id);

-- Every change of an area, as it was after the change (or before a delete): who, when, what.
create table epaper_area_revision (
    id ${id_pk},
    area_id bigint not null,
    page_id bigint not null,
    action varchar(12) not null,
    state varchar(5000) not null,
    staff_id bigint,
    created_at bigint not null
);
create index epaper_area_revision_area_ix on epaper_area_revision (area_id, id);
create index epaper_area_revision_page_ix on epaper_area_revision (page_id, id);

-- Print order of the articles on a page, and continuations (转版). An article's main page stays article.page_id;
-- a row with continuation = false gives its position there (rows for another page than article.page_id are
-- ignored), a row with continuation = true says it continues on this page.
create table print_placement (
    article_id bigint not null references article (id),
    page_id bigint not null references newspaper_page (id),
    print_order integer not null,
    continuation boolean not null,
    primary key (article_id, page_id)
);
create index print_placement_page_ix on print_placement (page_id, print_order);

-- A PDF intake: one upload of a whole-issue PDF or of page PDFs, with its progress for the staff UI.
-- state: 'queued', 'running', 'done', 'failed'; step: what it is doing now; done/total: progress of that run.
create table epaper_intake (
    id ${id_pk},
    issue_id bigint not null references newspaper_issue (id),
    state varchar(12) not null,
    step varchar(20) not null,
    done integer not null,
    total integer not null,
    message varchar(1000),
    file_name varchar(200) not null,
    file_bytes bigint not null,
    started_by bigint,
    created_at bigint not null,
    updated_at bigint not null
);
create index epaper_intake_issue_ix on epaper_intake (issue_id, id);
