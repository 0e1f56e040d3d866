"""Unit words as news copy writes them, mapped to pint unit expressions.

Case matters for symbols ("MW" is megawatt, "mW" milliwatt), so symbols are
matched case-sensitively and written-out names case-insensitively.
"""

from __future__ import annotations

#: Written-out unit names (matched ignoring case); plural forms are added by the finder.
UNIT_NAMES: dict[str, str] = {
    "decade": "year", "exabyte": "exabyte", "kibibyte": "kibibyte", "mebibyte": "mebibyte",
    "gibibyte": "gibibyte", "milligray": "milligray", "gray": "gray",
    "british thermal unit": "british_thermal_unit", "picometre": "picometer",
    "picometer": "picometer", "decimetre": "decimeter", "decimeter": "decimeter",
    'kilometre': 'kilometer', 'kilometer': 'kilometer', 'metre': 'meter', 'meter': 'meter',
    'centimetre': 'centimeter', 'centimeter': 'centimeter', 'millimetre': 'millimeter',
    'millimeter': 'millimeter', 'micrometre': 'micrometer', 'micrometer': 'micrometer',
    'micron': 'micrometer', 'nanometre': 'nanometer', 'nanometer': 'nanometer', 'mile': 'mile',
    'nautical mile': 'nautical_mile', 'yard': 'yard', 'foot': 'foot', 'feet': 'foot',
    'inch': 'inch', 'inches': 'inch', 'light year': 'light_year', 'light-year': 'light_year',
    'square kilometre': 'kilometer ** 2', 'square kilometer': 'kilometer ** 2',
    'square metre': 'meter ** 2', 'square meter': 'meter ** 2', 'square mile': 'mile ** 2',
    'square foot': 'foot ** 2', 'square feet': 'foot ** 2', 'square inch': 'inch ** 2',
    'square inches': 'inch ** 2', 'square yard': 'yard ** 2', 'sq mile': 'mile ** 2',
    'sq metre': 'meter ** 2', 'sq meter': 'meter ** 2', 'sq kilometre': 'kilometer ** 2',
    'sq kilometer': 'kilometer ** 2', 'sq foot': 'foot ** 2', 'sq feet': 'foot ** 2',
    'square centimetre': 'centimeter ** 2', 'square centimeter': 'centimeter ** 2',
    'hectare': 'hectare', 'acre': 'acre', 'cubic metre': 'meter ** 3',
    'cubic kilometre': 'kilometer ** 3', 'cubic kilometer': 'kilometer ** 3',
    'cubic mile': 'mile ** 3', 'microgramme': 'microgram', 'radian': 'radian', 'turn': 'turn',
    'electronvolt': 'electron_volt', 'electron volt': 'electron_volt', 'watt hour': 'watt_hour',
    'watt-hour': 'watt_hour', 'cubic meter': 'meter ** 3', 'cubic foot': 'foot ** 3',
    'cubic feet': 'foot ** 3', 'cubic centimetre': 'centimeter ** 3',
    'cubic centimeter': 'centimeter ** 3', 'cubic inch': 'inch ** 3', 'cubic inches': 'inch ** 3',
    'litre': 'liter', 'liter': 'liter', 'millilitre': 'milliliter', 'milliliter': 'milliliter',
    'centilitre': 'centiliter', 'gallon': 'gallon', 'pint': 'pint', 'quart': 'quart',
    'barrel': 'oil_barrel', 'fluid ounce': 'fluid_ounce', 'teaspoon': 'teaspoon',
    'tablespoon': 'tablespoon', 'kilogram': 'kilogram', 'kilogramme': 'kilogram',
    'kilo': 'kilogram', 'gram': 'gram', 'gramme': 'gram', 'milligram': 'milligram',
    'microgram': 'microgram', 'tonne': 'metric_ton', 'metric ton': 'metric_ton', 'ton': 'ton',
    'pound': 'pound', 'ounce': 'ounce', 'stone': 'stone', 'carat': 'carat',
    'kilometres per hour': 'kilometer / hour', 'kilometers per hour': 'kilometer / hour',
    'kilometre per hour': 'kilometer / hour', 'kilometer per hour': 'kilometer / hour',
    'kilometres an hour': 'kilometer / hour', 'kilometers an hour': 'kilometer / hour',
    'miles per hour': 'mile / hour', 'miles an hour': 'mile / hour',
    'mile per hour': 'mile / hour', 'metres per second': 'meter / second',
    'meters per second': 'meter / second', 'knot': 'knot', 'degrees celsius': 'degree_Celsius',
    'degree celsius': 'degree_Celsius', 'degrees centigrade': 'degree_Celsius',
    'degrees fahrenheit': 'degree_Fahrenheit', 'degree fahrenheit': 'degree_Fahrenheit',
    'celsius': 'degree_Celsius', 'fahrenheit': 'degree_Fahrenheit', 'kelvin': 'kelvin',
    'degree': 'degree', 'watt': 'watt', 'kilowatt': 'kilowatt', 'megawatt': 'megawatt',
    'gigawatt': 'gigawatt', 'terawatt': 'terawatt', 'kilowatt hour': 'kilowatt_hour',
    'kilowatt-hour': 'kilowatt_hour', 'megawatt hour': 'megawatt_hour',
    'megawatt-hour': 'megawatt_hour', 'gigawatt hour': 'gigawatt_hour',
    'gigawatt-hour': 'gigawatt_hour', 'terawatt hour': 'terawatt_hour',
    'terawatt-hour': 'terawatt_hour', 'joule': 'joule', 'kilojoule': 'kilojoule',
    'megajoule': 'megajoule', 'calorie': 'calorie', 'kilocalorie': 'kilocalorie',
    'horsepower': 'horsepower', 'volt': 'volt', 'kilovolt': 'kilovolt', 'amp': 'ampere',
    'ampere': 'ampere', 'hertz': 'hertz', 'kilohertz': 'kilohertz', 'megahertz': 'megahertz',
    'gigahertz': 'gigahertz', 'byte': 'byte', 'kilobyte': 'kilobyte', 'megabyte': 'megabyte',
    'gigabyte': 'gigabyte', 'terabyte': 'terabyte', 'petabyte': 'petabyte', 'bit': 'bit',
    'pascal': 'pascal', 'kilopascal': 'kilopascal', 'atmosphere': 'atmosphere',
    'millisecond': 'millisecond', 'second': 'second', 'minute': 'minute', 'hour': 'hour',
    'day': 'day', 'week': 'week', 'fortnight': 'fortnight', 'month': 'month', 'year': 'year',
    'century': 'century', 'centuries': 'century', 'cup': 'cup', 'sievert': 'sievert',
    'millisievert': 'millisievert', 'microsievert': 'microsievert', 'candela': 'candela',
    'megaannum': 'megayear', 'gigaannum': 'gigayear',
}  # fmt: skip

#: Unit names that "a" or "an" counts as one ("a gallon of milk", "a kibibyte is 1,024
#: bytes"): measures only, none that idioms use loosely ("miss by a mile", "an ounce of
#: sense", "wait a minute", "a degree in law").
ONE_BY_ARTICLE = frozenset({
    "gallon", "litre", "liter", "millilitre", "milliliter", "kilogram", "kilogramme", "tonne",
    "metric ton", "kilometre", "kilometer", "metre", "meter", "centimetre", "centimeter",
    "millimetre", "millimeter", "hectare", "acre", "barrel", "kilowatt", "megawatt",
    "gigawatt", "kilowatt hour", "megawatt hour", "gigawatt hour", "kilobyte", "megabyte",
    "gigabyte", "terabyte", "petabyte", "exabyte", "kibibyte", "mebibyte", "gibibyte",
})  # fmt: skip

#: Names of a fixed quantity, and its value in a unit: "cooled to near absolute zero".
NAMED_QUANTITIES: dict[str, tuple[str, str]] = {"absolute zero": ("0", "kelvin")}

#: Unit words that stand for a multiple of the unit they map to: "two decades" = 20 years,
#: "3 bcm" = 3 billion cubic metres of gas, "5 tcf" = 5 trillion cubic feet.
#: (pint's "decade" is a logarithmic unit, not ten years.)
MULTIPLES: dict[str, int] = {"decade": 10, "bcm": 10**9, "tcf": 10**12}

#: Unit symbols and abbreviations (matched with their case as written).
UNIT_SYMBOLS: dict[str, str] = {
    "BTU": "british_thermal_unit", "Btu": "british_thermal_unit", "dm": "decimeter",
    'km': 'kilometer', 'm': 'meter', 'cm': 'centimeter', 'mm': 'millimeter', 'µm': 'micrometer',
    'μm': 'micrometer', 'nm': 'nanometer', 'mi': 'mile', 'ft': 'foot', 'yd': 'yard', 'in': 'inch',
    '"': 'inch', '″': 'inch', '′': 'foot', 'km2': 'kilometer ** 2', 'km^2': 'kilometer ** 2',
    'km^3': 'kilometer ** 3', 'km³': 'kilometer ** 3', 'km3': 'kilometer ** 3', 'μg': 'microgram',
    'km/hr': 'kilometer / hour', 'eV': 'electron_volt', 'keV': 'kiloelectron_volt',
    'MeV': 'megaelectron_volt', 'GeV': 'gigaelectron_volt', 'TeV': 'teraelectron_volt',
    'Wh': 'watt_hour', 'rad': 'radian', 'km²': 'kilometer ** 2', 'sq km': 'kilometer ** 2',
    'm2': 'meter ** 2', 'm²': 'meter ** 2', 'sq m': 'meter ** 2', 'sq ft': 'foot ** 2',
    'sq mi': 'mile ** 2', 'ha': 'hectare', 'm3': 'meter ** 3', 'm³': 'meter ** 3',
    'cm3': 'centimeter ** 3', 'cm³': 'centimeter ** 3', 'cc': 'centimeter ** 3', 'l': 'liter',
    'L': 'liter', 'ml': 'milliliter', 'mL': 'milliliter', 'cl': 'centiliter', 'gal': 'gallon',
    'bbl': 'oil_barrel', 'fl oz': 'fluid_ounce', 'tsp': 'teaspoon', 'tbsp': 'tablespoon',
    'kg': 'kilogram', 'kgs': 'kilogram', 'g': 'gram', 'mg': 'milligram', 'µg': 'microgram',
    't': 'metric_ton', 'lb': 'pound', 'lbs': 'pound', 'oz': 'ounce', 'km/h': 'kilometer / hour',
    'km per hour': 'kilometer / hour', 'km an hour': 'kilometer / hour',
    'kmh': 'kilometer / hour', 'kph': 'kilometer / hour', 'kmph': 'kilometer / hour',
    'mph': 'mile / hour', 'm/s': 'meter / second', '°C': 'degree_Celsius', 'ºC': 'degree_Celsius',
    '° C': 'degree_Celsius', '°F': 'degree_Fahrenheit', 'ºF': 'degree_Fahrenheit',
    '° F': 'degree_Fahrenheit', '° Celsius': 'degree_Celsius', '°Celsius': 'degree_Celsius',
    '° Fahrenheit': 'degree_Fahrenheit', '°Fahrenheit': 'degree_Fahrenheit', '°': 'degree',
    'W': 'watt', 'kW': 'kilowatt', 'MW': 'megawatt',
    'GW': 'gigawatt', 'TW': 'terawatt', 'kWh': 'kilowatt_hour', 'MWh': 'megawatt_hour',
    'GWh': 'gigawatt_hour', 'TWh': 'terawatt_hour', 'J': 'joule', 'kJ': 'kilojoule',
    'MJ': 'megajoule', 'kcal': 'kilocalorie', 'hp': 'horsepower', 'V': 'volt', 'kV': 'kilovolt',
    'mAh': 'milliampere_hour', 'Hz': 'hertz', 'kHz': 'kilohertz', 'MHz': 'megahertz',
    'GHz': 'gigahertz', 'kB': 'kilobyte', 'KB': 'kilobyte', 'MB': 'megabyte', 'GB': 'gigabyte',
    'TB': 'terabyte', 'PB': 'petabyte', 'Mbps': 'megabit / second', 'Gbps': 'gigabit / second',
    'Pa': 'pascal', 'kPa': 'kilopascal', 'psi': 'psi', 'atm': 'atmosphere', 'ms': 'millisecond',
    'sec': 'second', 'secs': 'second', 'min': 'minute', 'mins': 'minute', 'h': 'hour',
    'hr': 'hour', 'hrs': 'hour', 'mSv': 'millisievert', 'Sv': 'sievert', 'µSv': 'microsievert',
    'μSv': 'microsievert', 'mGy': 'milligray', 'Gy': 'gray', 'cd': 'candela', 'cds': 'candela',
    'tpd': 'metric_ton', 'Js': 'joule * second', 'Ma': 'megayear', 'Ga': 'gigayear',
    's-1': '1 / second', 's−1': '1 / second', 'fb-1': '1 / femtobarn', 'fb−1': '1 / femtobarn',
    'pb-1': '1 / picobarn', 'pb−1': '1 / picobarn', 'bpd': 'oil_barrel',
    'b/d': 'oil_barrel', 'bcm': 'meter ** 3', 'tcf': 'foot ** 3',
    # read only where the number cannot be an hour ("150 pm"; "at 2 pm" is a time of day)
    'pm': 'picometer', 'am': 'attometer',
}  # fmt: skip

#: Symbols that are ordinary words or letters too: only read right after digits, no space
#: ("5m" but not "5 m ..."). "in" is read where it cannot be the preposition.
TIGHT_SYMBOLS = frozenset(
    {"m", "l", "g", "t", "h", "V", "W", "J", "ms", '"', "″", "′", "°", "ha", "cc", "cd", "cds"}
)

#: Symbols that hold what their amount is per: "9.5 million bpd" is barrels per day, "4,500
#: tpd" tonnes per day (extra "per", as "barrels per day" and "tonnes a day" give).
PER_SYMBOLS: dict[str, str] = {"bpd": "day", "b/d": "day", "tpd": "day"}
