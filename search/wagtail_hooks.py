from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import search_queries_report
from .api import search_api_pages
from .demo import load_search_demo

hooks.register("search_api_pages", search_api_pages)
hooks.register("load_demo_content", load_search_demo)


@hooks.register("site_header_links")
def search_header_link(request, pages):
    """A link to the search page of the visitor's language (a child of its home page) in the site header."""
    from .models import SearchPage

    for page in pages:
        if page.specific_class is SearchPage:
            return {"url": page.get_url(request), "label": page.title, "icon": "search"}
    return None


def can_see_report(user):
    return user.is_active and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


@hooks.register("register_admin_urls")
def search_report_urls():
    return [path("reports/search-queries/", search_queries_report, name="search_queries_report")]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_report(request.user)


@hooks.register("register_reports_menu_item")
def search_report_menu_item():
    return SearchReportMenuItem(_("Site searches"), reverse("search_queries_report"), icon_name="search", order=710)


@hooks.register("register_benchmark_urls")
def search_benchmark_urls():
    def search_page():
        from .models import SearchPage

        page = SearchPage.objects.live().public().filter(locale__language_code="fi").order_by("path").first()
        return page.get_url_parts()[2] + "?q=j%C3%A4rjest%C3%B6jen+avustukset" if page else None

    search_page.label = "search page in fi with an inflected query"
    return [search_page, "/api/v2/pages/?search=tiloissa&locale=fi", "/api/v2/search/typeahead/?q=j%C3%A4r&locale=fi"]
