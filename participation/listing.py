"""One queryset function per listing, used by the HTML pages and the API alike.

Visibility rules live here: only approved ideas and photos (with consent) on
live, public pages ever leave the system; surveys only while they are open.
"""

from __future__ import annotations

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import ContactUpdatePage, Idea, IdeaStatus, IdeaWallPage, ModerationStatus, PhotoContestPage, PhotoEntry, SurveyPage

IDEA_ORDERINGS = {
    "newest": ["-pinned", "-created_at", "-pk"],
    "supported": ["-pinned", "-support_count", "-created_at", "-pk"],
}


def public_ideas(page=None, *, sort="newest", pages=None):
    """Approved ideas of one idea wall (or of the live, public walls in ``pages``)."""
    ideas = Idea.objects.filter(status=IdeaStatus.APPROVED)
    if page is not None:
        ideas = ideas.filter(page=page)
    else:
        ideas = ideas.filter(page__in=pages if pages is not None else IdeaWallPage.objects.live().public())
    return ideas.select_related("page").order_by(*IDEA_ORDERINGS.get(sort, IDEA_ORDERINGS["newest"]))


def public_photos(page=None, *, pages=None):
    """Approved photo entries with consent to publish, newest first."""
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
    walls = list(
        IdeaWallPage.objects.live().public().descendant_of(root).filter(accepts_ideas=True)
        .filter(Q(closes_at__isnull=True) | Q(closes_at__gt=moment)).order_by("path")[:3]
    )
    contests = list(
        PhotoContestPage.objects.live().public().descendant_of(root)
        .filter(Q(entries_open_at__isnull=True) | Q(entries_open_at__lte=moment), entries_close_at__gt=moment)
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
