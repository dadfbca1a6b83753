"""``update_index``: Wagtail's own search index, then the site search's index (and Elasticsearch)."""

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from search.engines import elasticsearch_enabled, rebuild_elasticsearch
from search.indexing import rebuild


class Command(WagtailUpdateIndex):
    help = "Rebuild Wagtail's search index and the site search's language-aware index."

    def handle(self, **options):
        super().handle(**options)
        rebuild(stdout=self.stdout)
        if elasticsearch_enabled():
            rebuild_elasticsearch(stdout=self.stdout)
