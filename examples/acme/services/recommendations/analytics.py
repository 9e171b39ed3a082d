from django.conf import settings
from mixpanel import Mixpanel

# One client for the service; the other modules import it.
mp = Mixpanel(settings.MIXPANEL_TOKEN)
