"""operational_detail: tactics, deployments, gaps in cover, custody and investigation detail.

This module holds custody, forensic, CCTV, tactic and warrant rules; staffing, gaps in
cover and deployments are in ``operational_cover``, and what an investigation has, lacks
and will do next in ``operational_enquiry``. A public cordon ("officers remain at the
scene"), "enquiries are ongoing", an increased presence "in the area", a past warrant's
result, a public event ("a stall at the market on Saturday") or "I can't share details"
are fine.
"""

from __future__ import annotations

import re

from .base import APOS, Finding, Rule, apply, rule, sentence_of, withheld
from .operational_cover import COVER_RULES, DAY, NUM, deployments, public_event
from .operational_enquiry import ENQUIRY_RULES

FLAG = "operational_detail"

_TIME = (r"(?:(?:from|until|till|til|between|after|before|at)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*"
         r"(?:am|pm)?|half\s+\d|midnight|noon|dawn|first light)|tonight|tomorrow|"
         r"this (?:evening|weekend|afternoon|morning)|all (?:night|weekend|week))")
_FUTURE = rf"(?:going in|goes in|goes ahead|going ahead|planned|tomorrow|tonight|at \d|{DAY}|" \
          r"this week|next week|first thing|at dawn|at first light|later today)"


def _past_or_withheld(text: str, m: re.Match[str]) -> bool:
    lo, hi = sentence_of(text, m.start())
    past = re.search(r"\b(?:yesterday|last (?:night|week|month)|earlier|this morning|raided|"
                     r"were|was|stood down|called off|suspended|paused)\b", text[lo:hi], re.I)
    return past is not None or withheld(text, m)


def _in_due_course(text: str, m: re.Match[str]) -> bool:
    """ "Will be interviewed in due course": no time, place or state of the case."""
    lo, hi = sentence_of(text, m.start())
    return re.search(r"\b(?:in due course|at a later date|voluntarily)\b", text[lo:hi], re.I) is not None


_RULES: tuple[Rule, ...] = (
    # custody
    rule(r"\b(?:in|into|to)\s+(?:the\s+|a\s+)?cells?\b|\bwaiting (?:for|on) (?:his|her|their) "
         r"(?:brief|solicitor|lawyer|appropriate adult)\b", "gives custody detail"),
    rule(r"\bbeing (?:interviewed|questioned|booked in)\b|\bwill be (?:interviewed|questioned|"
         r"re-interviewed)\b|\bin custody (?:at|in) (?-i:[A-Z])|\binterview(?:ing|ed)?\s+"
         r"(?:him|her|them|the suspect)\b", "gives custody or interview detail", veto=_in_due_course),
    rule(r"\bcustody (?:suite|block)\b[^.!?\n]{0,30}?\b(?:is full|full|closed|at capacity)|"
         r"\btaking (?:prisoners|detainees) to\b", "gives custody arrangements"),
    rule(r"\bbailed while\b|\bwhile we wait (?:for|on) (?:the\s+)?(?:phone\s+)?"
         r"(?:download|results?|forensics|lab)", "gives investigation detail"),
    # forensics and evidence
    rule(r"\b(?:DNA|fingerprints?|prints|footprints?|shoe ?marks?|tyre (?:marks|tracks)|"
         r"forensics?|blood|fibres|toxicology|ballistics|"
         r"lab results?|results?)\b[^.!?\n]{0,40}?\b(?:came back|come back|match(?:es|ed)?|"
         r"(?<=report )(?:shows|showed|confirmed|revealed|found)|"
         r"is on the|was on the|were on the|found on|due (?:back )?(?:on )?\w+day|"
         r"(?:put|puts|place|places|link|links|tie|ties|placed|linked|tied) (?:him|her|them) "
         r"(?:at|to))",
         "reveals forensic results", veto=withheld),
    rule(r"\b(?:his|her|their|the suspect's|the offender's)\s+(?:DNA|prints|fingerprints|"
         r"footprints|blood|fibres|shoe ?prints)\b", "reveals forensic evidence", veto=withheld),
    rule(r"\b(?:sent|gone|off)\s+(?:off\s+)?(?:for|to)\s+(?:(?:DNA|forensic|fingerprint|toxicology)\s+)?"
         r"(?:testing|the lab|analysis|download|tests|examination)\b|"
         r"\bin the back of the (?:van|police car|cage)\b|\bon (?:his|her|their) way to (?:custody|the cells|"
         r"the nick|the station)\b|"
         r"\bphone download\b|\bgone off for download\b", "reveals evidence being examined",
         veto=withheld),
    rule(r"\b(?:found|recovered|seized)\s+(?:his|her|their|the suspect's|the offender's)\s+"
         r"(?:phone|knife|weapon|gun|clothes|clothing|car|bike|laptop|computer|devices?|tablet|ipad|"
         r"hard drive|sim cards?|trainers)\b|\b(?:with|at) (?:the )?(?:digital |cyber )?forensics? "
         r"(?:team|lab|unit)\b|"
         r"\b(?:knife|weapon|gun|firearm|machete)\b[^.!?\n]{0,25}?\b(?:was |were |has been )?"
         r"recovered from\b", "reveals evidence recovered", veto=withheld),
    rule(r"\b(?:main|primary|key|working)\s+(?:line of enquiry|theory|hypothesis)\b|"
         r"\blines? of enquiry (?:is|are)\b", "reveals a line of enquiry", veto=withheld),
    rule(rf"\b(?:haven{APOS}?t|have not|hasn{APOS}?t|has not|not yet)\s+(?:yet\s+)?(?:been\s+)?"
         r"(?:released|made public|gone public|put (?:that |it )?out)\b|"
         r"\bkeep (?:it|that|this) (?:to yourself|to yourselves|quiet|between us)\b",
         "shares information not yet made public"),
    rule(r"\b(?:off|gone|sent|going|been sent)\s+(?:off\s+)?to\s+(?:forensics|the lab|the labs|testing|"
         r"analysis|be examined)\b|\b(?:recovered|found|seized|bagged)\s+(?:the|a|his|her)\s+"
         r"(?:murder\s+)?(?:weapon|knife|gun|firearm|machete|hammer|blade)\b",
         "reveals evidence being examined", veto=withheld),
    rule(r"\b(?:his|her|their|the suspect's|the offender's)\s+(?:phone|laptop|computer|devices?|"
         r"messages|texts|bank (?:details|records|statements)|call records|search history)\b"
         r"[^.!?\n]{0,40}?\b(?:show|shows|showed|prove|proves|proved|reveal|reveals|revealed|"
         r"suggest|suggests|suggested|puts? him|puts? her)\b|"
         r"\b(?:details|data|messages|evidence|records) (?:from|on) (?:his|her|their) "
         r"(?:phone|laptop|computer|devices?)\b|"
         r"\b(?:traced|tracked|triangulated|cell[- ]sited)\s+(?:the|his|her|their)\s+"
         r"(?:phone|car|number|account|ip|movements|van)\b",
         "reveals evidence from an investigation", veto=withheld),
    rule(rf"\bcustody\b[^.!?\n]{{0,20}}?\b(?:is|{APOS}s|was)\s+(?:absolutely\s+)?(?:rammed|full|"
         r"busy|chocka|at capacity|closed|heaving)\b|\b(?:being|currently|still)\s+(?:being\s+)?"
         r"held (?:at|in) (?-i:[A-Z])", "gives custody arrangements"),
    # CCTV and identification
    rule(r"\b(?:going through|reviewing|trawling|checking|looking at|viewing)\s+(?:the\s+)?"
         r"(?:CCTV|footage)\s+(?:from|at|of|on|in)\s+(?:the\s+)?(?-i:[A-Z])|\bframe by frame\b|"
         r"\bidentified (?:from|on|off|in) (?:the\s+)?(?:CCTV|footage)\b|"
         r"\b(?:CCTV|footage|dashcam|doorbell camera)\b[^.!?\n]{0,30}?\b(?:clearly )?(?:shows|showed|"
         r"captured|caught|puts|has) (?:him|her|them|the whole|everything|it all)\b|"
         r"\b(?:listening to|going through|reviewing|trawling through)\s+(?:the\s+)?(?:999\s+)?"
         r"(?:recordings?|statements|phone records|call logs|messages)\b",
         "gives detail of CCTV enquiries", veto=withheld),
    rule(r"\bANPR\b[^.!?\n]{0,15}?\b(?:puts|put|hit|hits|picked|shows|showed|clocked|flagged|"
         r"has)\b|\b(?:clocked|picked up|flagged|pinged|spotted|caught) (?:by|on) (?:an? )?"
         r"(?:ANPR|CCTV|cameras?)\b", "reveals ANPR or camera results"),
    rule(r"\bnarrowed (?:it )?down\b|\b(?:prime|main|chief|key) suspects?\b|"
         r"\bperson of interest\b|\b\d+ suspects\b|\b(?:two|three|four|five|six) suspects\b|"
         rf"\bwe know (?:who (?:did|done) it|it{APOS}s him|it{APOS}s her|who it is|who it was)\b",
         "reveals the state of an investigation", veto=withheld),
    # tactics
    rule(r"\b(?:there's|there is|we've got|we have|put|fitted|placed|got) a tracker\b|"
         r"\btracker on (?:the|his|her|their) (?:car|van|vehicle|bike|motor)\b|\bcovert\b|"
         r"\bsurveillance (?:team|officers|operation|on)\b|"
         r"\bsurveillance\b[^.!?\n]{0,20}\bon (?:him|her|them)\b|\bplain[- ]?clothes?\b|"
         r"\bunmarked (?:cars?|vans?)\b|\bobs on\b|\bon obs\b|\bundercover\b|\bsting\b|"
         r"\bstak(?:e|ed|ing)[- ]?out\b|\blying in wait\b|\bplott(?:ed|ing) up\b|"
         r"\bkeeping (?:an eye|watch) on (?:his|her|their|the) (?:house|flat|address)\b",
         "reveals a police tactic", veto=public_event),
    rule(r"\b(?:sat|parked|waiting|watching)\s+(?:up\s+)?(?:outside|near|at)\s+(?:his|her|their)\b|"
         r"\bwatching (?:his|her|their|the) (?:house|flat|address|home)\b",
         "reveals officers' positions", veto=withheld),
    rule(r"\b(?:firearms|ARVs?|armed (?:officers|response|police|units?)|TSG|dogs?|riot vans?|"
         r"public order (?:units?|officers|teams?)|PSUs?|dog units?)\b[^.!?\n]{0,25}?\b(?:staged|stood by|"
         r"on standby|standing by|in position|holding|held back|parked up|waiting)\b|"
         r"\bstaged (?:at|on|near|behind|in)\b",
         "reveals where officers are deployed"),
    rule(r"\b(?:got|have|found) (?:a|an|the) (?:postcode|address|location|name) for "
         r"(?:him|her|them|the suspect)\b|\bon (?:our|their) way (?:there|to (?:him|her|his|the "
         r"address))\b|\bheading (?:there|to his|to her|to the address)\b",
         "reveals where officers are going"),
    rule(r"\bwaiting (?:on|for) (?:the |a )?(?:warrant|go-ahead|green light)\b|"
         r"\bwe know (?:which|whose) (?:house|address|flat|car|van)\b",
         "reveals a planned warrant or arrest", veto=withheld),
    rule(rf"\b(?:warrants?|raids?)\b[^.!?\n]{{0,40}}?\b{_FUTURE}\b",
         "reveals a planned warrant or raid", veto=withheld),
    rule(rf"\b(?:sweep(?:ing)?|search(?:ing)?|hit(?:ting)? the address|going in)\b[^.!?\n]{{0,60}}?"
         rf"\b(?:at first light|at dawn|at \d{{1,2}}\s*(?:am|pm)?|tomorrow|tonight|{DAY})",
         "reveals a planned search", veto=_past_or_withheld),
    rule(r"\barrest(?:ing)?\b[^.!?\n]{0,25}?\b(?:later today|tomorrow|tonight|at \d|first thing)|"
         r"\bgo-?ahead to arrest\b|\bidentified\b[^.!?\n]{0,60}\bwaiting (?:on|for)\b",
         "reveals planned arrests"),
    rule(rf"\b(?:speed|camera|safety camera) vans?\b[^.!?\n]{{0,60}}?{_TIME}|"
         rf"\b(?:checkpoints?|road ?blocks?|stop checks?)\b[^.!?\n]{{0,40}}?{_TIME}",
         "gives a deployment's time and place"),
    rule(rf"\b(?:hit|hitting|raid|raiding|spin|spinning|search|searching)\s+(?:a few|some|several|a|an|"
         rf"{NUM}|the|his|her|their|two)?\s*(?:addresses|address|houses|house|properties|"
         r"property|flats?)\b", "reveals planned searches of addresses", veto=_past_or_withheld),
)


def scan(text: str) -> list[Finding]:
    return [*apply(text, FLAG, (*_RULES, *COVER_RULES, *ENQUIRY_RULES)), *deployments(text)]
