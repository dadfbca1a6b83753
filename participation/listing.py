"""One queryset function per listing, used by the HTML pages and the API alike.

Visibility rules live here: only approved ideas and photos (with consent) on
live, public pages ever leave the system; forms only while they are open.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Case, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from home.chrome import shows_activity

from .models import ContactUpdatePage, Idea, IdeaStatus, IdeaWallPage, ModerationStatus, PhotoContestPage, PhotoEntry, SurveyPage

# The activity (home.chrome) of what visitors send: ideas, supports, photos, survey answers.
PARTICIPATION = "participation"

IDEA_ORDERINGS = {
    "newest": ["-pinned", "-created_at", "-pk"],
    "supported": ["-pinned", "-support_count", "-created_at", "-pk"],
}


def public_ideas(page=None, *, sort="newest", pages=None):
    """Approved ideas of one idea wall (or of the live, public walls in ``pages``)."""
    shows_activity(PARTICIPATION)
    ideas = Idea.objects.filter(status=IdeaStatus.APPROVED)
    if page is not None:
        ideas = ideas.filter(page=page)
    else:
        ideas = ideas.filter(page__in=pages if pages is not None else IdeaWallPage.objects.live().public())
    return ideas.select_related("page").order_by(*IDEA_ORDERINGS.get(sort, IDEA_ORDERINGS["newest"]))


def public_photos(page=None, *, pages=None):
    """Approved photo entries with consent to publish, newest first."""
    shows_activity(PARTICIPATION)
    photos = PhotoEntry.objects.filter(status=ModerationStatus.APPROVED, consent_to_publish=True).exclude(alt_text="")
    if page is not None:
        photos = photos.filter(page=page)
    else:
        photos = photos.filter(page__in=pages if pages is not None else PhotoContestPage.objects.live().public())
    return photos.select_related("page").order_by("-created_at", "-pk")


def open_surveys(queryset=None, moment=None):
    """Live, public surveys open at ``moment`` (now), the nearest deadline first."""
    moment = moment or timezone.now()
    surveys = queryset if queryset is not None else SurveyPage.objects.live().public()
    return surveys.filter(Q(opens_at__isnull=True) | Q(opens_at__lte=moment)).filter(
        Q(closes_at__isnull=True) | Q(closes_at__gt=moment)
    ).order_by("closes_at", "path")


def open_idea_walls(queryset, moment=None):
    """Idea walls in ``queryset`` that accept new ideas at ``moment`` (now)."""
    moment = moment or timezone.now()
    return queryset.filter(accepts_ideas=True).filter(Q(closes_at__isnull=True) | Q(closes_at__gt=moment))


def open_photo_contests(queryset, moment=None):
    """Photo contests in ``queryset`` whose entries are open at ``moment`` (now)."""
    moment = moment or timezone.now()
    return queryset.filter(
        Q(entries_open_at__isnull=True) | Q(entries_open_at__lte=moment), entries_close_at__gt=moment
    )


# The kinds of open forms in the API's ``type`` parameter, and each kind's "open now" rule.
FORM_TYPES = {
    "survey": (SurveyPage, open_surveys),
    "contact_update": (ContactUpdatePage, lambda queryset, moment: queryset),
    "idea_wall": (IdeaWallPage, open_idea_walls),
    "photo_contest": (PhotoContestPage, open_photo_contests),
}


def _own_field(model, name):
    return Subquery(model.objects.filter(pk=OuterRef("pk")).values(name)[:1])


def open_forms(pages, types=None, moment=None):
    """Participation forms in ``pages`` (a Page queryset) open at ``moment`` (now), in one query.

    Each page is annotated with ``form_type`` (a key of ``FORM_TYPES``),
    ``form_deadline`` (None when there is none) and ``form_opens_at``; the nearest
    deadline comes first, forms without one last.
    """
    moment = moment or timezone.now()
    types = types or list(FORM_TYPES)
    content_types = ContentType.objects.get_for_models(*(model for model, _rule in FORM_TYPES.values()))
    is_open = Q()
    for name in types:
        model, rule = FORM_TYPES[name]
        is_open |= Q(pk__in=rule(model.objects.all(), moment).order_by().values("pk"))
    return (
        pages.filter(is_open)
        .annotate(
            form_type=Case(
                *(When(content_type=content_types[model], then=Value(name)) for name, (model, _rule) in FORM_TYPES.items()),
                default=Value(""),
            ),
            form_deadline=Coalesce(
                _own_field(SurveyPage, "closes_at"),
                _own_field(IdeaWallPage, "closes_at"),
                _own_field(PhotoContestPage, "entries_close_at"),
            ),
            form_opens_at=Coalesce(_own_field(SurveyPage, "opens_at"), _own_field(PhotoContestPage, "entries_open_at")),
        )
        .select_related("locale")
        .order_by(F("form_deadline").asc(nulls_last=True), "path")
    )


def paginate(request, queryset, per_page=20):
    """A page of results and an error message for a bad ``?page=``; never an exception."""
    paginator = Paginator(queryset, per_page)
    number = request.GET.get("page", "1")
    try:
        return paginator.page(number), None
    except PageNotAnInteger:
        return paginator.page(1), _("The page number must be a whole number; the first page is shown.")
    except EmptyPage:
        return paginator.page(paginator.num_pages), _("There is no such page; the last page is shown.")


def open_participation(root, moment=None):
    """What a visitor can take part in now below ``root`` (a home page): one query per type."""
    moment = moment or timezone.now()
    surveys = list(open_surveys(SurveyPage.objects.live().public().descendant_of(root), moment)[:6])
    walls = list(open_idea_walls(IdeaWallPage.objects.live().public().descendant_of(root), moment).order_by("path")[:3])
    contests = list(
        open_photo_contests(PhotoContestPage.objects.live().public().descendant_of(root), moment)
        .order_by("entries_close_at")[:3]
    )
    return surveys + walls + contests


def participation_children(page, moment=None):
    """The live, public participation pages directly below ``page``: (open, closed), in menu order."""
    moment = moment or timezone.now()
    children = page.get_children().live().public().specific().order_by("path")
    open_items, closed_items = [], []
    for child in children:
        is_open = getattr(child, "is_open", None)
        if is_open is None:
            if isinstance(child, ContactUpdatePage):
                open_items.append(child)
            continue
        (open_items if is_open else closed_items).append(child)
    return open_items, closed_items
