"""``sm-sim``: the command line. ``main`` dispatches a verb; the verbs live by subject:
``scenario`` (validate, play, graph, detect, schema, diagnostics), ``records`` (export,
verify, resume and play's recording options) and ``lrs`` (send, cohort)."""

from .main import main

__all__ = ["main"]
