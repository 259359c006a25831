"""operational_detail, part three: what an investigation has, lacks and will do next.

Evidence in hand ("the lab's got prints"), what it fails to show ("too grainy to read the
plate"), results awaited, suspects "in the frame", key witnesses, checks on police systems
(PNC) and planned visits, arrests or charges. "We'll assess the footage you've sent" and
a charge already in a press release are fine.
"""

from __future__ import annotations

import re

from .base import APOS, Rule, rule, sentence_of, withheld
from .operational_cover import DAY, public_event

_PERSON = (r"(?:him|her|them|the suspect|the lad|the man|the woman|the driver|his \w+|her \w+|"
           r"their \w+|the family|the owner|the address|the house|the flat|that address)")
_SOON = (rf"(?:tomorrow|tonight|later(?: today| on)?|today|this (?:afternoon|evening|week|weekend)|"
         rf"next week|first thing|on {DAY}|in the morning|at \d|soon|shortly|in the next)")
_EVIDENCE = (rf"(?:prints?|fingerprints?|DNA|a DNA (?:hit|match|profile)|blood|footprints?|"
             rf"shoe ?prints|a match|a hit|fibres|a partial plate|(?:the )?partial plate|"
             rf"(?:(?:his|her|their|the) )?(?:[\w-]+{APOS}s )?(?:phone|laptop|messages|clothes|"
             r"trainers|hoodie|car keys)|the weapon|the knife|CCTV of|footage of|a clear (?:image|shot))")


def _public_appeal(text: str, m: re.Match[str]) -> bool:
    """An appeal or a line already public: "CCTV shows a man we'd like to identify"."""
    lo, hi = sentence_of(text, m.start())
    return re.search(r"\b(?:appeal|recognise|identify|know who|come forward|released|published|"
                     r"shared)\b", text[lo:hi], re.I) is not None or withheld(text, m)


def _public_or_light(text: str, m: re.Match[str]) -> bool:
    """A demo, a school visit or a joke ("got him on camera singing karaoke 😂")."""
    return public_event(text, m) or re.search(
        r"\b(?:karaoke|singing|dancing|christmas do|party|lol|haha)\b|\U0001F602|\U0001F923", text,
        re.I) is not None


def _charged_in_court(text: str, m: re.Match[str]) -> bool:
    lo, hi = sentence_of(text, m.start())
    return re.search(r"\b(?:court|magistrates|appear|appeared|has been charged|have been charged)\b",
                     text[lo:hi], re.I) is not None or withheld(text, m)


ENQUIRY_RULES: tuple[Rule, ...] = (
    rule(r"\bpost[- ]mortem\b[^.!?\n]{0,30}?\b(?:showed|shows|found|revealed|results?|confirmed)\b|"
         r"\b(?:linked|tied|matched|connected|placed|put) (?:him|her|them|it|the \w+)\b[^.!?\n]{0,30}?"
         r"\b(?:through|via|by|from|using|with|to)\s+(?:the\s+|his\s+|her\s+)?(?:\w+\s+)?(?:DNA|prints|"
         r"fingerprints|shoe ?marks|footprints|CCTV|footage|phone|ANPR|fibres|blood|forensics|"
         r"cell ?site|messages)\b|"
         rf"\bwe know (?:\w+ )?(?:where|which way|when) (?:he|she|they) (?:was|were|is|went|are|"
         r"headed|had been)\b|\bphone (?:was )?(?:still )?(?:switched on|pinged|last used|active)\b|"
         rf"\b(?:we (?:believe|think|reckon|suspect)|probably|likely) (?:it{APOS}s|it is|it was|"
         rf"they{APOS}re|they are) the same (?:gang|group|lads?|man|person|people|offenders?|crew)\b",
         "reveals evidence in an investigation", veto=withheld),
    rule(r"\b(?:found|arrested|nicked|picked (?:him |her |them )?up|searched|raided|recovered|hiding|"
         r"staying|sat outside|waiting outside|watching)\b[^.!?\n]{0,30}?\b(?:at|in|outside|near) "
         r"(?:his|her|their) (?:mum|dad|nan|gran|girlfriend|boyfriend|missus|partner|brother|sister|"
         rf"mate|cousin|auntie|uncle|ex)(?:{APOS}s)?\b|\bCPS (?:have |has )?(?:binned|dropped|refused|"
         rf"bounced|knocked back|rejected|won{APOS}?t charge)\b",
         "reveals where a suspect was found or what was decided", veto=withheld),
    rule(r"\b(?:suspects?|offenders?|attackers?|robbers?|burglars?|gunman|thie(?:f|ves)|the (?:car|van|"
         r"vehicle|bike|moped))\b[^.!?\n]{0,25}?\b(?:ran|run|fled|drove off|made off|headed|heading|"
         r"legged it|went|was last seen going) (?:off )?(?:towards|to|into|along|down|up|for|onto|across)\b|"
         r"\b(?:dog unit|dogs?|dog handlers?|helicopter|drone|firearms|ARVs?|armed officers|TSG|chopper)"
         rf"(?:\s+is|\s+are|{APOS}s|{APOS}re)\s+(?:out|up|in the air|on (?:the|its|their) way|searching|"
         r"deployed|tracking|there now|at the scene|over)\b(?!\s+(?:for the day|of action))",
         "reveals a live search or a suspect's movements", veto=_public_or_light),
    rule(r"\bcustody (?:sergeant|sgt|clock|record)\b|\bauthoris(?:e|ed|ing) (?:his |her |their )?"
         r"detention\b|\bPACE clock\b|\bdetention clock\b|\b(?:extension|extend) (?:to |of )?"
         r"(?:his|her|their) (?:custody|detention)\b|\brefusing to answer questions\b|"
         r"\b(?:no comment|no-comment) interview\b|\bgo(?:ing)? no[- ]comment\b|"
         r"\binterview (?:starts|is|will be|begins|"
         r"(?:is )?scheduled|(?:is )?booked)\b[^.!?\n]{0,15}?\b(?:at|for|tomorrow|tonight|in the morning|"
         rf"this)\b|\b(?:his|her|their) (?:solicitor|brief|lawyer|appropriate adult)(?:{APOS}s| has| is)?"
         r"\s+(?:arrived|here|on (?:the|their|his|her) way|turned up|just got here)\b",
         "gives custody or interview detail", veto=withheld),
    rule(r"\b(?:got|have|found|get|getting|hoping to have) (?:a|an|the) (?:postcode|address|location|"
         r"name) for (?:him|her|them|the (?:\w+ )?(?:man|woman|lad|suspect|driver|offender|girl|boy))\b",
         "reveals the state of an investigation", veto=withheld),
    rule(rf"\b(?:we{APOS}ve|we have|we{APOS}ve already|lab{APOS}s|lab has|labs have|"
         rf"they{APOS}ve|they have|forensics (?:have|has)|forensics{APOS}ve|we{APOS}ve now|"
         rf"we now have|we{APOS}ve also)\s+(?:already\s+|now\s+|also\s+)?(?:got|found|lifted|"
         rf"recovered|pulled|identified|matched)\s+(?:a |his |her |their |some |partial |good |"
         rf"clear |a partial |a full |the )?{_EVIDENCE}|\blifted (?:a |some |his |her )?"
         r"(?:prints|fingerprints)\b",
         "reveals evidence the police hold", veto=withheld),
    rule(r"\b(?:CCTV|footage|camera|images?|video|dash ?cam|doorbell|stills?)\b[^.!?\n]{0,40}?"
         r"\b(?:too (?:grainy|blurry|dark|poor|far away)|grainy|blurry|blurred|pixelated|"
         rf"poor quality|no good|no use|doesn{APOS}?t show|does not show|didn{APOS}?t (?:catch|"
         rf"capture|show)|can{APOS}?t (?:see|read|make out)|cannot (?:see|read|make out)|"
         r"only shows|not clear enough)\b|\b(?:first|last|part) (?:part |half |few )?(?:of )?"
         r"(?:the )?(?:plate|reg|registration)\b[^.!?\n]{0,20}?\b(?:is )?(?:visible|readable)\b",
         "reveals what the evidence does and does not show"),
    rule(r"\b(?:CCTV|footage|dash ?cam|doorbell (?:camera|footage))\s+from\s+(?:the\s+)?"
         r"[^.!?\n]{0,40}?\b(?:shows|showed|captured|caught|puts|picked up|has got|has)\s+"
         r"(?:him|her|them|the|a|an|his|their|it)\b",
         "gives detail of CCTV enquiries", veto=_public_appeal),
    rule(r"\b(?:waiting|wait|waiting on|still waiting) (?:on|for) (?:the\s+)?(?:\w+\s+)?"
         r"(?:lab|labs|forensics?|forensic|DNA|toxicology|tox|test|fingerprint|ballistics|"
         r"post[- ]mortem|phone download|download|cell ?site|CPS)\s*(?:results?|reports?|"
         r"analysis|decision|to come back|back)?\b",
         "reveals investigation detail", veto=withheld),
    rule(r"\b(?:good|fair|strong|pretty good) idea (?:of )?who\b|\bjust need (?:a|the) (?:statement|"
         r"witness|ID|identification|confession|evidence)\b|\bneed a statement from\b|\balibi\b|"
         r"\bin the frame\b|\bon (?:our|the) radar\b|\bidentified (?:him |her |them )?as (?-i:[A-Z])|"
         r"\b(?:our|the) (?:main|key|star|only|prime|best|vital|crucial|"
         r"chief|sole) (?:witness|eyewitness|suspect)\b|\bwitness statements? (?:say|says|said|"
         r"show|shows|put|puts)\b|\bintel(?:ligence)? (?:says|suggests|tells us|is that)\b|"
         r"\binformant (?:says|said|told|tells)\b|\bthe (?:victim|witness|informant) (?:told us|"
         r"says he|says she|said he|said she)\b",
         "reveals the state of an investigation", veto=withheld),
    rule(r"\b(?:PNC|PND)\b|\b(?:ran|run|running|check(?:ed|ing)?|put)\s+(?:his|her|their|the|that)\s+"
         r"(?:name|plate|reg|details|number|vehicle)\s+(?:through|on)\b|"
         r"\bring(?:ing)? round (?:the )?(?:hospitals|custody suites|cells|stations)\b|"
         r"\b(?:checking|going through|trawling|looking at) (?:his|her|their) (?:phone|bank|"
         r"social media|accounts|messages|texts|emails|laptop|search history)\b",
         "reveals checks being made on someone", veto=withheld),
    rule(rf"\b(?:we{APOS}ll be|we will be|we{APOS}re|we are|officers will be|officers are|"
         rf"going to be|planning (?:on|to)|plan to|we{APOS}ll|we will|they{APOS}ll be|they will be|"
         rf"(?:team|squad|officers|detectives|CID|PCSOs?)\s+(?:will be|are|is|{APOS}re|{APOS}ll be))"
         r"\s+(?:\w+\s+)?(?:speaking to|speak to|interviewing|"
         r"interview|visiting|visit|arresting|arrest|nicking|picking up|pick up|bringing in|"
         r"bring in|knocking on|paying a visit to|calling on|pulling in|going round to|"
         r"going to see|re-interviewing|charging|charge)\s+" + _PERSON +
         rf"\b[^.!?\n]{{0,40}}?\b{_SOON}",
         "reveals who officers will see next, and when", veto=withheld),
    rule(rf"\b(?:we{APOS}ll be|we will be|we{APOS}re|we are|we{APOS}ll|we will|they{APOS}ll be)\s+"
         r"(?:\w+\s+)?(?:knocking on (?:his|her|their|the) door|paying (?:him|her|them) a visit|"
         r"bringing (?:him|her|them) in|nicking (?:him|her|them)|arresting (?:him|her|them))\b",
         "reveals who officers will see next", veto=withheld),
    rule(rf"\b(?:will|{APOS}ll) be charged\b|\bcharges? (?:are |is )?(?:likely|expected|due)\b|"
         r"\bcharging decision (?:is )?(?:due|expected|tomorrow|today)\b|"
         r"\bonce the CPS (?:get|gets|come|comes) back\b",
         "reveals a charging decision", veto=_charged_in_court),
    rule(rf"\b(?:that{APOS}s|is) where (?:he|she|they){APOS}?(?:ll| will)? be\b|"
         rf"\b(?:he|she|they){APOS}?(?:s|re| is| are) (?:hiding|lying low|holed up)\b|"
         r"\bbait (?:bike|car|van|phone|parcel)s?\b|\bdecoy\b|\bhidden cameras?\b|"
         r"\btest purchas(?:e|es|ing)\b|\b(?:flagged|put a marker on|circulated|marker on) (?:his|her|"
         r"their|the) (?:car|plate|vehicle|reg|details|van)\b|\bgot (?:him|her|them) on (?:camera|CCTV|"
         r"video|film|dashcam|tape)\b|\bscreenshotted\b|\b(?:his|her|their) (?:snapchat|facebook|"
         rf"instagram|tiktok|whatsapp|socials|social media)(?:{APOS}s| is| are)? (?:full of|shows|showing|"
         r"has)\b|\bkeep(?:ing)? tabs on\b|\b(?:suspect|offender)\b[^.!?\n]{0,15}?"
         r"\b(?:is |'s )?staying (?:with|at)\b|\bfull of messages\b|\bcameras? hidden\b|"
         r"\bhid(?:den)? (?:a |the )?cameras?\b|"
         r"\b(?:waiting|wait|sat|parked up|in position|lying in wait)\b[^.!?\n]{0,40}?\bfor (?:him|her|"
         r"them) to (?:come|leave|return|get|turn up|show)\b|"
         r"\b(?:sat|parked|parked up|waiting|in position)\s+(?:outside|near|at|by|round the corner from)"
         r"\s+(?:the|that) (?:address|house|flat|property)\b|"
         r"\bspot checks?\b[^.!?\n]{0,30}?\b(?:on|at)\s+(?:the\s+)?(?-i:[A-Z])",
         "reveals a police tactic or target", veto=_public_or_light),
)
