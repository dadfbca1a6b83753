"""Demo toolkit (filled in below)."""


def load_toolkit_demo(context):
    return
