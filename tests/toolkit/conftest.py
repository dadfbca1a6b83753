"""Toolkit fixtures: an index per language, topics, documents and guides built as editors build them."""

from datetime import date

import factory
import pytest
import wagtail_factories
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Locale

from tests.conftest import publish_translation
from tests.factories import ContactPersonFactory
from toolkit.models import GuidePage, GuidePageRelatedGuide, GuidePageTopic, ToolkitIndexPage, Topic


class ToolkitIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ToolkitIndexPage

    title = "Työkalupakki"
    slug = "tyokalupakki"
    lead = "Ohjeita järjestöagenteille."


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Aihe {n}")
    slug = factory.Sequence(lambda n: f"aihe-{n}")
    locale = factory.LazyFunction(Locale.get_default)


def make_document(title="Pöytäkirjapohja", name="pohja.txt", content=b"Paikka, aika ja osallistujat.\n", collection=None):
    # Transactional tests (the browser's live server) start without Wagtail's root collection.
    collection = collection or Collection.get_first_root_node() or Collection.add_root(name="Root")
    document = get_document_model()(title=title, file=SimpleUploadedFile(name, content), collection=collection)
    document.save()
    return document


def private_collection(name="Sisäiset"):
    collection = Collection.get_first_root_node().add_child(name=name)
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    return collection


def steps(*titles, document=None):
    return (
        "steps",
        {
            "heading": "Näin etenet",
            "steps": [{"title": title, "text": f"<p>Ohje vaiheeseen {title}.</p>", "document": document} for title in titles],
        },
    )


def add_guide(parent, *, topics=(), related=(), audience=("associations",), publish=True, **fields):
    """A guide with topics and related guides, saved and published as the admin does."""
    fields.setdefault("summary", "Lyhyt kuvaus oppaasta.")
    fields.setdefault("last_reviewed", date(2026, 1, 15))
    fields.setdefault("title", "Opas")
    fields.setdefault("slug", slugify(fields["title"]))
    page = GuidePage(**fields, **{f"for_{code}": True for code in audience})
    page.live = publish
    page.locale = parent.locale
    for topic in topics:
        page.guide_topics.add(GuidePageTopic(topic=topic))
    for guide in related:
        page.related_guides.add(GuidePageRelatedGuide(guide=guide))
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def toolkit_tree(site_tree):
    """A Finnish and a Swedish toolkit index with topics in both languages."""
    index_fi = ToolkitIndexPageFactory(parent=site_tree["home_fi"])
    index_sv = publish_translation(index_fi, site_tree["home_sv"].locale, title="Verktygslåda", slug="verktygslada")
    grants = TopicFactory(name="Avustukset", slug="avustukset")
    premises = TopicFactory(name="Tilat", slug="tilat")
    cooperation = TopicFactory(name="Yhteistyö", slug="yhteistyo")
    grants_sv = grants.copy_for_translation(site_tree["home_sv"].locale)
    grants_sv.name, grants_sv.slug = "Understöd", "understod"
    grants_sv.save()
    person = ContactPersonFactory(name="Aino Mallinen", email="aino.mallinen@example.fi")
    return {
        **site_tree,
        "index_fi": index_fi,
        "index_sv": index_sv,
        "grants": grants,
        "premises": premises,
        "cooperation": cooperation,
        "grants_sv": grants_sv,
        "person": person,
    }
