"""Which documents a visitor may see: those outside private (view-restricted) collections.

The set of private collections is looked up once per request (or once per call
without a request), so a guide with many documents costs the same queries as one
with a single document.
"""


def private_collections(context=None):
    from hub.api import private_collection_ids  # the API module needs loaded models

    request = context.get("request") if context else None
    if request is None:
        return private_collection_ids()
    if not hasattr(request, "_toolkit_private_collections"):
        request._toolkit_private_collections = private_collection_ids()
    return request._toolkit_private_collections


def is_public_document(document, context=None):
    return document is not None and document.collection_id not in private_collections(context)
