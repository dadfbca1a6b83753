"""Editor roles: the groups, their permissions and the publishing workflow.

`manage.py setup_roles` applies them; it is idempotent and adds what is
missing. The core grants what every role needs across the site; a plugin grants
its own pages and models through the ``register_editor_role_permissions`` hook,
a function returning a list of ``Grant``s:

    @hooks.register("register_editor_role_permissions")
    def event_role_permissions():
        return [Grant(EVENT_MANAGERS, pages=EventIndexPage.objects.all(),
                      page_actions=("add", "change", "publish"),
                      models={Registration: ("view", "change")})]
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail import hooks
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

CHIEF_EDITORS = "Päätoimittajat"
EDITORS = "Toimittajat"
AGENTS = "Järjestöagentit"
TRANSLATORS = "Kääntäjät"
EVENT_MANAGERS = "Tapahtumavastaavat"
ROLES = [CHIEF_EDITORS, EDITORS, AGENTS, TRANSLATORS, EVENT_MANAGERS]

WORKFLOW_NAME = "Julkaisu"
EDITOR_REVIEW = "Toimittajan tarkistus"
CHIEF_APPROVAL = "Päätoimittajan hyväksyntä"

ALL_PAGE_ACTIONS = ("add", "change", "publish", "bulk_delete", "lock", "unlock")
MEDIA_ACTIONS = ("add", "change", "choose", "delete")


@dataclass
class Grant:
    """Permissions for one role: on pages (and their subtrees), models and media."""

    role: str
    pages: object = None  # a page queryset or list; the permission covers each subtree
    page_actions: tuple = ()
    models: dict = field(default_factory=dict)  # model -> ("add", "change", "view", "delete", "publish", …)
    media_actions: tuple = ()  # on images and documents in the root collection
    codenames: tuple = ()  # extra "app_label.codename" permissions


def snippet_models():
    from wagtail.snippets.models import get_snippet_models

    return get_snippet_models()


def core_grants():
    """What each role may do across the whole site; plugins add their own."""
    root = Page.get_first_root_node()
    translated_roots = Page.objects.filter(depth=2).exclude(locale=Locale.get_default())
    snippets = snippet_models()
    return [
        Grant(CHIEF_EDITORS, pages=[root], page_actions=ALL_PAGE_ACTIONS,
              models={model: ("add", "change", "delete", "publish") for model in snippets},
              media_actions=MEDIA_ACTIONS,
              codenames=("wagtail_localize.submit_translation", "home.change_sitesettings",
                         "wagtailcore.view_logentry")),
        Grant(EDITORS, pages=[root], page_actions=("add", "change", "lock"),
              models={model: ("add", "change") for model in snippets},
              media_actions=("add", "change", "choose"),
              codenames=("wagtail_localize.submit_translation",)),
        Grant(AGENTS, media_actions=("add", "choose")),
        # Translators edit the translated trees only, and never publish: their
        # changes reach the site through the workflow.
        Grant(TRANSLATORS, pages=translated_roots, page_actions=("add", "change"),
              media_actions=("choose",), codenames=("wagtail_localize.submit_translation",)),
        Grant(EVENT_MANAGERS, media_actions=("add", "change", "choose")),
    ]


def all_grants():
    grants = core_grants()
    for register in hooks.get_hooks("register_editor_role_permissions"):
        grants.extend(register())
    return grants


def _permission(model, action):
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    codename = f"{action}_{model._meta.model_name}"
    return Permission.objects.filter(content_type=content_type, codename=codename).first()


def _codename_permission(label):
    app_label, codename = label.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def apply_grant(group, grant):
    permissions = [_codename_permission("wagtailadmin.access_admin")]
    permissions += [_codename_permission(label) for label in grant.codenames]
    permissions += [_permission(model, action) for model, actions in grant.models.items() for action in actions]
    group.permissions.add(*[permission for permission in permissions if permission])

    for page in grant.pages or []:
        for action in grant.page_actions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=_permission(Page, action))

    root_collection = Collection.get_first_root_node()
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    for model in (get_image_model(), get_document_model()):
        for action in grant.media_actions:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=_permission(model, action)
            )


def setup_workflow():
    """Two reviews for every page: an editor's check, then the chief editor's approval."""
    review, _created = GroupApprovalTask.objects.get_or_create(name=EDITOR_REVIEW)
    review.groups.set([Group.objects.get(name=EDITORS)])
    approval, _created = GroupApprovalTask.objects.get_or_create(name=CHIEF_APPROVAL)
    approval.groups.set([Group.objects.get(name=CHIEF_EDITORS)])

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    for order, task in enumerate([review, approval]):
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    WorkflowPage.objects.update_or_create(page=Page.get_first_root_node(), defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def setup_roles():
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLES}
    for grant in all_grants():
        apply_grant(groups[grant.role], grant)
    setup_workflow()
    return groups
