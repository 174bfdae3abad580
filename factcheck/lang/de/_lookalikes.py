"""Endings that only look like a compound's head. Part of
:mod:`factcheck.lang.de.nouns`, which passes the name on (the contract:
:class:`factcheck.lang.spec.Nouns`)."""

HEAD_LOOKALIKES: tuple[str, ...] = (
    # Schuss: committees, subsidies, surpluses, advances, shelling, shoot-downs
    "ausschuss", "zuschuss", "überschuss", "vorschuss", "beschuss", "abschuss", "einschuss",
    # Fall: accidents, incidents, raids, waste, outages, relapses
    "unfall", "vorfall", "zwischenfall", "überfall", "abfall", "ausfall", "einfall", "anfall",
    "zufall", "beifall", "rückfall", "verfall", "zerfall", "wasserfall", "notfall", "reinfall",
    # Stelle: places and offices, not posts ("Arbeitsstellen", "Lehrstellen" are)
    "baustelle", "tankstelle", "haltestelle", "feuerstelle", "unfallstelle", "brandstelle",
    "fundstelle", "einsatzstelle", "dienststelle", "geschäftsstelle", "pressestelle",
    "meldestelle", "anlaufstelle", "beratungsstelle", "schnittstelle", "gestelle",
    "wasserstelle", "verkaufsstelle", "servicestelle", "koordinierungsstelle", "engstelle",
    "bruchstelle", "schadstelle", "leckstelle", "sammelstelle", "messstelle",
    # Fluss: influence, inflow, outflow, abundance
    "einfluss", "zufluss", "abfluss", "überfluss", "ausfluss", "rückfluss",
    # Sitz: possession, chairmanship, residence; Einheit: purity, meanness; Opfer: knockers
    "besitz", "vorsitz", "wohnsitz", "reinheit", "gemeinheit", "feinheit", "klopfer", "stopfer",
    # Land: a federal state is no country; Stück: plots, breakfasts, documents, plays
    "bundesland", "grundstück", "frühstück", "schriftstück", "theaterstück", "kunststück",
    "musikstück", "bruchstück",
    # Haft: the suffix -schaft ("Ortschaften", "Mannschaften", "Gesellschaften")
    "schaft",
    # Wagen: road vehicles, no cars of a train
    "streifenwagen", "rettungswagen", "krankenwagen", "lieferwagen",
    "kinderwagen", "wohnwagen", "notarztwagen", "einsatzwagen", "mannschaftswagen",
    "abschleppwagen", "geländewagen", "kleinwagen", "gebrauchtwagen", "neuwagen",
    "dienstwagen", "pritschenwagen", "kastenwagen", "löschwagen", "tankwagen",
)  # fmt: skip
"""Endings that hold a concept's head but make no compound of it: "Haushaltsausschuss" is a
committee, no shot; "Verkehrsunfälle" are accidents, no cases; "Baustellen" no posts."""
