"""Helpers shared by the flow tests."""

import shutil
from pathlib import Path

# A few forces keep most tests quick; the 43 are used only where the issue asks for them.
FEW_FORCES = ("leicestershire", "kent", "dyfed-powys")


def drop(corpus, inbox, forces=FEW_FORCES):
    """Copy the sample reports of `forces` into `inbox`; returns their paths there."""
    inbox.mkdir(parents=True, exist_ok=True)
    return [
        Path(shutil.copyfile(corpus / f"{force}-2014.pdf", inbox / f"{force}-2014.pdf"))
        for force in forces
    ]


def published_rows(db, sql):
    import warehouse

    with warehouse.connect(db, read_only=True) as con:
        return con.execute(sql).fetchall()
