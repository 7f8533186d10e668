"""Search text folding: one key for every way the documents spell a name.

Arabic web text writes the same word with or without diacritics and tatweel, with any
alef form, with alef maqsura or ya, ta marbuta or ha, and with or without a hamza
carrier; Latin names come with and without accents. Folding both the query and the
indexed text makes all of those spellings meet.
"""

from __future__ import annotations

import re
import unicodedata

_ARABIC_FOLDS = str.maketrans(
    {
        "\u0623": "\u0627",  # alef with hamza above
        "\u0625": "\u0627",  # alef with hamza below
        "\u0622": "\u0627",  # alef with madda
        "\u0671": "\u0627",  # alef wasla
        "\u0649": "\u064a",  # alef maqsura -> ya
        "\u0629": "\u0647",  # ta marbuta -> ha
        "\u0624": "\u0648",  # waw with hamza -> waw
        "\u0626": "\u064a",  # ya with hamza -> ya
        "\u0621": None,  # lone hamza
        "\u0640": None,  # tatweel
        "\u06cc": "\u064a",  # Farsi ya
        "\u06a9": "\u0643",  # keheh -> kaf
    }
)
_NOT_WORD = re.compile(r"[^\w]+")
# A search must have a character other than ASCII spaces, punctuation and controls and
# U+FFFD (what invalid UTF-8 decodes to): an ASCII letter or digit, or any character
# beyond ASCII. Written with escapes alone, the pattern means the same in Python and in
# ECMA-262, the OpenAPI document's dialect.
SEARCHABLE_PATTERN = r"[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f\ufffd]"
_SEARCHABLE = re.compile(SEARCHABLE_PATTERN)


def _fold_once(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # Combining marks cover both Latin accents and Arabic harakat (U+064B-U+065F, U+0670).
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", stripped.translate(_ARABIC_FOLDS)).split())


def fold(text: str) -> str:
    """The search key of a text: lower-case, without marks or punctuation.

    Case folding and compatibility decomposition can each undo the other's work on rare
    characters, so the steps repeat until nothing changes: that makes `fold` idempotent.
    """
    if text.isascii():
        # ASCII has no marks, Arabic letters or compatibility forms: case and punctuation
        # alone, in one pass, and the result (lower-case words) folds to itself.
        return " ".join(_NOT_WORD.sub(" ", text.lower()).split())
    for _ in range(8):
        folded = _fold_once(text)
        if folded == text:
            break
        text = folded
    return text


def _replace_words(text: str, old: str, new: str) -> str:
    return f" {text} ".replace(f" {old} ", f" {new} ").strip()


def synonym_variants(folded: str, groups: list[list[str]]) -> list[str]:
    """A folded text, then the same text with each synonym it holds (as whole words)
    replaced by each other term of its group: `الولايات المتحده الاميركيه` gives
    `الولايات المتحده الامريكيه` too. `groups` are folded terms."""
    variants = [folded]
    padded = f" {folded} "
    for group in groups:
        for term in group:
            if f" {term} " in padded:
                variants.extend(
                    _replace_words(folded, term, other) for other in group if other != term
                )
    return variants


def with_synonyms(haystack: str, groups: list[list[str]]) -> str:
    """A folded text, followed by every term of each group one of whose terms it holds."""
    padded = f" {haystack} "
    extra = [term for group in groups if any(f" {t} " in padded for t in group) for term in group]
    return " ".join([haystack, *extra]) if extra else haystack


def terms(query: str) -> list[str]:
    return fold(query).split()


def searchable(query: str) -> bool:
    return _SEARCHABLE.search(query) is not None
