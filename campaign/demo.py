def load_campaign_demo(context):
    pass
