from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.scale import ScaleContent

from .demo import load_premises_demo
from .models import Equipment, PremisesIndexPage, PremisesPage
from .scale import generate_premises


class EquipmentViewSet(SnippetViewSet):
    model = Equipment
    icon = "cogs"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    menu_order = 320


register_snippet(EquipmentViewSet)

hooks.register("load_demo_content", load_premises_demo)


@hooks.register("register_benchmark_urls")
def premises_benchmark_urls():
    def index_url():
        index = PremisesIndexPage.objects.live().public().filter(locale__language_code="fi").order_by("path").first()
        return index.url if index else None

    def filtered_url():
        url = index_url()
        return f"{url}?min_capacity=10&access=step_free&free=1" if url else None

    def geojson_url():
        url = index_url()
        return f"{url}geojson/" if url else None

    def premises_url():
        page = PremisesPage.objects.live().public().filter(locale__language_code="fi").order_by("path").first()
        return page.url if page else None

    return [index_url, filtered_url, premises_url, geojson_url, "/api/v2/premises/?locale=fi"]


@hooks.register("register_scale_content")
def premises_scale_content():
    return ScaleContent(name="premises", help="premises", generate=generate_premises, models=[PremisesPage])
