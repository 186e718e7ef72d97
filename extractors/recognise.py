"""Which report this is, from its text alone: the edition and the police force. The file
name is never consulted (files arrive renamed, from URLs, from colleagues' inboxes)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import reference
from extractors.errors import NotAValueForMoneyReport, UnknownForce, UnsupportedEdition

EDITION_2014 = "2014"

# The 2014 edition is titled "Responding to austerity" and asks one question of each force.
_MARKERS_2014 = re.compile(
    r"Responding to austerity"
    r"|How well does the [\w\- ]{1,40}? provide value for money\?",
    re.IGNORECASE,
)
# The titles of the editions before 2014, so a refusal can say which one it saw.
_EARLIER_EDITIONS = (
    ("2013", re.compile(r"Rising to the challenge", re.IGNORECASE)),
    ("2012", re.compile(r"Policing in austerity:? One year on", re.IGNORECASE)),
    ("2011", re.compile(r"Adapting to austerity", re.IGNORECASE)),
)
_HMIC = re.compile(r"\bHMIC\b|Her Majesty.s Inspectorate of Constabulary", re.IGNORECASE)
_VALUE_FOR_MONEY = re.compile(
    r"value for money|Valuing the Police|austerity|spending review", re.IGNORECASE
)


def _one_line(text: str) -> str:
    """Text with every run of whitespace as one space and typographic apostrophes straight,
    so phrases match across line breaks."""
    return " ".join(text.replace("\u2019", "'").split())


def edition_of(text: str) -> str:
    """The edition of an HMIC value-for-money report, or the refusal saying why not."""
    text = _one_line(text)
    if _MARKERS_2014.search(text):
        return EDITION_2014
    if not (_HMIC.search(text) and _VALUE_FOR_MONEY.search(text)):
        raise NotAValueForMoneyReport("no HMIC value-for-money wording in its text")
    for year, title in _EARLIER_EDITIONS:
        if title.search(text):
            raise UnsupportedEdition(f"the {year} edition; only 2014 is supported")
    raise UnsupportedEdition("no 2014 marker ('Responding to austerity') in its text")


def _name_key(name: str) -> str:
    """'Dyfed–Powys' and 'Dyfed-Powys Police' are the same name."""
    return re.sub(r"[\s\-\u2010\u2011\u2013]+", " ", name)


@cache
def _force_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every force's name and aliases (longest first, so 'Metropolitan
    Police Service' wins over 'Metropolitan Police'), and the force each name stands for."""
    owner = {
        _name_key(name): force.force_id
        for force in reference.forces()
        for name in (force.name, *force.aliases)
    }
    alternatives = sorted(owner, key=len, reverse=True)
    pattern = "|".join(
        re.escape(name).replace(r"\ ", r"[\s\-\u2010\u2011\u2013]+") for name in alternatives
    )
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])"), owner


def force_of(text: str) -> reference.Force:
    """The force the report is about: the one whose name (or alias: 'the MPS', 'GMP') it uses
    far more than any other (a report also names its collaboration partners)."""
    pattern, owner = _force_names()
    counts = Counter(owner[_name_key(m.group(0))] for m in pattern.finditer(_one_line(text)))
    ranked = counts.most_common(2)
    if not ranked:
        raise UnknownForce("no force of England and Wales is named in it")
    if len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]:
        raise UnknownForce(
            f"it names {ranked[0][0]} and {ranked[1][0]} about as often as each other"
        )
    return reference.force_by_id()[ranked[0][0]]


def title_of(cover_text: str, force: reference.Force) -> str:
    """The title the cover prints: the edition's title and the force it is about."""
    printed = re.search(r"Responding to austerity", _one_line(cover_text), re.IGNORECASE)
    return f"{force.name}: {printed[0] if printed else 'Responding to austerity'}"
