"""``python -m sm_sim`` is the same as the ``sm-sim`` command."""

from .cli import main

raise SystemExit(main())
