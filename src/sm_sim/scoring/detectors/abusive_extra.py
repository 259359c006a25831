"""More abusive-language rules: put-downs of groups, slighting adjectives, mockery, threats.

Kept apart from ``abusive.py`` so each module stays small; ``abusive.scan`` runs both.
"""

from __future__ import annotations

import re

from .base import APOS, Rule, alt, rule
from .lexicon_abusive import (
    GROUP_INSULTS,
    INSULT_ADJ,
    PERSON_NOUNS,
    PERSON_SLIGHTS,
    SLANG_INSULTS,
    STEREOTYPED,
)

_SLANG_PEOPLE = tuple(w for w in SLANG_INSULTS if w not in {
    "joke", "disgrace", "embarrassment", "waste", "child", "baby", "nobody", "liability", "weapon",
    "tool", "bin", "potato", "nugget", "sausage", "lump", "diamond", "unit", "pudding", "drip", "rat",
    "grass", "pig", "sheep", "bum", "snake", "scab", "tramp", "creep"})
_SILLY = tuple(w for w in (*INSULT_ADJ, *SLANG_INSULTS) if " " not in w)


def _quoted(text: str, m: re.Match[str]) -> bool:
    """The words are quoted, as in "'We know where you live' messages will be investigated"."""
    return re.search(r"['\u2018\"\u201c]\s*$", text[max(0, m.start() - 3):m.start()]) is not None


#: A word that may sit between "bunch of" and the insult: "bunch of f**king animals".
_FILLER = r"(?:[\w*@#!]+\s+)?"
_GROUP_PEOPLE = tuple(g for g in GROUP_INSULTS if g != "animals")
#: At the start of a sentence or clause, possibly after "oh", "just", "mate"...
_CLAUSE_START = r"(?:^|(?<=[.!?,;:\n]))\s*(?:(?:oh|just|now|so|and|mate|pal|yeah|go on|honestly)[, ]+)?"

EXTRA_RULES: tuple[Rule, ...] = (
    # groups
    rule(rf"\b(?:full of|overrun (?:with|by)|crawling with|infested with|breeding ground for)\s+"
         rf"{_FILLER}{alt(_GROUP_PEOPLE)}\b|"
         rf"\b(?:bunch|pack|load|gang|shower|band|nest|lot|set) of\s+{_FILLER}{alt(GROUP_INSULTS)}\b|"
         rf"\b(?:the|these|those|them|you)\s+(?:\w+\s+)?(?:animals|savages|scumbags|lowlifes|"
         r"vermin|degenerates|parasites|scrotes|wasters|toerags)\s+(?:who|that|responsible|"
         r"round here|on (?:this|that) estate)\b",
         "demeans a group of people"),
    rule(rf"(?<!\ba )(?<!\bthe )(?<!\bour )\btypical\s+(?:\w+\s+)?{alt(STEREOTYPED)}\b|"
         r"\b(?:a|such a|proper|right|total|absolute|bunch of|these|some) karens?\b",
         "stereotypes a group of people"),
    rule(r"\b(?:these|those|them|they|he|she|you|people|lot|kids|lads|yobs|protesters|fans|"
         r"drivers|idiots|they all)\b[^.!?\n]{0,30}?\bneeds? (?:a (?:good )?(?:wash|bath|slap|"
         r"hiding|kicking|shower|smack|clip round the ear)|locking up and|putting down|sectioning)\b",
         "demeans a group of people"),
    # slighting adjective + a person: "the useless sod", "some stupid woman"
    rule(rf"\b(?:the|that|this|you|what an?|such an?|some|these|those|an?|absolute|utter|most)\s+"
         rf"(?:(?:absolute|utter|complete|total|bloody|proper|right|little|most|[\w*]+ing|\w+,)\s+)?"
         rf"{alt(PERSON_SLIGHTS)}\s+(?:little\s+|old\s+|[\w*]+ing\s+)?{alt(PERSON_NOUNS)}\b",
         "insults someone"),
    rule(rf"\b(?:you{APOS}?re|you are|ur|youre|you{APOS}re just)\s+(?:a|an|such an?|the most)\s+"
         rf"(?:\w+\s+)?{alt(PERSON_SLIGHTS)}\b|\byou lot are\s+(?:\w+\s+)?(?:a joke|useless|"
         r"pathetic|a disgrace|clueless|an embarrassment|spineless|scum|idiots|morons)\b",
         "insults someone"),
    # belittling
    rule(r"\buse your (?:\w+ )?(?:head|brain|brains|loaf|noggin)\b|"
         r"\bengage (?:your )?brain\b|\bbrain in gear\b|\bget a brain\b|"
         r"\bapple (?:doesn't|does not|never) falls? far from the tree\b|\bgene pool\b|"
         r"\blights are on but\b|\b(?:sandwiches|sarnies) short of\b|\bdregs of society\b|"
         r"\bscum of the earth\b|\bthick as (?:two short planks|mince|a brick|pig)\b|"
         rf"\bcouldn{APOS}?t find (?:his|her|your|their) (?:own )?arse\b|"
         rf"\bnever (?:done|worked) a (?:day|shift|day{APOS}?s (?:work|graft)) in (?:your|his|her|their) "
         r"life\b|\bfun at parties\b|\b(?:look at )?the state of (?:you|him|her|them|that lot)\b|"
         rf"\blearn (?:how )?to (?:read|spell|write)\b|\bcan(?:{APOS}?t| you not| you even) (?:you )?read\b|"
         r"\breading comprehension\b|\bas useful as a chocolate\b|\bworth about as much as\b|"
         rf"\bnobody wants your\b|\byour opinion (?:is|means) (?:nothing|worthless|irrelevant)\b|"
         r"\b(?:about )?as much use as an?\b|\bchocolate (?:fireguard|teapot)\b|"
         rf"\bbet your (?:mum|mother|dad|parents|family|nan)(?:{APOS}s| is| are) (?:so |really )?proud\b|"
         r"\b(?:brain|memory|IQ|attention span|intelligence) of an? (?:goldfish|gnat|potato|"
         r"peanut|lettuce|rock|plank)\b|\b(?:shush|hush) now\b|\b(?:adults|grown-ups|grownups) are "
         r"talking\b|\btin ?foil hats?\b|\bconspiracy (?:nuts?|loons?|theorists?|brigade)\b|"
         r"\bwho (?:raised|brought) you(?: up)?\b|\bmore money than sense\b|\ball mouth and no\b|"
         r"\bdumb as (?:a|two|rocks|a box)\b|\bnot the (?:brightest|sharpest|quickest)\b|"
         rf"{_CLAUSE_START}(?:man up|get a grip|log off)(?=\s*(?:[.!?,]|$|mate|pal|you))|"
         r"\braised by wolves\b|\bif brains were\b|"
         rf"\byou{APOS}?re the reason (?:we|they|there|people)\b|\bstick to (?:colouring|crayons|"
         r"your day job)\b|\bgrow (?:a|some) (?:backbone|pair|spine|balls)\b|"
         r"\b(?:pathetic|sad|feeble|lame) attempt\b|\bbother someone (?:else|who cares)\b|"
         r"\bthanks for the essay\b|\bnot reading (?:it|that|all that)\b|\btl;?dr\b|"
         r"\b(?:want|wants|trying|try|like|likes|love|fancy|stop|quit) (?:to )?play(?:ing)? (?:at )?"
         r"(?:lawyer|detective|copper|cop|judge|expert|solicitor)\b|"
         r"\b(?:maybe|try|go and|should|could) read(?:ing)? a book\b|"
         r"\ban ounce of (?:sense|intelligence|brains?|common sense)\b|\b(?:half )?a brain cell\b|"
         rf"\b(?:don{APOS}?t|doesn{APOS}?t|do not|does not) deserve (?:any )?(?:help|sympathy|support|"
         r"respect)\b|\bspecial kind of (?:stupid|thick|idiot|dense)\b|"
         r"\b(?:have|go for) a (?:little )?lie down\b|\b(?:off|take) your meds\b|"
         rf"\b(?:you{APOS}?re|you are) (?:clearly |obviously |just )?not (?:well|right in the head)\b|"
         rf"\bimagine (?:thinking|believing)\b|\bif you{APOS}?d (?:bothered|taken the time) to (?:read|"
         r"look|check|listen)\b|\breal crimes? to (?:deal with|solve|investigate)\b|"
         r"\byour (?:nonsense|drivel|waffle|tripe|ramblings|"
         r"whining|whinging|crap)\b|"
         rf"\b(?:another|yet another|oh look,? (?:another|a))\s+(?:genius|einstein|sherlock|"
         r"mastermind|expert|legal eagle|bright spark|comedian|hero|tough guy|hard man)\b|"
         rf"\bdon{APOS}?t be (?:so |such an? |an? )(?:\w+ )?{alt(_SILLY)}\b",
         "belittles someone"),
    rule(r"\b(?:hurt|hurts|hurting|hurted) your (?:little |poor |precious )?feelings\b|"
         r"\bdid (?:the |a |someone |somebody )(?:\w+\s+){0,3}(?:hurt|upset|scare|offend|trigger)"
         r"(?:ed)? (?:you|your)\b|\bdiddums\b|\bpoor (?:little )?(?:baby|diddums|lamb|snowflake)\b|"
         rf"\b(?:you{APOS}?re|you are|someone{APOS}s|"
         rf"somebody{APOS}s|so|very|bit) (?:triggered|butthurt|salty)\b|\bbutthurt\b|"
         r"\bcry (?:more|harder)\b|\bkeep crying\b",
         "mocks someone"),
    rule(r"\b(?:did you get|where did you get|get) your (?:\w+ )?(?:degree|qualifications?|"
         r"legal (?:advice|training|knowledge)|law degree|training|information|facts)\s+"
         r"(?:from|off|on)\b|\b(?:google|youtube|tiktok|facebook|twitter|wikipedia)\s+(?:lawyer|"
         r"lawyers|expert|experts|degree|university|detective|detectives|law school|warriors?)\b|"
         r"\barmchair (?:expert|lawyer|detective|cop|copper|general|critic)s?\b|"
         r"\bcereal box\b|\bchristmas cracker\b",
         "mocks someone's knowledge"),
    rule(r"\byour\s+['\u2018\"\u201c][A-Za-z][\w ]{0,25}['\u2019\"\u201d](?!\w)",
         "mocks what someone said"),
    rule(r"\bimagine (?:getting|having) your (?:\w+ )?\w+ (?:nicked|stolen|robbed|burgled|taken|scammed)\b|"
         r"\b(?:nicked|stolen|scammed|burgled|robbed|taken|mugged)\b[^.!?\n]{0,30}?\bbecause you\b"
         rf"(?!{APOS}?re not|{APOS}?re no)",
         "mocks or blames a victim"),
    rule(rf"\b(?:absolute|utter|complete|total|proper)\s+{alt(_SLANG_PEOPLE)}s?\b"
         r"(?=\s*(?:[.!?,]|$|the lot))", "insults someone"),
    # telling someone to shut up or go away
    rule(rf"{_CLAUSE_START}(?:get lost|get stuffed|pipe down|button it|zip it|bore off|"
         r"off you (?:pop|trot)|sling your hook|take a hike|wind it in|"
         r"(?:run along|(?:go (?:and )?)?do one)(?=\s*(?:[.!?,]|$|you\b|now\b|then\b)))\b",
         "tells someone to shut up or go away"),
    rule(r"\byou (?:\w+ )?make me (?:sick|want to (?:vomit|puke|be sick))\b|"
         r"\bshould (?:all )?be (?:strung up|hung|hanged|shot|flogged|castrated|birched|put down|"
         r"sterilised)\b|\bthrow away the key\b|"
         r"\bdelete your (?:account|app|tweet|profile)\b|\bget off (?:the internet|twitter|facebook|"
         r"social media)\b|"
         r"\bdo (?:us|everyone|the world) (?:all )?a favour(?: and)? (?:delete|leave|shut|go|log off|"
         r"get|stay|jog|crawl|disappear)\b|"
         r"\b(?:these|those) \w+ (?:are|is) (?:a )?(?:plague|cancer|disease|vermin|parasites|animals|"
         r"scum|savages)\b",
         "is hostile to someone"),
    rule(r"\bwind your neck in\b|\bget over yourself\b|\bhave a (?:word|little word) with yourself\b|"
         r"\bgive it a rest\b|\bchange the record\b|\bgo (?:and )?(?:do one|cry|whine|whinge)\b",
         "tells someone to shut up or go away"),
    # threats
    rule(r"\b(?:are|is|were) nothing but (?:trouble|scum|thieves|a nuisance|a pain|a drain|"
         r"a plague|vermin|animals|criminals|wasters|scroungers)\b",
         "demeans a group of people"),
    rule(rf"\bsay (?:it|that|this) to my face\b|\bcome (?:down|round|over|outside) and say\b|"
         rf"\b(?:we|I|everyone|everybody) (?:all )?knows? (?:where )?you live\b|\bmeet me outside\b|"
         rf"\bI{APOS}?(?:ll| will) find you\b|\byou{APOS}?(?:ll| will) be sorry\b|"
         rf"\byou won{APOS}?t be laughing\b|\bwait (?:till|until) (?:I|we) (?:get|find)\b|"
         rf"\bdon{APOS}?t make me come\b|\bwe{APOS}?(?:ll| will) be watching you\b",
         "threatens someone", veto=_quoted),
)
