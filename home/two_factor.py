"""Two-step log-in to the admin: a TOTP code from an authenticator app after the password.

django-otp keeps the devices (``TOTPDevice``) and marks a session verified
(``django_otp.login``). An editor turns the second step on from the account page;
from then on every admin page asks for the code after a password log-in. With
``TWO_FACTOR_REQUIRED`` everyone with admin access must set it up first. Wrong
codes count as failed log-ins for django-axes: at the limit the session ends and
the user name is locked out like after wrong passwords; the device's own
throttling (django-otp) slows guessing down further.
"""

from base64 import b32encode
from urllib.parse import urlencode

import django_otp
import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout, user_login_failed
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp.plugins.otp_totp.models import TOTPDevice

# Admin views reachable before the second step: logging in and out, and what those pages load.
OPEN_BEFORE_SECOND_STEP = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor_verify",
}


def is_required():
    return getattr(settings, "TWO_FACTOR_REQUIRED", False)


def has_device(user):
    return django_otp.user_has_device(user, confirmed=True)


def admin_url_name(request):
    admin_root = reverse("wagtailadmin_home")
    if not request.path_info.startswith(admin_root):
        return None
    try:
        return resolve(request.path_info).url_name or ""
    except Resolver404:
        return ""


class TwoFactorMiddleware:
    """Sends a password-only admin session to the code form (or, when required, to the setup)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        name = admin_url_name(request)
        user = getattr(request, "user", None)
        if name is None or name in OPEN_BEFORE_SECOND_STEP or not (user and user.is_authenticated):
            return self.get_response(request)
        if user.is_verified():
            return self.get_response(request)
        if has_device(user):
            return redirect_with_next(reverse("two_factor_verify"), request.get_full_path())
        if is_required() and name != "two_factor_setup" and user.has_perm("wagtailadmin.access_admin"):
            messages.warning(request, _("Set up two-step verification to use the admin."))
            return redirect("two_factor_setup")
        return self.get_response(request)


def redirect_with_next(url, next_url):
    return HttpResponseRedirect(f"{url}?{urlencode({'next': next_url})}")


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code from your authenticator app"),
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        allowed, _details = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(_("Too many wrong codes in a row. Wait a moment and try again."))
        if not self.device.verify_token(code):
            raise forms.ValidationError(_("The code is wrong or too old. Type the code your app shows now."))
        return code


def safe_next(request, default):
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return next_url
    return default


@never_cache
@sensitive_post_parameters("code")
def verify_view(request):
    """The second step after the password: a code from the user's device."""
    device = TOTPDevice.objects.devices_for_user(request.user, confirmed=True).first()
    if device is None or request.user.is_verified():
        return redirect(safe_next(request, reverse("wagtailadmin_home")))
    form = CodeForm(request.POST or None, device=device)
    if request.method == "POST":
        if form.is_valid():
            django_otp.login(request, device)
            return redirect(safe_next(request, reverse("wagtailadmin_home")))
        # A wrong code is a failed log-in for django-axes; at its limit the session ends.
        user_login_failed.send(__name__, credentials={"username": request.user.get_username()}, request=request)
        if getattr(request, "axes_locked_out", False):
            logout(request)
            return redirect("wagtailadmin_login")  # AxesMiddleware answers with the lockout page
    context = {"form": form, "next": safe_next(request, ""), "page_title": _("Two-step verification")}
    return TemplateResponse(request, "home/admin/two_factor_verify.html", context, status=400 if form.errors else 200)


def qr_code_svg(url):
    return mark_safe(segno.make(url, error="m").svg_inline(scale=5, title=_("QR code for your authenticator app")))


@never_cache
@sensitive_post_parameters("code")
def setup_view(request):
    """Turn the second step on (scan the QR code, confirm with a code) or off."""
    user = request.user
    if has_device(user):
        if request.method == "POST" and request.POST.get("action") == "disable":
            if is_required():
                messages.error(request, _("Two-step verification is required on this site; it cannot be turned off."))
            else:
                TOTPDevice.objects.filter(user=user).delete()
                messages.success(request, _("Two-step verification is off."))
            return redirect("two_factor_setup")
        return TemplateResponse(request, "home/admin/two_factor_setup.html", {"enabled": True, **titles()})

    device = TOTPDevice.objects.filter(user=user, confirmed=False).first() or TOTPDevice.objects.create(
        user=user, name=_("Authenticator app"), confirmed=False
    )
    form = CodeForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        django_otp.login(request, device)
        messages.success(request, _("Two-step verification is on. From now on the admin asks for a code after your password."))
        return redirect("wagtailadmin_account")
    context = {
        "enabled": False,
        "form": form,
        "qr_code": qr_code_svg(device.config_url),
        "secret": b32encode(device.bin_key).decode(),
        "otpauth_url": device.config_url,
        **titles(),
    }
    return TemplateResponse(request, "home/admin/two_factor_setup.html", context, status=400 if form.errors else 200)


def titles():
    return {"page_title": _("Two-step verification"), "header_icon": "key"}
