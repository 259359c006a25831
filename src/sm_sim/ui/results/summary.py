"""The Results view's summary of the attempts shown: three figures (attempts, pass rate, mean
score) and the chart of the mean per competency, all from the records layer's ``Group``."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ...records import Record
from ...records.cohort import Group
from ..kit.language import translate
from ..kit.stat_tile import StatTile
from .chart import CohortChart


class CohortSummary:
    """The figures and the chart; the view places ``figures()`` and ``chart_card()``."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.tiles = [StatTile(c, parent) for c in (translate("CohortSummary", "Attempts"),
                                                    translate("CohortSummary", "Pass rate"),
                                                    translate("CohortSummary", "Mean score"))]
        self.chart = CohortChart(parent)
        self.means: dict[str, float] = {}  # competency -> mean over the finished records shown

    def figures(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(12)
        for number, tile in enumerate(self.tiles):
            grid.addWidget(tile, 0, number)
        return grid

    def chart_card(self) -> QFrame:
        card = QFrame(self.parent, objectName="card")
        column = QVBoxLayout(card)
        column.setContentsMargins(18, 12, 18, 12)
        column.addWidget(QLabel(translate("CohortSummary", "Mean score per competency"), card,
                                objectName="cardTitle", wordWrap=True))
        column.addWidget(self.chart)
        column.addWidget(QLabel(translate("CohortSummary", "The mean of the finished attempts shown; "
                                                           "n is how many of them were scored on "
                                                           "that competency."), card,
                                objectName="muted", wordWrap=True))
        column.addStretch(1)
        return card

    def show(self, records: list[Record]) -> None:
        cohort = Group("", records)
        done = cohort.done
        rate, mean = cohort.pass_rate, cohort.mean_score
        trainees = len({r.trainee_id for r in records})
        who = (translate("CohortSummary", "{finished} finished · {count} trainee") if trainees == 1
               else translate("CohortSummary", "{finished} finished · {count} trainees"))
        self.tiles[0].show_value(str(len(records)), who.format(finished=len(done), count=trainees))
        passed = sum(bool(r.passed) for r in done)
        self.tiles[1].show_value("–" if rate is None else f"{rate:.0%}",
                                 translate("CohortSummary", "{passed} of {finished} finished passed")
                                 .format(passed=passed, finished=len(done)))
        self.tiles[2].show_value("–" if mean is None else f"{mean:.0f}",
                                 translate("CohortSummary", "out of 100"))
        titles = cohort.titles()
        self.means = cohort.competency_means()
        counts = {name: sum(name in r.competencies for r in done) for name in self.means}
        self.chart.set_rows([(titles.get(name, name), value, counts[name])
                             for name, value in self.means.items()])
