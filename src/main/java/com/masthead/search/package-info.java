/**
 * Full-text search (全文检索) over articles: a rebuildable Lucene index of the database behind the {@link
 * com.masthead.search.SearchIndex} port, Chinese analysis (smartcn words plus character bigrams, with the
 * newsroom dictionary kept whole), index maintenance driven by the article events, the consistency check, the
 * public search page and the staff search API. Owns the {@code search_term} table (the newsroom dictionary) and the
 * files under {@code <masthead.data-dir>/search/}.
 */
package com.masthead.search;
