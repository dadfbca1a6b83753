"""Public views: the join form and image material downloads."""

import mimetypes

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation

from home.abuse import is_rate_limited, too_many_requests
from home.transactions import atomic_submission

from .forms import JoinRequestForm
from .models import IMAGE_TYPES, JoinRequest, Material
from .notifications import notify_moderators

JOIN_RATE = "5/h"


@atomic_submission
def join_request_view(request, page):
    """GET shows the form; POST stores a pending request and redirects to the thanks page."""
    campaign = page.campaign
    if campaign is None:
        raise Http404
    if request.method == "POST":
        if is_rate_limited(request, "campaign-join", JOIN_RATE):
            return too_many_requests(request)
        form = JoinRequestForm(request.POST, locale=page.locale)
        if form.is_valid():
            join_request = form.save(commit=False)
            join_request.campaign = campaign
            join_request.language = translation.get_language() or page.locale.language_code
            join_request.status = JoinRequest.Status.PENDING
            join_request.save()
            notify_moderators(join_request)
            return redirect(page.get_url(request) + "join/thanks/")
        status = 400
    elif request.method == "GET":
        form = JoinRequestForm(locale=page.locale)
        status = 200
    else:
        response = TemplateResponse(request, "campaign/join_form.html", page.get_context(request), status=405)
        response["Allow"] = "GET, POST"
        return response
    context = page.get_context(request)
    context.update({"form": form, "listing_url": page.get_url(request)})
    return TemplateResponse(request, "campaign/join_form.html", context, status=status)


def material_download(request, pk):
    """The original image of a logo or social media image without a separate file, as an attachment."""
    material = get_object_or_404(Material.objects.select_related("preview_image"), pk=pk, document__isnull=True)
    if material.material_type not in IMAGE_TYPES:
        raise Http404
    image_file = material.preview_image.file
    try:
        handle = image_file.open("rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    name = image_file.name.rsplit("/", 1)[-1]
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(handle, as_attachment=True, filename=name, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    return response
