"""operational_detail: tactics, deployments, gaps in cover, custody and investigation detail.

A public cordon ("officers remain at the scene"), "enquiries are ongoing", an increased
presence "in the area", a past warrant's result, or "I can't share details" are fine.
"""

from __future__ import annotations

import re

from .base import APOS, APOS_CHARS, Finding, Rule, apply, rule, sentence_of, withheld

FLAG = "operational_detail"

_NUM = r"(?:\d{1,3}|one|two|three|four|five|six|a couple of|a handful of|a single)"
_STAFF = (r"(?:of us|officers?|cops?|coppers|bobbies|PCs|units?|cars?|vans?|response cars?|"
          r"patrols?|crews?|double[- ]crewed cars?|people)")
_TIME = (r"(?:(?:from|until|till|til|between|after|before|at)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*"
         r"(?:am|pm)?|half\s+\d|midnight|noon|dawn|first light)|tonight|tomorrow|"
         r"this (?:evening|weekend|afternoon|morning)|all (?:night|weekend|week))")
_PLACE = r"(?:on|at|in|outside|near|along|by)\s+(?:the\s+)?(?:[A-Z][\w']+|[AMB]\d{1,4}\b)"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_FUTURE = rf"(?:going in|goes in|goes ahead|going ahead|planned|tomorrow|tonight|at \d|{_DAY}|" \
          r"this week|next week|first thing|at dawn|at first light|later today)"


def _past_or_withheld(text: str, m: re.Match[str]) -> bool:
    lo, hi = sentence_of(text, m.start())
    past = re.search(r"\b(?:yesterday|last (?:night|week|month)|earlier|this morning|raided|"
                     r"were|was|stood down|called off|suspended|paused)\b", text[lo:hi], re.I)
    return past is not None or withheld(text, m)


def _public_event(text: str, m: re.Match[str]) -> bool:
    lo, hi = sentence_of(text, m.start())
    return re.search(r"\b(?:drop-in|surgery|say hello|coffee|community event|meet the|open day|"
                     r"stall|talk|fun day|parade)\b", text[lo:hi], re.I) is not None or \
        withheld(text, m)


_RULES: tuple[Rule, ...] = (
    # custody
    rule(r"\b(?:in|into|to)\s+(?:the\s+|a\s+)?cells?\b|\bwaiting (?:for|on) (?:his|her|their) "
         r"(?:brief|solicitor|lawyer|appropriate adult)\b", "gives custody detail"),
    rule(r"\bbeing (?:interviewed|questioned|booked in)\b|\bwill be (?:interviewed|questioned|"
         r"re-interviewed)\b|\bin custody (?:at|in) [A-Z]|\binterview(?:ing|ed)?\s+"
         r"(?:him|her|them|the suspect)\b", "gives custody or interview detail"),
    rule(r"\bcustody (?:suite|block)\b[^.!?\n]{0,30}?\b(?:is full|full|at [A-Z])|"
         r"\btaking (?:prisoners|detainees) to\b", "gives custody arrangements"),
    rule(r"\bbailed while\b|\bwhile we wait (?:for|on) (?:the\s+)?(?:phone\s+)?"
         r"(?:download|results?|forensics|lab)", "gives investigation detail"),
    # forensics and evidence
    rule(r"\b(?:DNA|fingerprints?|prints|footprints?|shoe ?marks?|tyre (?:marks|tracks)|"
         r"forensics?|blood|fibres|toxicology|ballistics|"
         r"lab results?|results?)\b[^.!?\n]{0,40}?\b(?:came back|come back|match(?:es|ed)?|"
         r"is on the|was on the|were on the|found on|due (?:back )?(?:on )?\w+day|"
         r"(?:put|puts|place|places|link|links|tie|ties|placed|linked|tied) (?:him|her|them) "
         r"(?:at|to))",
         "reveals forensic results", veto=withheld),
    rule(r"\b(?:his|her|their|the suspect's|the offender's)\s+(?:DNA|prints|fingerprints|"
         r"footprints|blood|fibres|shoe ?prints)\b", "reveals forensic evidence", veto=withheld),
    rule(r"\b(?:sent|gone)\s+(?:off\s+)?(?:for|to)\s+(?:testing|the lab|analysis|download)\b|"
         r"\bphone download\b|\bgone off for download\b", "reveals evidence being examined",
         veto=withheld),
    rule(r"\b(?:found|recovered|seized)\s+(?:his|her|their|the suspect's|the offender's)\s+"
         r"(?:phone|knife|weapon|gun|clothes|clothing|car|bike)\b|"
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
         r"held (?:at|in) [A-Z]", "gives custody arrangements"),
    # CCTV and identification
    rule(r"\b(?:going through|reviewing|trawling|checking|looking at|viewing)\s+(?:the\s+)?"
         r"(?:CCTV|footage)\s+(?:from|at|of|on|in)\s+(?:the\s+)?[A-Z]|\bframe by frame\b|"
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
         "reveals a police tactic", veto=_public_event),
    rule(r"\b(?:sat|parked|waiting|watching)\s+(?:up\s+)?(?:outside|near|at)\s+(?:his|her|their)\b|"
         r"\bwatching (?:his|her|their|the) (?:house|flat|address|home)\b",
         "reveals officers' positions", veto=withheld),
    rule(r"\b(?:firearms|ARVs?|armed officers|TSG|dogs?)\b[^.!?\n]{0,20}?\b(?:staged|stood by|"
         r"on standby|in position|holding)\b|\bstaged (?:at|on|near|behind|in)\b",
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
         rf"\b(?:at first light|at dawn|at \d{{1,2}}\s*(?:am|pm)?|tomorrow|tonight|{_DAY})",
         "reveals a planned search", veto=_past_or_withheld),
    rule(r"\barrest(?:ing)?\b[^.!?\n]{0,25}?\b(?:later today|tomorrow|tonight|at \d|first thing)|"
         r"\bgo-?ahead to arrest\b|\bidentified\b[^.!?\n]{0,60}\bwaiting (?:on|for)\b",
         "reveals planned arrests"),
    rule(rf"\b(?:speed|camera|safety camera) vans?\b[^.!?\n]{{0,60}}?{_TIME}|"
         rf"\b(?:checkpoints?|road ?blocks?|stop checks?)\b[^.!?\n]{{0,40}}?{_TIME}",
         "gives a deployment's time and place"),
    rule(rf"\b(?:hit|hitting|raid|raiding|spin|spinning|search|searching)\s+(?:a few|some|several|"
         rf"{_NUM}|the|his|her|their|two)?\s*(?:addresses|address|houses|house|properties|"
         r"property|flats?)\b", "reveals planned searches of addresses", veto=_past_or_withheld),
    # gaps in cover
    rule(rf"\b(?:only|just)\s+{_NUM}\s+{_STAFF}\s+(?:\w+\s+){{0,2}}?(?:covering|covers|working|"
         r"available|free|on duty|on shift|left|patrolling|on\s+(?:for|in|tonight|today|shift|duty|"
         r"nights|lates|earlies|across|at))\b", "reveals a gap in police cover"),
    rule(rf"\b{_NUM}\s+{_STAFF}\b[^.!?\n]{{0,30}}?\b(?:for|covering|across|in) (?:the whole of|"
         rf"all of|the entire|the whole)\b|\b{_NUM}\s+{_STAFF}\s+on\s+(?:tonight|today|nights|"
         rf"shift|duty|lates|earlies|for|in|across)\b|\bdown to (?:just |only )?{_NUM}\s+{_STAFF}\b|"
         r"\bshort[- ]staffed\b|\bskeleton (?:crew|staff|shift)\b|\bshort of (?:officers|staff|cars)\b",
         "reveals staffing levels"),
    rule(rf"\b(?:nobody|no one|no-one|no units?|no (?:response |patrol )?cars?|no officers?|"
         rf"nobody{APOS}s)\b[^.!?\n]{{0,30}}?\b(?:covering|covered|free|available|on duty|"
         r"on shift|on tonight|patrolling|on (?:the )?(?:\w+ )?shift)\b",
         "reveals a gap in police cover"),
    rule(rf"\b(?:isn{APOS}?t|is not|aren{APOS}?t|are not|won{APOS}?t be|not)\s+covered\b"
         r"(?!\s+(?:by|under|in|on|for))|"
         r"\b(?:usually|normally|often|always)\s+(?:nobody|no one|no-one)\b|"
         r"\b(?:nothing|nobody|no one|no-one|no cars?|no units?)\s+(?:is\s+|are\s+)?(?:available|"
         r"free|spare|left to send)\b|\bgap (?:in (?:the )?(?:cover|coverage|patrols)|between \d|"
         r"when)\b|\b(?:unit|team|cars?|officers|everyone|everybody|crews?)\b[^.!?\n]{0,15}?"
         rf"\b(?:is|are|{APOS}s|{APOS}re)\s+(?:all\s+)?tied up\b|"
         r"\bno (?:air support|helicopter|dog (?:unit|handler)s?|firearms cover|cover)\b|"
         r"\b(?:drone|helicopter|dog|firearms) (?:unit|team|section)?\s*(?:is|are) (?:grounded|"
         r"down|off|unavailable|out of action)\b|\bshift change(?:over)? is at\b",
         "reveals a gap in police cover"),
)


_RESOURCE = re.compile(
    r"\b(?:vans?|cars?|units?|teams?|officers|patrols?|ARVs?|crews?|PCSOs|specials|"
    r"bike team|dog (?:unit|section|handlers?)|drones?|helicopter|horses|mounted)\b", re.I)
_WHERE = re.compile(
    rf"\b(?:at|on|in|by|outside|near|around|along|over|behind)\s+(?:the\s+)?(?:top|bottom|end|"
    rf"back|corner)?\s*(?:of\s+)?(?:[A-Z][\w{APOS_CHARS}]+|[AMB]\d{{1,4}}\b)|"
    r"\b(?:at|on|in|by|outside|near|around|along|over|behind)\s+(?:the|his|her|their)\s+"
    r"(?!(?:area|scene|community|county|district|region|city|streets?|roads?|moment|minute|"
    r"end|meantime|future|past|morning|evening|night|day|week|weekend|way)\b)[a-z]{3,}")
_WHEN = re.compile(
    rf"\b(?:until|till|til|from|between|after|at)\s+\d{{1,2}}(?:[:.]\d\d)?\s*(?:am|pm)?\b|"
    rf"\btonight\b|\btomorrow\b|\bnext week\b|\bthis (?:evening|weekend|afternoon)\b|"
    rf"\bat (?:first light|dawn|daybreak)\b|\bin the morning\b|"
    rf"\bon {_DAY}\b|\ball (?:night|weekend)\b", re.I)
_GOING = re.compile(rf"\b(?:will be|{APOS}ll be|we{APOS}ve got|we have|are going|is going|"
                    rf"going to be|is parked|are parked|are out|is out|we{APOS}re|will have|{APOS}ll have|"
                    rf"there{APOS}ll be|there will be)\b",
                    re.I)
_REASSURANCE = re.compile(r"\b(?:increased|extra|more|high[- ]visibility|visible)\s+(?:police\s+)?"
                          r"(?:presence|patrols)\b|\bin the area\b|\bstood down\b", re.I)


def _deployments(text: str) -> list[Finding]:
    """A resource, a specific place and a time in one forward-looking sentence."""
    found: list[Finding] = []
    seen: set[int] = set()
    for m in _RESOURCE.finditer(text):
        lo, hi = sentence_of(text, m.start())
        if lo in seen:
            continue
        seen.add(lo)
        sentence = text[lo:hi]
        if (_WHERE.search(sentence) and _WHEN.search(sentence) and _GOING.search(sentence)
                and not _REASSURANCE.search(sentence) and not _public_event(text, m)):
            found.append(Finding(FLAG, m.start(), hi, "gives a deployment's time and place"))
    return found


def scan(text: str) -> list[Finding]:
    return [*apply(text, FLAG, _RULES), *_deployments(text)]
