"""Reading truth records: keys and values as the data dictionary names them."""

from __future__ import annotations

import reference


def figure_key(record: dict) -> tuple[str, str, str, str]:
    return (record["dataset"], record["measure"], record["subject"], record["period"])


def values(truth: dict) -> dict[tuple[str, str, str, str], float | str]:
    return {figure_key(r): r["value"] for r in truth["records"]}


def dictionary_keys() -> set[tuple[str, str, str, str]]:
    return {m.key for m in reference.measures(2014)}
