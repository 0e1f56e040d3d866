"""unit-conversion: a quantity and its stated conversion in one version -> the finding, if any."""

import pytest
from helpers import messages_in

from figcheck.rules import unit_conversion


def findings(text: str) -> list[str]:
    return messages_in(unit_conversion, text)


#: a sentence -> the start of the finding's message, or None for none
CASES = [
    # conversions within rounding (and the 5% a conversion may take)
    ("The quake struck about 40 km (25 miles) southwest of the port.", None),
    ("It hit at a depth of 10 kilometers (6 miles).", None),
    ("Temperatures rose above 40C (104F) on Monday.", None),
    ("The beam weighs 3 tonnes, or about 6,600 pounds, and was lifted by crane.", None),
    ("They bought a 5,000-square-foot (465-square-meter) home.", None),
    ("Winds reached 120 mph (193 kph) at the coast.", None),
    ("The fire burned 7,000 hectares (17,300 acres) of forest.", None),
    ("The city lies 186 miles (300 km) from the capital.", None),
    ("The pipeline carries 1.5 million barrels a day (238,000 cubic metres).", None),
    # two limits, and spans of time, are no conversions
    ("Trucks may drive less than 2 km or more than 4 miles a day.", None),
    ("The strike lasted 48 hours (two days).", None),
    ("气温高达华氏104度（摄氏40度）。", None),
    ("It fell to -40C (-40F) overnight.", None),
    ("The lake is 0 km (0 miles) from the border.", None),
    # conversions that miss
    ("The quake struck about 35 miles (40 km) southwest of the port.",
     '"about 35 miles" is 56.3 km, not "40 km"'),
    ("Temperatures rose above 40C (140F) on Monday.", '"above 40C" is 104 F, not "140F"'),
    ("The dog weighs 12 kg (35 lb).", '"12 kg" is 26.5 lb, not "35 lb"'),
    ("It fell to -5C (0F) overnight.", '"-5C" is 23 F, not "0F"'),
    # other languages' figures, and brackets written wide
    ("El sismo ocurrió a 40 kilómetros (35 millas) de la costa.",
     '"40 kilómetros" is 24.9 millas, not "35 millas"'),
    ("地震发生在距海岸40公里（35英里）处。", '"40公里" is 24.9'),
    ("气温高达华氏140度（摄氏40度）。", '"高达华氏140度" is 60 度, not "摄氏40度"'),
    ("The beam weighs 3 tonnes, or about 3,000 pounds, and was lifted by crane.",
     '"3 tonnes" is 6,610 pounds, not "about 3,000 pounds"'),
    ("They bought a 5,000-square-foot (4,650-square-meter) home.",
     '"5,000-square-foot" is 465 square-meter, not "4,650-square-meter"'),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", CASES)
def test_unit_conversion(text, expected):
    found = findings(text)
    if expected is None:
        assert found == []
    else:
        (message,) = found
        assert message.startswith(expected), message
        assert message.endswith("(beyond rounding and the 5% margin of a conversion)")
