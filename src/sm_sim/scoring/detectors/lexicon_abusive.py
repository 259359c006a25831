"""Word lists for the abusive detector. Plain data, no logic."""

from __future__ import annotations

#: Insulting nouns (profane ones are listed too: they are abusive as well as profane).
INSULT_NOUNS: tuple[str, ...] = (
    "idiot", "idiots", "moron", "morons", "muppet", "muppets", "clown", "clowns", "loser",
    "losers", "scum", "scumbag", "scumbags", "scrote", "scrotes", "toerag", "toerags",
    "degenerate", "degenerates", "vermin", "cretin", "cretins", "imbecile", "imbeciles",
    "numpty", "numpties", "lowlife", "lowlifes", "low life", "parasite", "parasites",
    "waste of space", "waste of oxygen", "waste of skin", "keyboard warrior",
    "keyboard warriors", "snowflake", "snowflakes", "junkie", "junkies", "druggie", "druggies",
    "smackhead", "smackheads", "crackhead", "crackheads", "nonce", "nonces", "pikey", "pikeys",
    "chav", "chavs", "halfwit", "dimwit", "simpleton",
    "dickhead", "dickheads", "twat", "twats", "arsehole", "arseholes", "asshole", "assholes",
    "bellend", "bellends", "bastard", "bastards", "wanker", "wankers", "prick", "pricks",
    "knobhead", "knobheads", "tosser", "tossers", "cunt", "cunts", "bitch", "slag", "slags",
    "whore", "pillock", "plonker", "weirdo", "nutter", "nutjob", "sad act", "piece of work",
    "piece of shit", "drama queen", "attention seeker", "attention-seeker", "sad case",
    "gobshite", "gobshites", "numbskull", "numbskulls", "dunce", "dolt", "buffoon", "buffoons",
    "waster", "wasters", "scrounger", "scroungers", "sponger", "spongers", "dosser", "dossers",
    "layabout", "layabouts", "freeloader", "freeloaders", "knuckle-dragger", "knuckle-draggers",
    "knuckle dragger", "knuckle draggers", "neanderthal", "neanderthals", "sheeple",
    "nobhead", "nobheads", "nob end", "knob end", "dipshit", "dipshits", "shithead", "shitheads",
    "dumbass", "dumbasses", "jackass", "bozo", "bozos", "sad sack", "bottom feeder",
    "bottom feeders", "wrong'un", "wrong'uns", "oik", "oiks", "yobbo", "yobbos", "bampot",
    "nutcase", "nutcases", "fruitcake", "nitwit", "nitwits", "twit", "airhead", "bonehead",
    "boneheads", "meathead", "meatheads", "blockhead", "pinhead", "fathead", "cockwomble",
    "shitbag", "shitbags", "inbred", "inbreds", "minger", "mingers", "skank", "skanks",
    "slapper", "slappers", "trollop", "gammon head", "dole scum", "benefit scum", "gimp",
    "excuse for a human", "excuse for a human being", "excuse for a man", "excuse for a woman",
    "excuse for a parent", "waste of a uniform", "waste of air", "clown show", "brat", "brats",
    "waste of a human", "waste of a life", "mouth breather", "mouth breathers", "mouth-breather",
    "mouth-breathers",
)

#: Slurs: always abusive.
SLURS: tuple[str, ...] = (
    "paki", "pakis", "nigger", "niggers", "nigga", "wog", "wogs", "spastic", "spaz", "retard",
    "retards", "retarded", "tranny", "faggot", "faggots", "fag", "fags", "gyppo", "gyppos",
    "coon", "coons", "chink", "chinks", "kike", "raghead", "ragheads", "towelhead", "mong",
    "pikies", "gypo", "gypos", "spacker", "poofter", "batty boy", "golliwog", "sambo",
    "bog trotter", "gippo", "gippos",
)

#: Insulting adjectives: abusive when aimed at someone ("you're so thick").
INSULT_ADJ: tuple[str, ...] = (
    "stupid", "thick", "dense", "dim", "pathetic", "useless", "clueless", "gullible", "unhinged",
    "deluded", "deranged", "mental", "brainless", "ignorant", "vile", "disgusting", "worthless",
    "dumb", "a joke", "an embarrassment", "a disgrace", "gormless", "moronic", "idiotic",
    "spineless", "braindead", "brain dead", "thick as mince", "pig ignorant",
    "delusional", "a laughing stock", "a clown", "a muppet", "an idiot", "a moron",
)

#: Adjectives that make "the useless sod", "some stupid woman" an insult to a person.
PERSON_SLIGHTS: tuple[str, ...] = (
    "useless", "pathetic", "stupid", "thick", "dozy", "lazy", "ignorant", "vile", "disgusting",
    "worthless", "brainless", "gormless", "spineless", "nasty", "horrible", "feral", "inbred",
    "deluded", "moronic", "idiotic", "braindead", "clueless", "dense", "dim", "dim-witted",
    "miserable", "entitled", "jumped-up", "ugly", "nasty little", "horrible little", "selfish",
    "inconsiderate", "arrogant", "obnoxious", "spoilt", "thick-headed", "useless little",
)
#: People a slighting adjective can be aimed at.
PERSON_NOUNS: tuple[str, ...] = (
    "sod", "sods", "git", "gits", "cow", "cows", "bloke", "blokes", "man", "woman", "lad",
    "lads", "girl", "boy", "individual", "individuals", "specimen", "specimens", "article",
    "creature", "creatures", "person", "people", "lot", "family", "mob", "bunch", "sort",
    "type", "excuse", "pig", "pigs", "animal", "animals", "so-and-so", "beggar", "beggars",
    "oaf", "oafs", "lump", "fool", "fools", "shower", "idiot", "kids", "youths",
    "teenagers", "scrote", "scrotes",
)

#: UK slang that insults only when aimed at someone: "you absolute weapon", "what a plank".
SLANG_INSULTS: tuple[str, ...] = (
    "weapon", "plank", "melt", "tool", "walnut", "donut", "doughnut", "wally", "berk", "prat",
    "nugget", "roaster", "helmet", "spanner", "wazzock", "knob", "mug", "div", "dipstick",
    "bellend", "joke", "embarrassment", "disgrace", "troll", "nobody", "waste", "sausage",
    "clown", "muppet", "idiot", "moron", "fool", "child", "baby", "snowflake", "goon",
    "lemon", "cabbage", "turnip", "potato", "clot", "pudding", "bin", "pleb", "gimp", "numpty",
    "liability", "waste of space", "git", "cow", "sod", "oaf", "lump", "specimen", "tit",
    "wet wipe", "wetwipe", "drip", "wimp", "coward", "wuss", "snake", "rat", "grass", "no-mark",
    "nomark", "tramp", "peasant", "slob", "pig", "scab", "bum", "creep", "sheep",
)

#: Words that follow "you absolute ..." as praise, not abuse.
COMPLIMENTS: tuple[str, ...] = (
    "legend", "legends", "star", "stars", "hero", "heroes", "gem", "diamond", "champion",
    "angel", "saint", "belter", "beauty", "stunner", "genius", "superstar", "treasure",
    "credit", "unit", "icon", "trooper", "rock", "hero", "lifesaver", "babe", "darling",
    "sweetheart", "king", "queen", "machine", "boss", "pro", "natural", "scream", "hoot",
)

#: Sarcastic forms of address: "lock your car next time, genius".
SARCASTIC_VOCATIVES: tuple[str, ...] = (
    "genius", "einstein", "sherlock", "mastermind", "bright spark", "smart arse", "smartarse",
    "big man", "hard man", "tough guy", "champ", "pal", "sunshine", "troll", "keyboard warrior",
    "big boy", "brains", "professor", "hotshot", "clever clogs", "smart guy",
    "wise guy", "poirot", "columbo", "inspector clouseau", "sweetie", "princess",
)

#: Demeaning words for a group, abusive after "full of", "bunch of", "these ...".
GROUP_INSULTS: tuple[str, ...] = (
    "scroungers", "wasters", "dossers", "layabouts", "freeloaders", "spongers", "animals",
    "savages", "vermin", "parasites", "inbreds", "lowlifes", "low lifes",
    "scum", "scrotes", "junkies", "druggies", "smackheads", "crackheads", "chavs",
    "degenerates", "idiots", "morons", "clowns", "muppets", "nutters", "weirdos",
    "benefit cheats", "cretins", "losers", "numpties",
    "troublemakers", "lunatics", "headcases", "pond life", "riff-raff", "riff raff", "dregs",
    "plebs", "wrong'uns", "toerags", "white trash", "neanderthals", "halfwits", "dimwits",
    "brats", "spoilt brats", "little brats", "snobs", "scallies", "scals", "yobs", "hooligans",
    "peasants", "slobs", "pigs", "chavvy lot",
)

#: "Typical ..." groups that turn a stereotype into a put-down.
STEREOTYPED: tuple[str, ...] = (
    "voter", "voters", "student", "students",
    "pensioner", "pensioners", "boomer", "boomers", "millennial", "millennials", "karen",
    "karens", "leftie", "lefty", "lefties", "snowflake", "snowflakes", "scouser", "scousers",
    "cyclist", "cyclists", "biker", "bikers", "teenager", "teenagers", "youth", "youths",
    "foreigner", "foreigners", "immigrant", "immigrants", "traveller", "travellers",
    "muslim", "muslims", "protester", "protesters", "tenants", "council house",
    "estate", "man", "men", "woman", "women", "female",
    "bloke", "blokes", "lad", "lads", "chav", "chavs", "gypsy", "gypsies", "polish",
)
