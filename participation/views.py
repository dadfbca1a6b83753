"""Public views of the participation pages; the page models route to these functions."""

from __future__ import annotations

import hashlib
import logging
import secrets

from django.contrib import messages
from django.core import signing
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import FileResponse, Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _

from home.abuse import is_rate_limited, too_many_requests
from home.transactions import atomic_submission

from .forms import ContactUpdateForm, IdeaForm, IdeaSortForm, PhotoEntryForm
from .listing import paginate, public_ideas, public_photos
from .models import IdeaSupport, ModerationStatus, PhotoEntry
from .results import survey_results

RATES = {
    "survey": "10/10m",
    "contact_update": "5/10m",
    "idea": "5/10m",
    "idea_support": "60/10m",
    "photo": "5/h",
}
logger = logging.getLogger(__name__)
BROWSER_COOKIE = "participation_browser"
BROWSER_SALT = "participation.browser"


def render_page(request, page, template=None, status=200, **extra):
    context = page.get_context(request)
    context.update(extra)
    return TemplateResponse(request, template or page.get_template(request), context, status=status)


def rate_limited(request, scope):
    return is_rate_limited(request, f"participation:{scope}", RATES[scope])


def send_logging_failure(send, *args):
    """Sends an e-mail; when the mail server fails, the stored answer stands and the fault is logged."""
    try:
        send(*args)
    except OSError:  # smtplib's errors included
        logger.exception("Could not send the e-mail of %s", getattr(send, "__name__", send))


# Surveys -----------------------------------------------------------------------------


@atomic_submission
def survey_view(page, request):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if not page.is_open:
        # A closed form shows why, and refuses anything sent to it.
        return render_page(request, page, form=None, status=403 if request.method == "POST" else 200)
    if request.method == "POST":
        if rate_limited(request, "survey"):
            return too_many_requests(request)
        form = page.get_form(request.POST, request.FILES, page=page, user=request.user)
        if form.is_valid():
            submission = page.process_form_submission(form)
            return page.render_landing_page(request, submission)
        return render_page(request, page, form=form, status=400)
    form = page.get_form(page=page, user=request.user)
    return render_page(request, page, form=form)


def survey_results_view(page, request):
    if not page.public_results:
        raise Http404
    return render_page(request, page, "participation/survey_results.html", results=survey_results(page))


def send_survey_confirmation(page, form):
    """The respondent's own copy, sent to the form's first e-mail field."""
    email_field = next((field for field in page.get_form_fields() if field.field_type == "email"), None)
    address = form.cleaned_data.get(email_field.clean_name) if email_field else None
    if not address:
        return False
    answers = page.render_email(form)
    body = "\n\n".join(part for part in [page.confirmation_text.strip(), answers] if part)
    send_mail(page.confirmation_subject or page.title, body, None, [address])
    return True


# Contact-detail updates --------------------------------------------------------------


@atomic_submission
def contact_update_view(page, request):
    if request.method == "POST":
        if rate_limited(request, "contact_update"):
            return too_many_requests(request)
        form = ContactUpdateForm(request.POST, locale=page.locale)
        if form.is_valid():
            update = form.save(commit=False)
            update.page = page
            update.language = translation.get_language() or page.locale.language_code
            update.save()
            send_logging_failure(notify_editors_of_update, page, update)
            return render_page(request, page, "participation/contact_update_page_landing.html", update=update)
        return render_page(request, page, form=form, status=400)
    return render_page(request, page, form=ContactUpdateForm(locale=page.locale))


def notify_editors_of_update(page, update):
    if not page.notify_address:
        return
    body = render_to_string("participation/email/contact_update_received.txt", {"update": update, "page": page})
    send_mail(_("New contact-detail update: %(name)s") % {"name": update.display_name}, body, None, [page.notify_address])


# Idea wall ---------------------------------------------------------------------------


@atomic_submission
def idea_wall_view(page, request):
    form = None
    status = 200
    if request.method == "POST":
        if not page.is_open:
            return render_page(request, page, **idea_wall_context(page, request, None), status=403)
        if rate_limited(request, "idea"):
            return too_many_requests(request)
        form = IdeaForm(request.POST)
        if form.is_valid():
            idea = form.save(commit=False)
            idea.page = page
            idea.save()
            messages.success(
                request, page.thank_you_text or _("Thank you! Your idea appears on the wall once an editor has read it.")
            )
            return redirect(page.url + "#idea-form")
        status = 400
    elif page.is_open:
        form = IdeaForm()
    return render_page(request, page, **idea_wall_context(page, request, form), status=status)


def idea_wall_context(page, request, form):
    sort_form = IdeaSortForm(request.GET)
    sort = "newest"
    sort_error = None
    if sort_form.is_valid():
        sort = sort_form.cleaned_data["sort"] or "newest"
    else:
        sort_error = _("Unknown sort order; the newest ideas are shown first.")
        sort_form = IdeaSortForm(initial={"sort": "newest"})
    page_obj, page_error = paginate(request, public_ideas(page, sort=sort))
    supported = supported_idea_ids(request, [idea.pk for idea in page_obj])
    return {
        "form": form if page.is_open else None,
        "sort_form": sort_form,
        "sort": sort,
        "sort_error": sort_error,
        "page_error": page_error,
        "ideas": page_obj,
        "supported_ids": supported,
    }


def browser_hash(browser_id: str) -> str:
    return hashlib.sha256(f"{BROWSER_SALT}:{browser_id}".encode()).hexdigest()


def read_browser_id(request):
    try:
        return request.get_signed_cookie(BROWSER_COOKIE, salt=BROWSER_SALT)
    except (KeyError, signing.BadSignature):
        return None


def supported_idea_ids(request, idea_ids):
    browser_id = read_browser_id(request)
    if not browser_id or not idea_ids:
        return set()
    return set(
        IdeaSupport.objects.filter(idea_id__in=idea_ids, browser_hash=browser_hash(browser_id)).values_list(
            "idea_id", flat=True
        )
    )


def idea_support_view(page, request, idea_id):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if rate_limited(request, "idea_support"):
        return too_many_requests(request)
    idea = get_object_or_404(public_ideas(page), pk=idea_id)
    browser_id = read_browser_id(request) or secrets.token_urlsafe(24)
    created = False
    try:
        with transaction.atomic():
            _support, created = IdeaSupport.objects.get_or_create(idea=idea, browser_hash=browser_hash(browser_id))
            if created:
                type(idea).objects.filter(pk=idea.pk).update(support_count=F("support_count") + 1)
    except IntegrityError:
        created = False  # Two clicks at once: the other one counted.
    if created:
        messages.success(request, _("Thank you for your support!"))
    else:
        messages.info(request, _("You have already supported this idea."))
    next_url = request.POST.get("next", "")
    if not next_url.startswith(page.url) or "//" in next_url:
        next_url = page.url
    response = redirect(f"{next_url.split('#')[0]}#idea-{idea.pk}")
    response.set_signed_cookie(
        BROWSER_COOKIE, browser_id, salt=BROWSER_SALT, max_age=60 * 60 * 24 * 365, httponly=True, samesite="Lax",
        secure=request.is_secure(),
    )
    return response


# Photo contest -------------------------------------------------------------------------


@atomic_submission
def photo_contest_view(page, request):
    form = None
    status = 200
    if request.method == "POST":
        if not page.is_open:
            return render_page(request, page, **photo_context(page, request, None), status=403)
        if rate_limited(request, "photo"):
            return too_many_requests(request)
        form = PhotoEntryForm(request.POST, request.FILES)
        if form.is_valid():
            entry = form.save(commit=False)
            entry.page = page
            entry.save()
            messages.success(
                request, page.thank_you_text or _("Thank you! Your photo appears in the gallery once an editor has approved it.")
            )
            return redirect(page.url + "#photo-form")
        status = 400
    elif page.is_open:
        form = PhotoEntryForm()
    return render_page(request, page, **photo_context(page, request, form), status=status)


def photo_context(page, request, form):
    page_obj, page_error = paginate(request, public_photos(page), per_page=24)
    return {"form": form if page.is_open else None, "photos": page_obj, "page_error": page_error}


def photo_file(request, pk, variant):
    """An entry's re-encoded photo: public once approved, before that only for moderators."""
    if variant not in ("full", "thumb"):
        raise Http404
    entry = get_object_or_404(PhotoEntry.objects.select_related("page"), pk=pk)
    may_moderate = request.user.is_authenticated and request.user.has_perm("participation.change_photoentry")
    is_public = (
        entry.status == ModerationStatus.APPROVED
        and entry.consent_to_publish
        and type(entry.page).objects.filter(pk=entry.page_id).live().public().exists()
    )
    if not (is_public or may_moderate):
        raise Http404
    field = entry.thumbnail if variant == "thumb" else entry.image
    try:
        handle = field.open("rb")
    except (FileNotFoundError, ValueError) as error:
        raise Http404 from error
    response = FileResponse(handle, content_type="image/jpeg")
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Disposition"] = f'inline; filename="photo-{entry.pk}{"-thumb" if variant == "thumb" else ""}.jpg"'
    response["Cache-Control"] = "public, max-age=3600" if is_public else "private, no-store"
    return response
