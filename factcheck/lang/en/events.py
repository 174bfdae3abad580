"""English: words that announce events, by event type. See the German file."""

EVENT_TRIGGERS: dict[str, tuple[str, ...]] = {
    "meeting": ("meet", "met ", "met,", "met.", "summit", "talks with"),
    "visit": ("visit", "trip", "tour of", "toured", "stay in"),
    "arrival": ("arrive", "arrival", "landed in", "touched down"),
    "departure": (
        "depart",
        "left ",
        "leave",
        "leaving",
        "travel on",
        "travelled on",
        "traveled on",
        "fly on",
        "flew on",
        "head to",
        "headed to",
    ),
    "signing": ("sign", "agreed", "agree on", "concluded"),
}

LOCATIVE_PREPOSITIONS: tuple[str, ...] = ("in", "at", "near", "on")
DIRECTIONAL_PREPOSITIONS: tuple[str, ...] = ("to", "for")
ORIGIN_PREPOSITIONS: tuple[str, ...] = ("from",)
DESTINATION_PREPOSITIONS: tuple[str, ...] = ("to",)

DELIVERY_VERBS: tuple[str, ...] = (
    "deliver",
    "ship",
    "sent",
    "send",
    "suppl",
    "export",
    "transfer",
    "provid",
    "gave",
    "give",
    "transport",
)
RECEIVE_VERBS: tuple[str, ...] = ("receiv", "got", "obtain", "import", "bought", "buy", "acquir")

SINCE_EVENT: str = r"since\s+(?:this|that|the|the\s+last)\s+(?:meeting|visit|summit|trip)"
"""A "since" that points back to the event named before ("since that meeting")."""
