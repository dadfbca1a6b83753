def load_events_demo(context):
    return
