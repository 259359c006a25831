"""``sm-sim translate FILE --to cy``: write, or bring up to date, the sibling file that holds
a scenario's (or the guidance library's) texts in another language (scenario/translation.py).
Each text is listed with its English above it; translations already written are kept, texts
the scenario no longer has are dropped, and new ones are left empty for the translator.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..i18n import tr
from .common import BAD_INPUT, OK, diagnostic_line

TO = ("cy",)  # scenario/translation.py's LANGUAGES but English (the help imports nothing)


def add_translate_parsers(verbs: Any) -> dict[str, Any]:
    translate = verbs.add_parser("translate", help=tr("write or update the file of a scenario's "
                                                      "texts in another language (e.g. "
                                                      "cordon_questions.cy.yaml)"))
    translate.add_argument("file", type=Path, help=tr("the scenario (or guidance.yaml) to translate"))
    translate.add_argument("--to", dest="language", required=True, choices=TO)
    return {"translate": cmd_translate}


def cmd_translate(args: argparse.Namespace) -> int:
    from ..records.atomic import write_text
    from ..scenario.translation import own_name, sibling, template, texts
    from ..scenario.yamlsrc import read_yaml
    source, problems = read_yaml(args.file)
    if problems or not isinstance(source.data, dict):
        for problem in problems:
            print(diagnostic_line(problem), file=sys.stderr)
        print("sm-sim translate: " + tr("{path} cannot be read; fix it first").format(path=args.file),
              file=sys.stderr)
        return BAD_INPUT
    out = sibling(args.file, args.language)
    kept: dict[str, str] = {}
    if out.is_file():
        earlier, _ = read_yaml(out)
        given = earlier.data.get("texts") if isinstance(earlier.data, dict) else None
        kept = {str(k): v for k, v in (given or {}).items() if isinstance(v, str)}
    own_id = own_name(source.data, args.file)
    write_text(out, template(source.data, args.language, kept, own_id))
    wanted = texts(source.data)
    done = sum(1 for k in wanted if kept.get(k, "").strip())
    if done == len(wanted):
        print(tr("{path}: {done} of {count} texts translated").format(path=out, done=done,
                                                                      count=len(wanted)))
    else:
        print(tr("{path}: {done} of {count} texts translated; {left} to write").format(
            path=out, done=done, count=len(wanted), left=len(wanted) - done))
    return OK
