import reference


def test_there_are_43_forces_with_unique_ids_and_known_countries():
    forces = reference.forces()
    assert len(forces) == 43
    assert len({f.force_id for f in forces}) == 43
    assert {f.country for f in forces} == {"England", "Wales"}
    assert sum(f.is_welsh for f in forces) == 4


def test_aliases_are_split_and_never_empty():
    by_id = reference.force_by_id()
    assert by_id["metropolitan"].aliases == ("Metropolitan Police", "the Met", "MPS")
    assert by_id["kent"].aliases == ()


def test_dictionary_2014_has_every_row_with_a_known_polarity():
    measures = reference.measures(2014)
    assert len(measures) == 119
    assert len({m.key for m in measures}) == 119
    assert {m.polarity for m in measures} <= set(reference.POLARITIES)
    assert all(m.description for m in measures)
