"""The (type, mode) -> CAMEO / quad class / Goldstein / PLOVER intensity table."""
import pytest

from tacitus.compat import compat, valid_modes
from tacitus.schema import EVENT_TYPES


@pytest.mark.parametrize("event_type, mode, cameo, quad", [
    ("CONSULT", "phone", "041", 1), ("CONSULT", "visit", "042", 1), ("CONSULT", None, "040", 1),
    ("AID", None, "070", 2), ("ACCUSE", None, "110", 3), ("COERCE", "arrest", "173", 4),
    ("PROTEST", "demo", "141", 4), ("ASSAULT", "firearms", "193", 4), ("SANCTION", "expel", "166", 4),
])
def test_known_codes(event_type, mode, cameo, quad):
    info = compat(event_type, mode)
    assert (info.cameo, info.quad_class) == (cameo, quad)


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_every_type_has_a_code_with_leading_zero_and_consistent_quad(event_type):
    info = compat(event_type, None)
    assert len(info.cameo) >= 3 and info.cameo.isdigit()
    root = int(info.cameo[:2])
    assert info.quad_class == (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4)
    for mode in valid_modes(event_type):
        assert compat(event_type, mode).cameo.isdigit()


def test_intensity_signs_follow_cooperation_and_conflict():
    assert compat("AID", None).plover_intensity > 0
    assert compat("ASSAULT", "aerial").plover_intensity < 0
    assert compat("ACCUSE", None).plover_intensity < 0  # sign of the manual's typo corrected


def test_unknown_mode_falls_back_to_the_type():
    assert compat("AGREE", "nonexistent").cameo == compat("AGREE", None).cameo


def test_protest_vandalize_is_a_mode_as_the_manuals_mode_table_defines_it():
    # The manual's PROTEST mode table lists "vandalize"; its intensity-score table does not.
    from tacitus.compat import valid_modes

    assert "vandalize" in valid_modes("PROTEST")
