"""operational_detail, part two: staffing levels, gaps in cover and planned deployments.

"Only two of us on tonight", "one sergeant covering three towns", "we've stopped sending
single-crewed units up there", "a van round the corner from your house every night this
week". A vague "extra patrols in the area" stays fine.
"""

from __future__ import annotations

import re

from .base import APOS, APOS_CHARS, Finding, Rule, before_in_sentence, rule, sentence_of, withheld

FLAG = "operational_detail"

NUM = (r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a handful of|"
       r"a single|a few)")
STAFF = (r"(?:of us|of them|officers?|cops?|coppers|bobbies|PCs|PCSOs?|sergeants?|sarges?|inspectors?|"
         r"detectives?|DCs|specials|response officers|detention officers|custody officers|"
         r"call handlers|dog handlers?|units?|cars?|vans?|response cars?|patrols?|crews?|"
         r"double[- ]crewed cars?|single[- ]crewed (?:cars?|units?)|people|bodies|staff)")
DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
#: A stretch of time short enough to plan around: "after dark", "from 6 till 10", "tonight".
WHEN = re.compile(
    rf"\b(?:until|till|til|from|between|after|before|at)\s+\d{{1,2}}(?:[:.]\d\d)?\s*(?:am|pm)?\b|"
    r"\b(?:until|till|til|from|after|before|at|by)\s+(?:midnight|noon|midday|dawn|dusk|lunchtime|"
    r"teatime|closing(?: time)?|kick-off|home time|pick-up|chucking-out time)\b|"
    rf"\btonight\b|\btomorrow\b|\bnext week\b|\bthis (?:evening|weekend|afternoon|week)\b|"
    rf"\bat (?:first light|dawn|daybreak|night)\b|\bin the morning\b|\bafter dark\b|"
    rf"\bovernight\b|\bfirst thing\b|\b(?:every|each) (?:night|evening|morning|day|weekend)\b|"
    rf"\b(?:on )?{DAY}s?(?: (?:night|morning|evening|afternoon))?\b|\ball (?:night|weekend|week)\b|"
    r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b", re.I)


def public_event(text: str, m: re.Match[str]) -> bool:
    lo, hi = sentence_of(text, m.start())
    return re.search(r"\b(?:drop-in|surgery|say hello|coffee|community event|meet the|open day|"
                     r"stall|talk|fun day|parade|pop along|come along|come and|match|game|fixture|"
                     r"festival|fair|gala|carnival|concert|as usual|school visit|session|workshop|"
                     r"clinic|assembly|meeting|marking|demo|walkabout|cuppa|advice)\b", text[lo:hi],
                     re.I) is not None or withheld(text, m)


def _asked_or_denied(text: str, m: re.Match[str]) -> bool:
    """ "Asking if we're short-staffed", "we're not short-staffed"."""
    before = before_in_sentence(text, m.start(), 40)
    return re.search(rf"\b(?:if|whether|not|never|no longer|n{APOS}t)\b[^,;]{{0,20}}$", before,
                     re.I) is not None or withheld(text, m)


_ON = (r"on(?=\s*(?:[.!?,;)]|$|\s(?:tonight|today|now|at the moment|this|for|in|across|at|"
       r"between|after|until|till)\b))")

COVER_RULES: tuple[Rule, ...] = (
    rule(rf"\b(?:only|just|literally|we{APOS}ve got|we have got|we have|there{APOS}s|there are|"
         rf"there is)\s+(?:got\s+)?{NUM}\s+{STAFF}\s+(?:\w+\s+){{0,2}}?(?:covering|covers|to cover|"
         r"working|available|free|on duty|on shift|left|patrolling|in (?:for|tonight)|"
         r"on\s+(?:for|in|tonight|today|shift|duty|nights|lates|earlies|across|at|the|your|our|this)|"
         rf"for (?:the |this |your |our |\d+ |{NUM} )|{_ON})", "reveals a gap in police cover"),
    rule(rf"\b(?:only|just|literally)\s+{NUM}\s+{STAFF}\s*{_ON}", "reveals a gap in police cover"),
    rule(rf"\b{NUM}\s+{STAFF}\b[^.!?\n]{{0,30}}?\b(?:for|covering|across|in) (?:the whole of|"
         rf"all of|the entire|the whole)\b|\b{NUM}\s+{STAFF}\s+on\s+(?:tonight|today|nights|"
         rf"shift|duty|lates|earlies|for|in|across)\b|\bdown to (?:just |only )?{NUM}\s+{STAFF}\b|"
         rf"\b{NUM}\s+{STAFF}\s+(?:covering|to cover)\s+(?:{NUM}|\d+|the whole|all)\b|"
         rf"\b{NUM}\s+{STAFF}\s+for\s+(?:{NUM}|\d+)\s+(?:cells|prisoners|detainees|towns|villages|"
         r"wards|calls|jobs|estates|stations)\b|"
         rf"\b{NUM}\s+{STAFF}\s+(?:between|for|covering) (?-i:[A-Z])\w+ and (?-i:[A-Z])|"
         r"\bstretched (?:thin|to breaking)\b|\bshort[- ]staffed\b|\bskeleton (?:crew|staff|shift)\b|"
         r"\bshort of (?:officers|staff|cars)\b|"
         r"\b(?:minimum|below minimum) (?:staffing|strength)\b|\brunning on (?:minimum|empty|fumes)\b|"
         rf"\b(?:half|most|\d+|{NUM}) (?:of )?(?:the |our )?(?:shift|team|officers|of us|response)\b"
         r"[^.!?\n]{0,15}?\b(?:off sick|on leave|abstracted|off with covid)\b|"
         r"\bsingle[- ]crewed\b|\bdouble[- ]crewed\b|"
         rf"\b{STAFF}(?:{APOS}s| is| are) (?:on leave|off sick|off(?=\s*(?:[.,!?;]|$|sick|work|today|"
         r"tonight|this|for|till|until|and))|away|on a course|at court|on rest days?)\b|"
         r"\bjust me(?: and (?:a|one|my|the) [\w-]+)?(?: on)? (?:tonight|today|"
         r"on shift|this shift|covering|on nights|on lates)\b",
         "reveals staffing levels", veto=_asked_or_denied),
    rule(r"\bno (?:\w+ )?(?:team|teams|officers?|PCSOs?|units?|cars?|cover|patrols?|sergeants?)\b"
         r"[^.!?\n]{0,30}?\b(?:till|until|before|after|tonight|this week|this weekend)\b|"
         r"\bcovering for (?:sickness|leave|absences?|people off)\b",
         "reveals a gap in police cover", veto=_asked_or_denied),
    rule(rf"\b(?:nobody|no one|no-one|no units?|no (?:response |patrol )?cars?|no officers?|"
         rf"nobody{APOS}s)\b[^.!?\n]{{0,30}}?\b(?:covering|covered|free|available|on duty|"
         rf"on shift|on tonight|patrolling|on (?:the )?(?:\w+ )?shift|{_ON})\b|"
         rf"\b{NUM} (?:officers?|PCs|cops|of us|people|staff|bodies|cars|units) (?:down|short)\b|"
         r"\b(?:cars?|vans?|units?|vehicles?|bikes?|drones?|helicopters?)\s+(?:is|are|has been|have been|"
         rf"{APOS}s)\s+off the road\b|\bcovering (?:both|all|{NUM}|\d+) (?:towns|villages|areas|"
         r"divisions|districts|wards|beats|sectors|estates|patches)\b",
         "reveals a gap in police cover"),
    rule(rf"\b(?:isn{APOS}?t|is not|aren{APOS}?t|are not|won{APOS}?t be|not)\s+covered\b"
         r"(?!\s+(?:by|under|in|on|for))|"
         r"\b(?:usually|normally|often|always)\s+(?:nobody|no one|no-one)\b|"
         r"\b(?:nothing|nobody|no one|no-one|no cars?|no units?)\s+(?:is\s+|are\s+)?(?:available|"
         r"free|spare|left to send)\b|\bgap (?:in (?:the )?(?:cover|coverage|patrols)|between \d|"
         r"when)\b|\b(?:unit|team|cars?|officers|everyone|everybody|crews?|van|dog|handler|squad)"
         rf"(?:{APOS}s)?\b[^.!?\n]{{0,15}}?\b(?:is|are|{APOS}s|{APOS}re|)\s*(?:all\s+)?tied up\b|"
         r"\bno (?:air support|helicopter|dog (?:unit|handler)s?|firearms|(?:\w+ )?cover)\b"
         r"(?!\s+(?:charge|band|letter|photo|version|story|note|for (?:the|a) (?:event|day)))|"
         rf"\bno {STAFF} (?:on|covering|available|free|in)\b(?!\s+(?:the scene|scene))|"
         rf"\b(?:our|the) only {STAFF} (?:is|are|{APOS}s) (?:on leave|off sick|off|away|tied up|"
         r"on a course|at court)\b|"
         r"\b(?:car|van|shift|cover|team|nights|lates|earlies)\s+(?:finishes|ends|goes off|clocks off|"
         r"knocks off|stops|drops)\s+at\s+\d|"
         r"\bno other (?:dog|unit|car|van|officers?|crew|firearms|ARV)s?\b[^.!?\n]{0,20}?"
         r"\b(?:in|on|available|free|for)\b|"
         r"\b(?:drones?|helicopters?|dogs?|firearms|vans?|cars?|ANPR|radios?|cameras?|ARVs?)\s*"
         rf"(?:unit|team|section)?(?:{APOS}s|\s+is|\s+are|\s+has been|\s+have been)\s+(?:grounded|down|"
         r"off|unavailable|out of action|broken|broken down|in for repair|not working|off the road)\b|"
         r"\bno eyes in the sky\b|\bshift change(?:over)? is at\b|"
         rf"\b(?:team|shift|car|cover|officers?|PCSOs?|nights?|lates|earlies)\b[^.!?\n]{{0,20}}?"
         rf"\b(?:don{APOS}?t|doesn{APOS}?t|do not|does not|won{APOS}?t)\s+(?:start|come on|get in|"
         r"clock on)\s+(?:till|until|before)\s+\d|"
         r"\bthe only (?:one|unit|car|van|officer|dog|crew|PCSO|sergeant|ARV)\b[^.!?\n]{0,25}?"
         rf"\b(?:we{APOS}ve got|we have|available|on|left|covering)\b",
         "reveals a gap in police cover"),
    rule(rf"\b(?:stopped|stop|won{APOS}?t be|won{APOS}?t|don{APOS}?t|do not|no longer|never|can{APOS}?t|"
         rf"not|aren{APOS}?t|are not)"
         r"\s+(?:\w+\s+)?(?:sending|send|patrolling|patrol|going|go)\s+(?:\w+\s+){0,3}?"
         r"(?:up there|down there|in there|into (?:that|the|those)|on (?:that|the|those) estate|"
         r"after dark|at night|there at night|(?:out )?to (?:any )?(?:non-injury|minor|low-level|"
         r"[\w-]+ (?:collisions|burglaries|shoplifting|jobs|calls|thefts)))\b",
         "reveals where officers will not go"),
)

_RESOURCE = re.compile(
    r"\b(?:vans?|cars?|units?|teams?|squads?|officers|patrols?|ARVs?|crews?|PCSOs|specials|CID|"
    r"detectives|bike team|dog (?:unit|section|handlers?)|drones?|helicopter|horses|mounted|"
    r"cameras?|speed traps?|traffic|roads policing|operations?|door[- ]?knock\w*|"
    r"knock(?:ing)? on doors|house[- ]to[- ]house|stop checks?|checkpoints?)\b", re.I)
_WHERE = re.compile(
    rf"\b(?:at|on|in|by|outside|near|around|along|over|behind|up|down)\s+(?:the\s+)?(?:top|bottom|"
    rf"end|back|corner)?\s*(?:of\s+)?(?:[A-Z][\w{APOS_CHARS}]+|[AMB]\d{{1,4}}\b)|"
    r"\b(?:at|on|in|by|outside|near|around|along|over|behind|up|down)\s+(?:the|his|her|their|your)"
    r"\s+(?!(?:area|areas|scene|community|county|district|region|city|streets?|roads?|moment|"
    r"minute|end|meantime|future|past|morning|evening|night|day|week|weekend|way|town|"
    r"coming|next|run|lookout|job|ground)\b)[a-z]{3,}|"
    r"\b(?:round|around) the corner from\b|\b(?:door-knocking|knocking on doors (?:on|in))\s+\w+|"
    r"\b(?:patrols?|officers|units?|cars?|vans?)\s+(?:up |down |out |over )?there\b")
_GOING = re.compile(rf"\b(?:will be|{APOS}ll be|we{APOS}ve got|we have|are going|is going|we{APOS}ve put|"
                    rf"we have put|putting|we{APOS}ll put|we will put|we{APOS}ve placed|stationed|posted|"
                    rf"deploying|we{APOS}ve deployed|"
                    rf"going to be|is parked|are parked|are out|is out|we{APOS}re|will have|"
                    rf"{APOS}ll have|there{APOS}ll be|there will be|are [\w-]+ing|is [\w-]+ing|"
                    rf"{APOS}re [\w-]+ing|planning to|plan to)\b", re.I)
_REASSURANCE = re.compile(r"\b(?:increased|extra|more|high[- ]visibility|visible)\s+(?:police\s+)?"
                          r"(?:presence|patrols)\b|\bin the area\b|\bstood down\b", re.I)
_EXACT_WHEN = re.compile(r"\bafter dark\b|\b(?:every|each) night\b|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|"
                         r"\b(?:from|until|till|between) \d", re.I)
_NAMED_PLACE = re.compile(r"\bthere\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|"
                          r"\b(?:Road|Street|Lane|Avenue|Estate|Park)\b")


def deployments(text: str) -> list[Finding]:
    """A resource, a specific place and a time in one forward-looking sentence."""
    found: list[Finding] = []
    seen: set[int] = set()
    for m in _RESOURCE.finditer(text):
        lo, hi = sentence_of(text, m.start())
        if lo in seen:
            continue
        seen.add(lo)
        sentence = text[lo:hi]
        if not (_WHERE.search(sentence) and WHEN.search(sentence) and _GOING.search(sentence)):
            continue
        vague = _REASSURANCE.search(sentence) is not None and not (
            _EXACT_WHEN.search(sentence) and _NAMED_PLACE.search(sentence))
        if not vague and not public_event(text, m):
            found.append(Finding(FLAG, m.start(), hi, "gives a deployment's time and place"))
    return found
