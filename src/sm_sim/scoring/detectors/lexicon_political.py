"""Word lists for the political detector. Plain data, no logic."""

from __future__ import annotations

#: Party names and partisan words. Case-sensitive where the word has an everyday meaning.
PARTIES_CI: tuple[str, ...] = (
    "tory", "tories", "torys", "lib dem", "lib dems", "libdem", "libdems", "liberal democrats",
    "snp", "ukip", "plaid cymru", "sinn fein", "sinn f\u00e9in", "green party", "reform uk",
    "labour party", "conservative party", "tory party", "leave voters", "remain voters",
    "leave voter", "remain voter",
)
PARTIES_CS: tuple[str, ...] = ("Labour", "Conservative", "Conservatives", "Greens", "Reform",
                               "DUP", "Plaid", "Lib Dem", "Lib Dems")

#: What follows a party name when the sentence only names a place or event.
PARTY_NEUTRAL_NEXT: tuple[str, ...] = (
    "club", "office", "offices", "hq", "headquarters", "conference", "hustings", "rally",
    "event", "building", "party conference", "ward", "market", "day",
)

POLITICIANS: tuple[str, ...] = (
    "Starmer", "Sunak", "Farage", "Braverman", "Corbyn", "Truss", "Badenoch", "Jenrick",
    "Rayner", "Gove", "Boris", "Rishi", "Keir", "Priti Patel", "Yvette Cooper", "Rachel Reeves",
    "David Cameron", "Theresa May", "Shabana Mahmood", "Ed Davey", "Galloway", "Nigel Farage",
    "Kemi", "Streeting", "Lammy", "Sadiq Khan", "Andy Burnham", "Tracy Brabin", "Cleverly",
    "Suella", "Angela Rayner", "Liz Truss", "Boris Johnson", "Tommy Robinson", "Lee Anderson",
    "Reeves", "Sir Keir", "Dominic Raab", "Michael Gove", "Jeremy Hunt",
)

#: Office-holders, governments and institutions: political only with an opinion.
ACTORS: tuple[str, ...] = (
    "home secretary", "prime minister", "the pm", "policing minister", "chancellor", "justice secretary",
    "secretary of state", "minister", "ministers", "the minister's", "cabinet",
    "government", "governments", "westminster", "whitehall", "downing street", "number 10",
    "no 10", "no. 10", "the treasury", "parliament", "mps", "an mp", "our mp", "politicians",
    "politician", "this lot in power", "those in power", "the powers that be", "home office",
    "pcc", "pccs", "police and crime commissioner", "police and crime commissioners",
    "crime commissioner", "the mayor", "mayor", "metro mayor", "councillors", "the parties",
    "main parties", "any of the parties", "none of the parties", "political class",
    "this lot in charge", "those in charge", "the people in charge", "the lot in charge",
    "the last lot", "last government", "previous government", "the last government",
)

#: Policy issues and political events: political only with an opinion.
ISSUES: tuple[str, ...] = (
    "brexit", "small boats", "rwanda", "open borders", "immigration", "immigrants", "migrants",
    "asylum", "echr", "deport", "deporting", "deportation", "deportations", "early release",
    "austerity", "cuts to policing", "police cuts", "defund", "net zero", "ulez",
    "the cuts", "these cuts", "budget cuts", "funding cuts", "spending cuts",
    "pay award", "pay rise", "pay deal", "pay offer", "pay cut", "pay cuts", "police pay",
    "protest law", "protest laws", "new law", "new laws", "legislation",
    "two-child cap", "two child cap", "two-child limit", "benefit cap", "universal credit",
    "bedroom tax", "benefits system", "welfare cuts", "cost of living", "tax rises",
    "election", "general election", "referendum", "polls", "manifesto", "hs2", "ltns",
    "privatisation", "privatised", "sold off", "strikers", "picket line", "the strikes",
    "the strike", "the unions", "union bosses", "union barons",
    "sentencing reform", "prison places", "prisons are full", "early release scheme",
    "two-tier policing", "two tier policing", "culture war",
)

#: Policy words that make "immigration bill", "policing plan" an issue.
POLICY_HEADS: tuple[str, ...] = (
    "bill", "act", "law", "laws", "policy", "policies", "reform", "reforms", "scheme", "plan",
    "strategy", "cap", "cuts", "levy",
)
POLICY_TOPICS: tuple[str, ...] = (
    "immigration", "asylum", "policing", "crime", "protest", "housing", "safety", "rwanda",
    "public order", "sentencing", "welfare", "benefits", "justice", "drugs", "knife crime",
    "prisons", "migration", "online safety", "pension", "pensions",
)

#: Partisan labels for people.
PARTISAN_LABELS: tuple[str, ...] = (
    "leftie", "lefties", "lefty", "leftys", "remoaner", "remoaners", "remainer", "remainers",
    "brexiteer", "brexiteers", "brexiter", "brexiters", "champagne socialist", "trotskyist",
    "trotskyists", "commie", "commies", "libtard", "libtards", "tory boy", "loony left",
    "wokerati", "wokeness", "snowflake left", "red tories", "tory lite", "tory-lite",
    "tankie", "tankies", "gammons", "centrist dad", "centrist dads", "socialist",
    "socialists", "marxist", "marxists", "right-wingers", "left-wingers", "right wingers",
    "left wingers", "globalist", "globalists", "diversity hire", "diversity hires",
    "woke brigade", "snowflake generation", "two-tier keir", "two tier keir",
)
#: Labels with an everyday sense, each with a lookahead that rules that sense out.
PARTISAN_GUARDED: tuple[str, ...] = (
    r"woke(?!\s+(?:up|me|him|her|us|them|at|early|to|from|in|on|with|and|this|last|the|a)\b)",
    r"far[- ](?:left|right)(?!\s+(?:lane|hand|side|corner|of|edge|wing of the|column|"
    r"turn|bank|end)\b)",
    r"gammon(?!\s+(?:and|steak|sandwich|dinner|egg|with|joint|butty)\b)",
)

#: Who "vote X" / "voting X" can name.
VOTE_TARGETS: tuple[str, ...] = (
    "labour", "tory", "tories", "conservative", "conservatives", "green", "greens", "reform",
    "lib dem", "lib dems", "libdem", "snp", "plaid", "ukip", "leave", "remain", "them out",
    "him out", "her out", "out", "independent", "the party that", "a party that",
)
#: Who "voted for X" can name in the past tense only ("voted for them twice").
VOTED_FOR: tuple[str, ...] = (
    "them", "this lot", "that lot", "this council", "this government", "that government",
    "this shower", "brexit", "change", "this", "that",
)

#: Campaign slogans: partisan whatever the sentence says.
SLOGANS: tuple[str, ...] = (
    "get brexit done", "take back control", "stop the boats", "make britain great",
    "tories out", "labour out", "starmer out", "sunak out", "refugees welcome",
    "general election now", "not in my name", "change is coming",
)

#: Opinion words that turn a mention of a minister or issue into a partisan remark.
OPINION: tuple[str, ...] = (
    "ruined", "ruin", "ruining", "gutted", "cuts", "contempt", "ashamed", "shame", "shameful",
    "disgrace", "disgraceful", "clue", "clueless", "useless", "incompetent", "corrupt", "worst",
    "best thing", "madness", "mad", "gimmick", "joke", "failed", "failing", "betrayed",
    "out of control", "doing nothing", "done nothing", "no better", "sense", "backed",
    "never cared", "doesn't care", "don't care", "embarrassed", "embarrassing", "right about",
    "wrong about", "need to leave", "should leave", "should resign", "must go", "fix",
    "scrap", "destroyed", "wrecked", "decimated", "to blame", "fault", "liars", "lied",
    "rubbish", "hopeless", "pathetic", "disaster", "stopping us", "flooding", "invasion",
    "treated", "let down", "sold out", "traitor", "traitors", "spineless", "vote", "voted",
    "does nothing", "do nothing", "shambles", "shambolic", "couldn't organise", "can't organise",
    "soft on", "a mess", "laughing stock",
    # evaluations
    "mistake", "mistakes", "daft", "daftest", "stupid", "stupidest", "dumbest", "pointless",
    "cruel", "waste of money", "waste of time", "nightmare", "farce", "fiasco", "scandal",
    "scandalous", "outrageous", "appalling", "hypocrite", "hypocrites", "hypocrisy", "grifter",
    "grifters", "photo op", "photo ops", "photo opportunity", "soundbite", "soundbites",
    "spin doctors", "into the ground", "run down", "running down", "sold off", "sell off", "selling off",
    "blame", "blamed", "properly", "for once", "wouldn't last", "out of touch", "no idea",
    "scrapping", "scrapped", "slashed", "slashing", "starved", "underfunded", "underfunding",
    "broken promises", "broke their promise", "u-turn", "u-turns", "a con", "lies",
    "failure", "failures", "abandoned", "hung out to dry", "don't give a", "couldn't care less",
    "real terms", "real-terms", "doesn't even touch", "insult", "insulting", "kick in the teeth",
    "wouldn't know", "never done a", "haven't a clue", "not fit", "unfit", "piss off", "sod off",
    "get stuffed", "can do one", "less time", "any better", "this mess", "in a mess", "bothered",
    "actually listened", "actually cared", "vanity project", "bring back", "nonsense",
    "more with less", "no plan", "not one of", "wouldn't be in", "lecturing", "lecture us",
    "should try", "won't pay", "won't fund", "refuse to pay", "refuse to fund", "good luck with that",
    "ever actually", "actually met", "actually been", "wonder if", "i wonder", "about time",
    "only took", "made it harder", "cost more than", "costs more than", "spent more on",
    "never set foot", "how to do our job", "how to do our jobs", "never going to work",
    "was never going to", "everyone knew", "everyone knows", "doomed", "dead in the water",
    "didn't work", "doesn't work", "won't work", "talking shop", "headline-chasing",
    "headline chasing", "headline-grabbing", "for the headlines", "publicity stunt", "pr stunt",
    "virtue signalling", "try telling", "where are they", "knows exactly what", "know exactly what",
    "an attack on", "attack on free speech", "plain and simple", "no surprise", "dodged the question",
    "dodging the question", "dodged questions", "dodging questions", "why do they need",
    "made it worse", "made things worse", "worse off",
    # sarcasm and scepticism
    "yeah right", "funny how", "funny that", "what a surprise", "surprise surprise",
    "shock horror", "who'd have thought", "who knew", "well done", "thanks for nothing",
    "cheers for nothing", "nice one", "i'll believe it when", "still waiting",
    "not being funny", "let's be honest", "let's face it", "anything's better",
    "anything is better", "see the back of", "good riddance", "roll on",
    # first-person opinion
    "personally", "in my opinion", "imo", "imho", "in my view", "if you ask me",
    # blame and cause
    "is behind", "are behind", "is why", "what happens when", "what you get",
)

#: A sentence of its own that comments sarcastically on the one before ("Priorities.").
TAGS: tuple[str, ...] = (
    "priorities", "typical", "as usual", "can't wait", "cant wait", "never again", "yeah right",
    "still waiting", "classic", "figures", "go figure", "unreal", "shambles", "disgrace",
    "joke", "what a joke", "embarrassing", "pathetic", "madness", "good luck with that",
    "okay then", "ok then", "says it all", "speaks volumes", "make it make sense", "again",
    "not one", "still", "right", "fact", "facts", "fact of life", "where are they",
    "where are they then", "where's the money", "where is it", "genuine question", "just asking",
    "asking for a friend", "no surprise there", "shocker",
)
#: Praise that reads as sarcasm in a tag after a comment on politics ("Great work, everyone.").
PRAISE_TAGS: tuple[str, ...] = (
    "great work", "good work", "well done", "nice one", "cheers", "bravo", "genius",
    "brilliant", "great job", "good job", "job done", "outstanding", "top work", "sorted",
    "thanks for that", "cheers for that", "thanks a lot", "marvellous", "lovely", "fantastic",
)

#: Verbs of plain reporting: a sentence built on one of these is neutral.
NEUTRAL_VERBS: tuple[str, ...] = (
    "visited", "visit", "met", "announced", "published", "launched", "opened", "attended",
    "issued", "hosted", "confirmed", "will be holding", "spoke at", "unveiled",
)

#: Who "proud to stand with ..." can side with in a dispute.
SIDES: tuple[str, ...] = (
    "strikers", "striking", "the strike", "the strikes", "picket line", "pickets", "the unions",
    "union", "protesters", "the campaign", "the march", "strike", "walkout", "walkouts",
)
