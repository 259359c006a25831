"""Which replies the detectors read: a reply in Welsh is recognised (so it is left to the
trainer rather than scored as clean), and English replies stay English, place names, a Welsh
greeting or sign-off and code-switched English included. The first sets were written before
the rule was run on them: it got 31 of 32, and the one miss (informal Welsh) changed the rule,
so they are a tuning set now. The second sets were written after that change, as a fresh
held-out set (18 of 18 on their first run)."""

from __future__ import annotations

import pytest

from sm_sim.scoring.judge import judge
from sm_sim.scoring.language import JUDGED, language_of

WELSH = [
    "Diolch am roi gwybod i ni. Mae swyddogion ar y ffordd.",
    "Helo Mary, rydyn ni'n gwybod bod hyn yn frawychus. Ffoniwch 101 os gwelsoch chi rywbeth.",
    "Dw i ddim yn gallu dweud mwy ar hyn o bryd, sori.",
    "Mae'r ffordd ar gau tan y bore. Cadwch yn saff.",
    "Ffoniwch 999 os ydych chi mewn perygl.",
    "Byddwn ni'n rhannu'r newyddion yma pan fydd modd.",
    "Dyw e ddim yn fater i'w drafod ar-lein, anfonwch neges breifat.",
    "Rydw i'n deall eich pryder, ond alla i ddim rhoi enwau.",
    "Mae'r tîm yn gweithio'n galed heddiw.",
    "Peidiwch â rhannu'r fideo, os gwelwch yn dda.",
    "Os oes gennych chi wybodaeth, cysylltwch â ni.",
    "Roedd hi'n noson brysur i'r heddlu yn y dref.",
    "Mae o'n byw ar y stryd nesaf, efo'i fam.",  # identifies someone: a trainer must see it
    "Rwyt ti'n dwp, cer o 'ma.",  # abusive, in Welsh
    "Pwy sy'n gyfrifol am hyn? Mae angen atebion.",
    "Shwmae! Diolch yn fawr am y geiriau caredig.",
]
ENGLISH = [
    "Thanks for letting us know, officers are on the way.",
    "Stay safe in Llanelli tonight, the road is closed.",
    "Diolch Mary, we'll pass this on to the team.",
    "Bore da everyone! The station front desk opens at 9.",
    "Officers are at the scene on Heol y Wern and will update here.",
    "Ring 101 if you saw anything near Pontypridd.",
    "Great work from the Cwmbran team yesterday.",
    "We can't comment on an ongoing case, sorry.",
    "Stay safe everyone",
    "ok",
    "Dim comment from us yet, we'll update when we can.",
    "Hi Dee, a speed check is planned, but we can't share when.",
    "Ydw, I'm on shift tonight",
    "lol no",
    "Please don't share the video, it's evidence.",
    "",
]


def test_a_welsh_reply_is_not_judged_and_raises_nothing_to_look_clean() -> None:
    assert JUDGED == ("en",)
    verdict = judge(WELSH[12])  # identification, which the detectors cannot read in Welsh
    assert (verdict.language, verdict.judged, verdict.flags, verdict.findings) == ("cy", False, (), ())
    assert verdict.rubric_score is None and verdict.rubric_passed is None
    english = judge("He lives on the next street with his mum, 07712 345678.")
    assert english.judged and "personal_data" in english.flags


# Written after the first run of the sets above (which missed one informal Welsh reply, and
# led to the informal forms and the apostrophe rule): a fresh held-out set.
WELSH_2 = [
    "Wyt ti'n siŵr? Paid â phostio hwnna.",
    "Mae angen i chi ffonio'r heddlu ar unwaith.",
    "Diolch i bawb a ddaeth i'r cyfarfod cymuned neithiwr.",
    "Dach chi'n gwybod pwy oedd yn gyrru?",
    "Does dim rhaid i ti ateb, ond byddai'n help.",
    "Cer i grafu, does neb yn dy gredu di.",
    "Rydyn ni wedi arestio dyn lleol mewn cysylltiad â'r digwyddiad.",
    "Paid â bod mor ddigywilydd.",
    "Dwi'n gweithio'r shifft nos yng ngorsaf y dref.",
    "Mae ei chwaer yn gweithio yn y siop ar y gornel.",
]
ENGLISH_2 = [
    "Cheers Dafydd, we'll look into it.",
    "Sorry, we can't say who called it in.",
    "The A470 near Merthyr is closed both ways.",
    "Nos da all, stay warm tonight.",
    "That's not something we can discuss on here.",
    "Well done team Caerphilly!",
    "He's been bailed to an address in Neath.",
    "Report it online or ring 101.",
]


@pytest.mark.parametrize("text", [*WELSH, *WELSH_2])
def test_a_reply_in_welsh_is_recognised(text: str) -> None:
    assert language_of(text) == "cy"


@pytest.mark.parametrize("text", [*ENGLISH, *ENGLISH_2])
def test_english_stays_english(text: str) -> None:
    assert language_of(text) == "en"
