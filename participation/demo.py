def load_participation_demo(context):
    return
