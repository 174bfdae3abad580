"""The verbs that end a noun group after a number. Part of
:mod:`factcheck.lang.en.nouns`, which passes the name on (the contract:
:class:`factcheck.lang.spec.Nouns`)."""

VERB_WORDS: frozenset[str] = frozenset({
    "met", "said", "left", "took", "came", "went", "gave", "got", "made", "saw", "fled",
    "struck", "hit", "shook", "tore", "swept", "spread", "burned", "burnt", "died", "were",
    "was", "are", "is", "be", "have", "has", "had", "will", "would", "could", "can", "may",
    "might", "must", "should", "did", "do", "does", "began", "fell", "rose", "stood",
    "stands", "reached", "climbed", "jumped", "soared", "surged", "topped", "totalled",
    "totaled", "held", "kept", "lost", "won", "ran", "sent", "brought", "bought", "sold",
    "paid", "told", "put", "set", "joined", "arrived", "remain", "remained", "live",
    "lived", "work", "worked",
    # present forms after a figure ("The penalty of 1.84 billion euros *comes* after")
    "comes", "goes", "means", "makes", "brings", "follows", "represents", "amounts",
    "remains", "exceeds", "equals", "includes",
    # what a road or a works handles ("the viaduct *carries* 58,000 vehicles a day")
    "carries", "handles", "treats", "supplies", "serves",
    # present forms after a plural ("About 30 local operators *run* reef tours"): verbs
    # that seldom stand before a noun as its modifier
    "run", "operate", "say", "face", "need", "want", "continue", "expect", "own", "earn",
    "suffer", "lack", "depend", "rely", "attend", "serve", "receive", "spend", "believe",
    "oppose", "agree", "manage", "employ", "offer", "include",
    # irregular past forms, which the "-ed" ending does not catch ("33,000 people
    # *thought* to be displaced", "40 people *known* to have died")
    *[
        "thought", "known", "seen", "shown", "found", "taken", "given", "driven", "thrown",
        "flown", "drawn", "grown", "hidden", "stolen", "caught", "fought", "sought",
        "taught", "felt", "heard", "meant", "became", "become", "begun", "broke", "broken",
        "chose", "chosen", "drove", "fallen", "flew", "knew", "spoke", "spoken", "spent",
        "stuck", "sworn", "understood", "wrote", "written", "gotten", "built", "dealt",
        "withdrew", "withdrawn", "arose", "arisen", "risen", "sank", "sunk", "shaken",
        "torn", "overran", "overtook", "upheld", "undertook", "blew", "blown", "stole",
        "slain", "slept", "hid", "sat", "born",
        # "14 people *ate* death caps", "20 people *die* each year"
        "ate", "eaten", "drank", "swam", "froze", "wore", "woke", "dug", "sprang", "rode",
        "slid", "stung", "sang", "rang", "swore", "wept", "crept", "die", "dies",
        # past forms of what befell people, seldom a modifier ("23 *needed* hospital
        # treatment", "12 *suffered* burns": no count of treatments or burns)
        "needed", "required", "received", "suffered", "sustained", "underwent",
    ],
})  # fmt: skip
"""Words that end a noun group after a number ("12,000 people *joined*")."""
