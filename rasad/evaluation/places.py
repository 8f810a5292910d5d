"""The place-name key of the evaluation README: two names match when their keys are equal.

This is deliberately *not* :mod:`rasad.text.normalize`: the scorer follows the README to the letter (only
U+064B–U+0652 are removed, for instance) so that its numbers agree with any other scorer written from it,
whatever the pipeline's own normalization becomes.
"""

from __future__ import annotations

# harakat U+064B–U+0652, dagger alef U+0670 and tatweel U+0640 go; hamza-carrying and wasla alefs become
# bare alef, alef maqsura becomes yeh and teh marbuta heh (مدينة → مدينه, دمشقى → دمشقي).
_TABLE: dict[int, str | None] = {cp: None for cp in range(0x064B, 0x0653)}
_TABLE.update({0x0670: None, 0x0640: None})
_TABLE.update({ord(c): "ا" for c in "أإآٱ"})
_TABLE.update({ord("ى"): "ي", ord("ة"): "ه"})

_TYPE_WORDS_AS_WRITTEN = ("حي", "بلدة", "مدينة", "قرية", "منطقة", "محيط", "ناحية", "مخيم")
TYPE_WORDS = frozenset(w.translate(_TABLE) for w in _TYPE_WORDS_AS_WRITTEN)

_ARTICLE = "ال"
_ARTICLE_MIN_LETTERS = 5


def place_key(name: str) -> str:
    """The README's normalization of an Arabic place name, in its order of steps.

    1. remove the marks, map the letters (above); 2. collapse whitespace (and trim);
    3. drop leading type words as long as the first word is one (محيط بلدة باتبو → باتبو);
    4. drop ال from every word that starts with it and is five or more letters long, counting the word as
       it stands after steps 1–3 *with* its ال: العسل (al-ʿAsal, 5 letters) → عسل, المنصورة → منصوره,
       but الرى (al-Rayy, 4 letters) stays الري. Only a word-initial ال counts; وال… is left alone.

    A name made only of type words (مخيم) gives the empty key; an empty key never matches anything.
    """
    words = name.translate(_TABLE).split()
    while words and words[0] in TYPE_WORDS:
        del words[0]
    return " ".join(
        w[len(_ARTICLE) :] if len(w) >= _ARTICLE_MIN_LETTERS and w.startswith(_ARTICLE) else w for w in words
    )
