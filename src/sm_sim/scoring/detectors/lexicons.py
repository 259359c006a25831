"""Word lists shared by the detectors. Plain data, no logic."""

from __future__ import annotations

#: Common UK forenames, used to spot "Firstname Surname" shapes. Words that are
#: also everyday capitalised words (Will, May, June, Hope, Grace...) are left out.
FORENAMES: frozenset[str] = frozenset((
    "Aaron", "Abdul", "Abigail", "Adam", "Adil", "Adrian", "Ahmed", "Aidan", "Aisha", "Alan",
    "Alex", "Alexander", "Alfie", "Ali", "Alice", "Alison", "Amanda", "Amber", "Amelia", "Amir",
    "Amy", "Andrew", "Andy", "Angela", "Anna", "Anne", "Anthony", "Archie", "Asif", "Ashley",
    "Barry", "Becky", "Ben", "Beth", "Bethany", "Bradley", "Brandon", "Brian", "Bilal", "Caitlin",
    "Callum", "Carl", "Carol", "Caroline", "Catherine", "Charlie", "Charlotte", "Chelsea", "Chloe",
    "Chris", "Christine", "Christopher", "Claire", "Colin", "Connor", "Craig", "Daisy", "Dale",
    "Damian", "Dan", "Daniel", "Danny", "Darren", "Dave", "David", "Dawn", "Dean", "Debbie",
    "Declan", "Denise", "Dennis", "Derek", "Diane", "Dominic", "Donna", "Duncan", "Dylan", "Ella",
    "Ellie", "Elizabeth", "Emily", "Emma", "Eric", "Erin", "Ethan", "Evie", "Faisal", "Farah",
    "Fatima", "Finley", "Freddie", "Gail", "Gareth", "Gary", "Gavin", "Gemma", "Geoff", "George",
    "Georgia", "Gordon", "Graham", "Hannah", "Harry", "Harvey", "Hassan", "Hayley", "Heather",
    "Helen", "Holly", "Ian", "Imran", "Isaac", "Isabel", "Isabella", "Jack", "Jackie", "Jacob",
    "Jade", "Jake", "James", "Jamie", "Jane", "Janet", "Jason", "Jay", "Jayden", "Jean", "Jenny",
    "Jess", "Jessica", "Jim", "Jo", "Joanne", "Joe", "Joel", "John", "Jon", "Jonathan", "Jordan",
    "Joseph", "Josh", "Joshua", "Jodie", "Julie", "Justin", "Karen", "Karl", "Kate", "Katie",
    "Kayleigh", "Keith", "Kelly", "Kerry", "Kevin", "Kieran", "Kim", "Kirsty", "Kyle", "Lauren",
    "Laura", "Lee", "Leah", "Leanne", "Leon", "Lewis", "Liam", "Linda", "Lisa", "Logan", "Louise",
    "Lucy", "Luke", "Mandy", "Marcus", "Maria", "Mark", "Martin", "Mason", "Matthew", "Matt",
    "Megan", "Michael", "Michelle", "Mike", "Mohammed", "Mohammad", "Muhammad", "Molly", "Nadia",
    "Naomi", "Natalie", "Nathan", "Neil", "Nicola", "Nicole", "Nigel", "Oliver", "Olivia", "Omar",
    "Owen", "Paul", "Paula", "Pete", "Peter", "Phil", "Philip", "Rachel", "Rebecca", "Reece",
    "Rhys", "Richard", "Rob", "Robert", "Ryan", "Sadia", "Sajid", "Sally", "Sam", "Samantha",
    "Samuel", "Sandra", "Sara", "Sarah", "Scott", "Sean", "Shane", "Sharon", "Shaun", "Simon",
    "Sophie", "Stacey", "Stephen", "Steve", "Steven", "Stuart", "Susan", "Tariq", "Terry", "Tom",
    "Thomas", "Tony", "Tracey", "Tyler", "Usman", "Vicky", "Wayne", "Zara", "Zoe", "Zak", "Kai",
    "Riley", "Toby", "Theo", "Noah", "Leo", "Jodie", "Kayla", "Shannon", "Tia", "Courtney",
))

#: Capitalised words that are not names, so never a surname in "Firstname Surname".
NOT_NAMES: frozenset[str] = frozenset((
    "Police", "Officer", "Officers", "Station", "Road", "Street", "Lane", "Avenue", "Grove",
    "Close", "Drive", "Way", "Court", "Park", "Square", "Team", "Unit", "Support", "Services",
    "Service", "Care", "Council", "Centre", "Center", "Hospital", "School", "College", "University",
    "Airport", "Hall", "House", "Church", "Community", "Division", "District", "North", "South",
    "East", "West", "Yorkshire", "Force", "Constable", "Sergeant", "Inspector", "Superintendent",
    "Chief", "Road's", "Crown", "Magistrates", "Library", "Bridge", "Market", "Retail", "Station's",
    "Fire", "Ambulance", "Rhinos", "United", "City", "Town", "Royal", "Academy", "Primary",
    "Academy", "Mosque", "Day", "Night", "Morning", "Evening", "Today", "Tonight", "Thanks",
    "Thank", "Please", "Sorry", "Hi", "Hello", "Dear", "Cheers",
))

#: Politicians and other public figures: naming them is not personal data.
PUBLIC_FIGURES: frozenset[str] = frozenset((
    "Starmer", "Sunak", "Farage", "Braverman", "Corbyn", "Truss", "Badenoch", "Jenrick", "Rayner",
    "Gove", "Johnson", "Cameron", "Patel", "Cooper", "Reeves", "Mahmood", "Davey", "Streeting",
    "Lammy", "Hunt", "Shapps", "Raab", "Abbott", "Galloway", "Dickens", "Shakespeare",
))

#: Street-name endings, for addresses ("14 Elm Road") and "of Park Lane".
STREET_SUFFIXES: tuple[str, ...] = (
    "Road", "Rd", "Street", "St", "Lane", "Ln", "Avenue", "Ave", "Grove", "Close", "Drive",
    "Way", "Crescent", "Court", "Place", "Terrace", "Gardens", "Walk", "Mount", "Rise", "View",
    "Hill", "Square", "Row", "Mews", "Parade", "Green", "Vale", "Croft", "Fold", "Gate",
    "Garth", "Wynd", "Approach", "Boulevard", "Park",
)

#: People whose identity a reply must not give away.
ROLES: tuple[str, ...] = (
    "victim", "suspect", "witness", "offender", "defendant", "complainant", "casualty",
    "deceased", "informant", "caller", "homeowner", "injured party", "man arrested",
    "woman arrested", "person arrested", "lad arrested", "driver",
)

# --- political ---------------------------------------------------------------

#: Party names and partisan words. Case-sensitive where the word has an everyday meaning.
PARTIES_CI: tuple[str, ...] = (
    "tory", "tories", "torys", "lib dem", "lib dems", "libdem", "libdems", "liberal democrats",
    "snp", "ukip", "plaid cymru", "sinn fein", "sinn f\u00e9in", "green party", "reform uk",
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
)

#: Office-holders and the government: political only with an opinion.
ACTORS: tuple[str, ...] = (
    "home secretary", "prime minister", "policing minister", "chancellor",
    "government", "ministers", "westminster", "downing street", "number 10", "no 10",
    "mps", "politicians", "this lot in power", "home office",
)

#: Policy issues: political only with an opinion.
ISSUES: tuple[str, ...] = (
    "brexit", "small boats", "rwanda", "open borders", "immigration", "immigrants", "migrants",
    "asylum", "echr", "deport", "deporting", "deportation", "deportations", "early release",
    "austerity", "cuts to policing", "police cuts", "defund", "net zero", "ulez",
)

#: Partisan labels for people.
PARTISAN_LABELS: tuple[str, ...] = (
    "leftie", "lefties", "lefty", "leftys", "woke", "remoaner", "remoaners", "gammon",
    "brexiteer", "brexiteers", "champagne socialist", "trot", "trots", "commie", "commies",
    "libtard", "libtards", "tory boy", "far left", "far right", "loony left",
)

#: Who "vote X" / "voting X" can name.
VOTE_TARGETS: tuple[str, ...] = (
    "labour", "tory", "tories", "conservative", "conservatives", "green", "greens", "reform",
    "lib dem", "lib dems", "libdem", "snp", "plaid", "ukip", "leave", "remain", "them out",
    "him out", "her out", "out",
)

#: Campaign slogans: partisan whatever the sentence says.
SLOGANS: tuple[str, ...] = (
    "get brexit done", "take back control", "stop the boats", "make britain great",
    "tories out", "labour out", "starmer out", "sunak out", "refugees welcome",
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
)

#: Verbs of plain reporting: a sentence built on one of these is neutral.
NEUTRAL_VERBS: tuple[str, ...] = (
    "visited", "visit", "met", "announced", "published", "launched", "opened", "attended",
    "issued", "hosted", "confirmed", "will be holding", "spoke at", "unveiled",
)

# --- abusive -----------------------------------------------------------------

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
)

#: Slurs: always abusive.
SLURS: tuple[str, ...] = (
    "paki", "pakis", "nigger", "niggers", "nigga", "wog", "wogs", "spastic", "spaz", "retard",
    "retards", "retarded", "tranny", "faggot", "faggots", "fag", "fags", "gyppo", "gyppos",
    "coon", "coons", "chink", "chinks", "kike", "raghead", "ragheads", "towelhead", "mong",
)

#: Insulting adjectives: abusive when aimed at someone ("you're so thick").
INSULT_ADJ: tuple[str, ...] = (
    "stupid", "thick", "dense", "dim", "pathetic", "useless", "clueless", "gullible", "unhinged",
    "deluded", "deranged", "mental", "brainless", "ignorant", "vile", "disgusting", "worthless",
    "dumb", "a joke", "an embarrassment", "a disgrace",
)

#: UK slang that insults only when aimed at someone: "you absolute weapon", "what a plank".
SLANG_INSULTS: tuple[str, ...] = (
    "weapon", "plank", "melt", "tool", "walnut", "donut", "doughnut", "wally", "berk", "prat",
    "nugget", "roaster", "helmet", "spanner", "wazzock", "knob", "mug", "div", "dipstick",
    "bellend", "joke", "embarrassment", "disgrace", "troll", "nobody", "waste", "sausage",
    "clown", "muppet", "idiot", "moron", "fool", "child", "baby", "snowflake",
)

#: Words that follow "you absolute ..." as praise, not abuse.
COMPLIMENTS: tuple[str, ...] = (
    "legend", "legends", "star", "stars", "hero", "heroes", "gem", "diamond", "champion",
    "angel", "saint", "belter", "beauty", "stunner", "genius", "superstar", "treasure",
    "credit", "unit", "icon",
)

#: Sarcastic forms of address: "lock your car next time, genius".
SARCASTIC_VOCATIVES: tuple[str, ...] = (
    "genius", "einstein", "sherlock", "mastermind", "bright spark", "smart arse", "smartarse",
    "big man", "hard man", "tough guy", "champ", "pal", "sunshine", "troll", "keyboard warrior",
)
