"""Match person and organisation names across spellings and transliterations.

German and English newsrooms transliterate the same Russian, Ukrainian, Korean or Arabic
name differently: *Lawrow* / *Lavrov*, *Schoigu* / *Shoigu*, *Kim Dschong Un* / *Kim Jong-un*,
*Selenskyj* / *Zelensky* / *Zelenskyy*, *Gaddafi* / *Qaddafi*. This module folds such
spellings into one form (:func:`fold`) and compares folded forms with an edit-distance
similarity from rapidfuzz (:func:`same_name`). :class:`NameIndex` groups many names into
clusters of one referent in near-linear time by comparing a name only with the clusters
that share one of its blocking keys.

The fold rules are transliteration conventions (German ``sch``/``tsch``/``dsch``/``w``,
English ``sh``/``ch``/``j``/``v``), not data about particular people.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["NameIndex", "coarse", "fold", "fold_tokens", "name_key", "same_name", "surname_match"]

_PRE = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "a", "Ö": "o", "Ü": "u", "ß": "ss"})
"""German umlauts fold to the bare vowel, like their ``ae``/``oe``/``ue`` spellings."""

_RULES: dict[str, str] = {
    # German spellings of Slavic and Arabic sounds, and their English counterparts.
    "tsch": "ch",  # Tschernobyl / Chernobyl
    "dsch": "y",  # Dschong / Jong (English j), folded like German j
    "dzh": "y",  # Dzhokhar (English transliteration of Russian дж)
    "sch": "sh",  # Schoigu / Shoigu
    "tch": "ch",  # Tchaikovsky
    "zh": "sh",  # Zhukov / Schukow
    "kh": "h",  # Khabarovsk / Chabarowsk (close enough for the fuzzy step)
    "gh": "g",  # Ghaddafi / Gaddafi
    "dh": "d",  # Gadhafi / Gaddafi
    "ph": "f",
    "th": "t",
    "ck": "k",
    "tz": "s",  # German z is /ts/, English z is German s: both fold to s
    "ts": "s",
    "ae": "a",
    "oe": "o",
    "ue": "u",
    "j": "y",  # German j (Juri) is English y (Yuri)
    "w": "v",  # Lawrow / Lavrov
    "z": "s",  # Zelensky / Selenskyj
    "q": "k",  # Qaddafi / Kaddafi
    "x": "ks",  # Alexej / Aleksei
}
_RULE_RE = re.compile("|".join(sorted(_RULES, key=len, reverse=True)))
_DOUBLE_RE = re.compile(r"(.)\1+")
_FINAL_I_RE = re.compile(r"[iy]+$")
"""Token-final -y, -yj, -ij, -iy, -yy all fold to -i (Zelensky, Selenskyj, Zelenskyy)."""
_FINAL_H_RE = re.compile(r"(?<=[aeiou])h$")
"""A silent final h after a vowel (Haniyeh / Hanija)."""
_SPLIT_RE = re.compile(r"[^a-z0-9]+")
_COARSE = str.maketrans({"y": "i", "g": "k", "c": "k", "d": "t", "b": "p", "v": "f"})
"""Coarser fold: voiced and voiceless consonants together, y with i (Shoygu / Shoigu)."""


def _to_ascii(text: str) -> str:
    from anyascii import anyascii

    return str(anyascii(text.translate(_PRE))).lower()


def _fold_token(token: str) -> str:
    for _ in range(8):  # rules may expose new matches (t + sch -> tsh -> sh); run to a fixpoint
        new = _RULE_RE.sub(lambda m: _RULES[m.group(0)], token)
        new = _DOUBLE_RE.sub(r"\1", new)
        new = _FINAL_I_RE.sub("i", new)
        new = _FINAL_H_RE.sub("", new)
        if new == token:
            break
        token = new
    return token


@lru_cache(maxsize=65536)
def fold_tokens(name: str) -> tuple[str, ...]:
    """The folded tokens of ``name``: one per space-separated word, with hyphens and
    apostrophes inside a word removed ("Kim Jong-un" -> ``("kim", "yongun")``)."""
    words = name.split()
    out: list[str] = []
    for word in words:
        text = _to_ascii(word)
        text = _SPLIT_RE.sub("", text)
        if text:
            folded = _fold_token(text)
            if folded:
                out.append(folded)
    return tuple(out)


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The transliteration-folded form of ``name``: lower-case ASCII letters and digits,
    spaces and hyphens removed, German and English transliteration conventions merged.

    ``fold("Kim Jong-un") == fold("Kim Dschong Un") == "kimyongun"``;
    ``fold("Lawrow") == fold("Lavrov") == "lavrov"``.
    The result is a fixpoint: ``fold(fold(x)) == fold(x)``.
    """
    text = "".join(fold_tokens(name))
    # Joining tokens can create a new double letter or rule match ("Ross Sea"); fold again.
    return _fold_token(text) if text else ""


def coarse(folded: str) -> str:
    """A coarser key of a folded name: voiced/voiceless pairs and y/i merged.

    ``coarse(fold("Gaddafi")) == coarse(fold("Qaddafi"))``.
    """
    return _DOUBLE_RE.sub(r"\1", folded.translate(_COARSE))


def name_key(name: str) -> str:
    """A stable key for a person or organisation name: the folded full name.

    Spelling variants of the same full name share the key ("Kim Jong Un", "Kim Jong-un",
    "KIM JONG UN", "Kim Dschong Un" -> ``kimyongun``); a surname alone ("Lawrow" ->
    ``lavrov``) keeps its own key; use :class:`NameIndex` to attach it to the full name.
    """
    return fold(name)


def _similar(fa: str, fb: str, threshold: float) -> bool:
    if fa == fb:
        return bool(fa)
    if not fa or not fb:
        return False
    from rapidfuzz.distance import Levenshtein

    if Levenshtein.normalized_similarity(fa, fb, score_cutoff=threshold) >= threshold:
        return True
    ca, cb = coarse(fa), coarse(fb)
    return len(ca) >= 4 and ca == cb


def _variants(name: str) -> tuple[str, ...]:
    """The folded name, and without a German/English genitive ending when it has one."""
    f = fold(name)
    stripped = name.rstrip()
    for ending in ("'s", "’s", "s'", "'", "’"):
        if stripped.endswith(ending) and len(stripped) > len(ending) + 2:
            return (f, fold(stripped[: -len(ending)]))
    if stripped.endswith("s") and len(f) > 4:
        return (f, f[:-1])
    return (f,)


def same_name(a: str, b: str, *, threshold: float = 0.85) -> bool:
    """True when ``a`` and ``b`` are spellings of one name.

    Both names are folded (:func:`fold`) and compared with the normalised Levenshtein
    similarity; names at or above ``threshold`` match, and so do names whose coarse keys
    (:func:`coarse`) are equal. A genitive ending is tried off ("Putins" matches "Putin").
    ``same_name("Lawrow", "Lavrov")`` is True; ``same_name("Kim Jong Un", "Kim Yo Jong")``
    and ``same_name("Putin", "Peskow")`` are False. Symmetric and reflexive (for names with
    at least one letter or digit).
    """
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"threshold {threshold!r} is outside 0..1; pass a similarity like 0.85")
    va, vb = _variants(a), _variants(b)
    if not va[0] or not vb[0]:
        return va[0] == vb[0] and a.strip() == b.strip() and bool(a.strip())
    return any(_similar(x, y, threshold) for x in va for y in vb)


def surname_match(short: str, full: str) -> bool:
    """True when ``short`` names the same person as ``full`` by part of the name.

    ``short`` must have fewer words than ``full`` and match (as in :func:`same_name`) its
    leading words (Korean, Chinese family name first: "Lee" -> "Lee Jae-myung") or its
    trailing words ("Lawrow" -> "Sergej Lawrow", "Jong Un" -> "Kim Jong-un").
    A full name matching itself is not a surname match.
    """
    st, ft = fold_tokens(short), fold_tokens(full)
    if not st or len(ft) < 2:
        return False
    s = "".join(st)
    if len(s) < 2:
        return False
    for k in range(1, len(ft)):
        head, tail = "".join(ft[:k]), "".join(ft[-k:])
        for part in (head, tail):
            if len(s) <= 3 or len(part) <= 3:
                if s == part or (s.endswith("s") and s[:-1] == part):
                    return True
            elif same_name(short, part):
                return True
    return False


class NameIndex:
    """Groups names into clusters that refer to one person or organisation.

    >>> idx = NameIndex()
    >>> idx.add("Sergej Lawrow") == idx.add("Lawrow") == idx.add("Sergei Lavrov")
    True

    Each new name is compared only with the clusters that share a blocking key (the first
    two letters of its coarse folded form, of its first word and of its last word), so
    adding ``n`` names costs about ``n`` times the size of a block. A short name (a
    surname alone) joins the one cluster whose full name it is part of; when it fits
    several clusters ("Kim" with both "Kim Jong Un" and "Kim Yo Jong") it gets a cluster
    of its own. A cluster's key is the :func:`name_key` of its first name.
    """

    _MAX_VARIANTS = 12

    def __init__(self, *, threshold: float = 0.85) -> None:
        self.threshold = threshold
        self._by_fold: dict[str, int] = {}
        self._keys: list[str] = []
        self._members: list[list[str]] = []
        self._blocks: dict[str, list[int]] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        return f"<NameIndex {len(self._keys)} clusters, {len(self._by_fold)} spellings>"

    @staticmethod
    def _block_keys(name: str) -> set[str]:
        toks = fold_tokens(name)
        keys = {coarse(fold(name))[:2]}
        if toks:
            keys.add(coarse(toks[0])[:2])
            keys.add(coarse(toks[-1])[:2])
        return keys

    def _find(self, name: str) -> int | None:
        f = fold(name)
        if not f:
            return None
        hit = self._by_fold.get(f)
        if hit is not None:
            return hit
        candidates: list[int] = []
        seen: set[int] = set()
        for bk in self._block_keys(name):
            for cid in self._blocks.get(bk, ()):
                if cid not in seen:
                    seen.add(cid)
                    candidates.append(cid)
        candidates.sort()
        for cid in candidates:
            if any(same_name(name, m, threshold=self.threshold) for m in self._members[cid]):
                return cid
        partial = [
            cid
            for cid in candidates
            if any(surname_match(name, m) or surname_match(m, name) for m in self._members[cid])
        ]
        if len(partial) == 1:
            return partial[0]
        return None

    def add(self, name: str) -> str:
        """Add ``name`` and return the key of its cluster (a new one if nothing matches)."""
        f = fold(name)
        if not f:
            raise ValueError(
                f"name {name!r} has no letters or digits; pass a person or organisation name"
            )
        cid = self._find(name)
        if cid is None:
            cid = len(self._keys)
            self._keys.append(name_key(name))
            self._members.append([])
        members = self._members[cid]
        if f not in self._by_fold:
            self._by_fold[f] = cid
            if len(members) < self._MAX_VARIANTS:
                members.append(name)
            for bk in self._block_keys(name):
                block = self._blocks.setdefault(bk, [])
                if cid not in block:
                    block.append(cid)
        return self._keys[cid]

    def key(self, name: str) -> str | None:
        """The cluster key ``name`` would join, or None when it matches no cluster."""
        cid = self._find(name)
        return None if cid is None else self._keys[cid]

    def members(self, key: str) -> tuple[str, ...]:
        """Up to a dozen spellings seen for the cluster ``key`` (first spelling first)."""
        for cid, k in enumerate(self._keys):
            if k == key:
                return tuple(self._members[cid])
        return ()
