"""Course records (no Qt here): the attempt journal, resume, exports (CSV, JSON, PDF, xAPI),
the LRS outbox, verification and the cohort view.

The app's attempt session uses it like this::

    run = ScenarioRun(scenario, seed)
    journal = AttemptJournal.begin(run, library, trainee_for(name), mode="practice",
                                   session=session_id)       # before run.start()
    run.start()                                              # ... the attempt plays ...
    journal.error                                            # an OSError if saving failed
    find_unfinished()                                        # at start-up: offer to resume
    run, journal = resume_attempt(path)                      # rebuilt where it stopped
    export_attempts([read_attempt(journal.path)], "pdf", out)
    Outbox().add(statements(attempt)); Outbox().send(LrsClient(url, user, secret))
"""

import lazy_loader

# Each name is imported from its module on first use (the list is __init__.pyi), so
# importing one module of the package does not import them all.
__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)
