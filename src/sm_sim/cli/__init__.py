"""``sm-sim``: the command line. ``main`` dispatches a verb; the verbs live by subject:
``scenario`` (validate, play, graph, detect, schema, diagnostics), ``records`` (export,
verify, resume and play's recording options), ``lrs`` (send, cohort) and ``lms`` (package,
launch: cmi5)."""

from .main import main

__all__ = ["main"]
