"""Demo search pages (/fi/haku/, /sv/sok/), a promoted result and a fresh index.

Registered as a ``load_demo_content`` hook; it runs after the content plugins'
hooks (the search app is listed last), so the index it builds covers their pages.
Idempotent: the search page below the Finnish home page marks it as loaded.
"""

from home.demo import Glossary


def load_search_demo(context):
    from .indexing import rebuild
    from .models import SearchPage

    if not SearchPage.objects.child_of(context.home).exists():
        tr = Glossary()
        page = context.add_page(
            context.home,
            SearchPage(
                title=tr("Haku", "Sök"),
                slug=tr("haku", "sok"),
                intro=tr(
                    "<p>Hae uutisia, oppaita, tiloja ja tapahtumia. Voit kirjoittaa sanat missä muodossa tahansa.</p>",
                    "<p>Sök nyheter, guider, lokaler och evenemang. Du kan skriva orden i vilken form som helst.</p>",
                ),
                suggestions=tr("avustukset\nyhdistystilat\njärjestöyhteistyö", "understöd\nföreningslokaler\nsamarbete"),
            ),
        )
        context.translate_to_swedish(page, tr)
        promote_demo_result(context)
    count = rebuild()
    context.log(f"Search index: {count} pages")


def promote_demo_result(context):
    from django.apps import apps
    from wagtail.models import Page

    if not apps.is_installed("wagtail.contrib.search_promotions"):
        return
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    candidates = Page.objects.live().public().filter(locale=context.locale_fi, title__icontains="avustu")
    # A guide when the toolkit is installed (found by its model name, not imported), else any page.
    target = candidates.filter(content_type__model="guidepage").first() or candidates.order_by("depth", "path").first()
    if target is not None:
        SearchPromotion.objects.get_or_create(
            query=Query.get("avustus"),
            page=target,
            defaults={"sort_order": 0, "description": "Näin haet avustusta yhdistykselle."},
        )
