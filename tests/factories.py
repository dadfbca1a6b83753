import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import ContactPerson, HomePage, Organisation, StandardPage


class LocaleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)

    language_code = "fi"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Esimerkkiyhdistys {n} ry")
    city = "Tampere"
    locale = factory.LazyFunction(Locale.get_default)


class ContactPersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactPerson

    name = factory.Sequence(lambda n: f"Maija Esimerkki {n}")
    job_title = "Järjestökoordinaattori"
    phone = "040 000 0000"
    email = factory.Sequence(lambda n: f"maija.esimerkki{n}@example.fi")
    locale = factory.LazyFunction(Locale.get_default)


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Etusivu"
    slug = "etusivu"
    hero_title = "Yhdessä olemme enemmän"
    hero_text = "Järjestöt, kunnat ja hyvinvointialue yhdessä."


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Sivu {n}")
    lead = "Johdanto."
    show_in_menus = True
