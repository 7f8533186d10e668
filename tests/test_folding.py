"""`fold`'s one-pass path for ASCII text gives what the general path gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.store.folding import _fold_once, fold


@given(text=st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_text_folds_as_the_general_path_folds_it(text: str) -> None:
    # For ASCII the general path reaches its fixed point in one pass: `_fold_once`.
    assert fold(text) == _fold_once(text)
    assert fold(fold(text)) == fold(text)


def test_ascii_examples() -> None:
    assert fold("  Saudi-Arabia's  ARMY_2 ") == "saudi arabia s army_2"
    assert fold("Égypte") == "egypte"
