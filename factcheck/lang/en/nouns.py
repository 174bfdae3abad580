"""English: what counted nouns mean. See the German file for the meaning of each table."""

CONCEPTS: dict[str, str] = {
    "container": "container",
    "ship": "ship",
    "vessel": "ship",
    "warship": "ship",
    "boat": "boat",
    "submarine": "submarine",
    "aircraft": "aircraft",
    "plane": "aircraft",
    "jet": "aircraft",
    "helicopter": "helicopter",
    "tank": "tank",
    "missile": "missile",
    "rocket": "missile",
    "drone": "drone",
    "shell": "shell",
    "round": "shell",
    "projectile": "shell",
    "ammunition": "ammunition",
    "munition": "ammunition",
    "weapon": "weapon",
    "arm": "weapon",
    "armament": "armament",
    "soldier": "soldier",
    "troop": "soldier",
    "fighter": "fighter",
    "dead": "dead",
    "death": "dead",
    "fatality": "dead",
    "injured": "injured",
    "wounded": "injured",
    "injury": "injured",
    "missing": "missing",
    "victim": "victim",
    "people": "person",
    "person": "person",
    "resident": "inhabitant",
    "inhabitant": "inhabitant",
    "citizen": "citizen",
    "protester": "protester",
    "demonstrator": "protester",
    "participant": "participant",
    "refugee": "refugee",
    "civilian": "civilian",
    "child": "child",
    "prisoner": "prisoner",
    "hostage": "hostage",
    "officer": "police_officer",
    "policeman": "police_officer",
    "house": "building",
    "home": "building",
    "building": "building",
    "apartment": "apartment",
    "vehicle": "vehicle",
    "truck": "truck",
    "lorry": "truck",
    "train": "train",
    "bus": "bus",
    "vote": "vote",
    "seat": "seat",
    "job": "job",
    "case": "case",
    "infection": "infection",
    "arrest": "arrest",
    "attack": "attack",
    "airstrike": "attack",
    "strike": "attack",
    "explosion": "explosion",
    "visitor": "visitor",
    "spectator": "spectator",
    "employee": "employee",
    "worker": "employee",
    "company": "company",
    "firm": "company",
    "village": "village",
    "country": "country",
    "state": "state",
    "meeting": "meeting",
    "minister": "minister",
    "adviser": "adviser",
    "document": "document",
    "agreement": "agreement",
    "treaty": "agreement",
    "tonne": "tonne",
    "unit": "unit",
    "piece": "piece",
    "barrel": "barrel",
    "migrant": "migrant",
    "asylum seeker": "asylum_seeker",
    "patient": "patient",
    "pupil": "pupil",
    "student": "student",
    "voter": "voter",
    "member": "member",
}

MEASURE_WORDS: frozenset[str] = frozenset({"rounds", "round", "units", "unit", "pieces", "loads"})

CONTENT_MARKERS: tuple[str, ...] = (
    "with",
    "of",
    "carrying",
    "containing",
    "full of",
    "filled with",
    "loaded with",
)

LINKING_ELEMENTS: tuple[str, ...] = ()

SKIP_ADJECTIVE_SUFFIXES: tuple[str, ...] = ("an", "ian", "ese", "ic", "ish", "al", "ive", "ed")

CUMULATIVE_CONCEPTS: frozenset[str] = frozenset(
    {
        "dead",
        "injured",
        "missing",
        "victim",
        "arrest",
        "case",
        "infection",
        "refugee",
        "border_crossing",
        "attack",
    }
)

CONTENT_CLASSES: dict[str, str] = {
    "ammunition": "military",
    "armament": "military",
    "weapon": "military",
    "shell": "military",
    "missile": "military",
    "drone": "military",
    "tank": "military",
}

VERB_LIKE_SUFFIXES: tuple[str, ...] = ("ed", "ing")
"""Endings that mark a word after a number as a verb, not a counted noun ("10 died")."""

VERB_WORDS: frozenset[str] = frozenset(
    {
        "met", "said", "left", "took", "came", "went", "gave", "got", "made", "saw", "fled",
        "died", "were", "was", "are", "is", "be", "have", "has", "had", "will", "would",
        "could", "can", "may", "might", "must", "should", "did", "do", "does", "began",
        "fell", "rose", "stood", "held", "kept", "lost", "won", "ran", "sent", "brought",
        "bought", "sold", "paid", "told", "put", "set", "joined", "arrived", "remain",
        "remained", "live", "lived", "work", "worked",
    }
)
"""Words that end a noun group after a number ("12,000 people *joined*")."""
