from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail_localize.fields import get_translatable_fields

        from hub.api import api_router, snippet_endpoint
        from news.api import NewsAPIViewSet
        from news.models import NewsCategory, NewsPage

        api_router.register_endpoint("news", NewsAPIViewSet)
        api_router.register_endpoint("news_categories", snippet_endpoint(NewsCategory))

        # Tags are kept per language: a Swedish translation has its own tags, which
        # syncing the Finnish page must not overwrite.
        NewsPage.translatable_fields = [
            field
            for field in get_translatable_fields(NewsPage)
            if field.field_name not in {"tags", "tagged_items"}
        ]
