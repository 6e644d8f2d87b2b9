"""A list of literal words as one regular expression, shaped as a trie.

Python's regex engine tries the branches of ``a|b|c`` one after the other at every position it
tests; an alternation of a few hundred first names, repeated in dozens of patterns, costs
tens of microseconds per message. Grouped by common prefix (``Ann(?:a(?:-Lena)?|e)?``) the engine
rejects a word at its first letter instead of once per name.

The trie matches exactly the words an alternation sorted longest first matches, and at one
position it prefers the longer of two words one of which begins the other, as that
alternation does. (Words that both match at one position always begin one another.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_END = ""  # the key marking that a word ends at this node (no character is empty)

_Node = dict[str, "_Node"]


def trie_alternation(words: Iterable[str], char: Callable[[str], str] = re.escape) -> str:
    """A non-capturing pattern matching any of ``words``; ``char`` turns one character into
    its pattern (by default the character itself, escaped). Empty words are left out; no
    words give a pattern that never matches."""
    root: _Node = {}
    for word in words:
        if not word:
            continue
        node = root
        for letter in word:
            node = node.setdefault(letter, {})
        node[_END] = {}
    if not root:
        return "(?!)"
    return f"(?:{_pattern(root, char)})"


def _pattern(node: _Node, char: Callable[[str], str]) -> str:
    branches = [char(letter) + _pattern(child, char) for letter, child in node.items() if letter]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if _END not in node:
        return group
    # A word ends here and longer ones go on: the longer first (greedy "?"), as in an
    # alternation sorted longest first.
    return f"(?:{group})?" if len(branches) == 1 else f"{group}?"
