"""Previous/next links of a filtered listing, shared by the plugins' index pages."""


def page_links(page, query_string):
    """Links for a Django paginator ``page``, or None when there is one page only.

    ``query_string(page=n)`` returns the listing's filters with page ``n``, so the
    links keep the visitor's filters.
    """
    if page.paginator.num_pages <= 1:
        return None
    return {
        "previous": "?" + query_string(page=page.previous_page_number()) if page.has_previous() else None,
        "next": "?" + query_string(page=page.next_page_number()) if page.has_next() else None,
        "number": page.number,
        "total": page.paginator.num_pages,
    }
