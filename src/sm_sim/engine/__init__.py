"""The scenario engine: a state machine, simulated time, the feed and the event log (no Qt)."""

import lazy_loader

# Each name is imported from its module on first use (the list is __init__.pyi), so
# importing one module of the package does not import them all.
__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)
