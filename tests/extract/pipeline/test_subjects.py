"""What a figure with no noun measures: the subject words near it (``subjects``)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_text


def _things(text: str, lang: str) -> dict[str, str]:
    return {
        c.quote: c.measure.thing
        for c in extract_text(text, language=lang, published="2024-03-05")
        if c.quantity is not None and c.measure is not None
    }


@pytest.mark.parametrize(
    ("text", "lang", "quote", "thing"),
    [
        # a length near a subject of length measures it
        ("The river rose to 7.2 metres at the gauge.", "en", "7.2 metres", "measure:water_level"),
        ("Die Flut stieg auf 7,48 Meter.", "de", "7,48 Meter", "measure:water_level"),
        # a sum of money in the same clause measures no water level ("rose"), height or
        # width, but the revenue named
        (
            "Revenue rose 1 percent to 3.63 billion euros.",
            "en",
            "3.63 billion euros",
            "money:revenue",
        ),
        ("The new tower, 300 metres high, cost $2 billion.", "en", "$2 billion", "money:cost"),
        # visibility is a length; a duration takes the subject of its sentence
        ("Die Sichtweite lag unter 50 Metern.", "de", "unter 50 Metern", "measure:visibility"),
        (
            "Visibility dropped to less than 50 metres.",
            "en",
            "less than 50 metres",
            "measure:visibility",
        ),
        (
            "Die A2 war gesperrt, insgesamt etwa acht Stunden lang.",
            "de",
            "etwa acht Stunden",
            "duration:closure",
        ),
        # until it was open again
        (
            "Die Autobahn war nach knapp vier Stunden wieder frei.",
            "de",
            "knapp vier Stunden",
            "duration:closure",
        ),
        # how long a place was without power, by more words for it
        ("The hospital lost power for about 90 minutes.", "en", "about 90 minutes",
         "duration:outage"),
        ("Das Krankenhaus war rund drei Stunden ohne Stromversorgung.", "de",
         "rund drei Stunden", "duration:outage"),
        # a length in every form of its adjective
        ("Ein etwa 40 Meter langes Stück der Planke brach.", "de", "etwa 40 Meter",
         "measure:length"),
        # what mending it takes is a cost
        ("Early estimates put the repair bill at £38 million.", "en", "£38 million",
         "money:cost"),
        ("The initial estimate of £28 million for the repairs had not changed.", "en",
         "£28 million", "money:cost"),
        # heat as power, and the time until supply was back
        ("Tausende Haushalte waren mehr als drei Tage ohne Heizung.", "de",
         "mehr als drei Tage", "duration:outage"),
        ("Die Haushalte waren nach rund 43 Stunden wieder versorgt.", "de", "rund 43 Stunden",
         "duration:outage"),
        # up to a comma only: what follows it tells how they fared
        ("Die Fahrgäste kamen erst nach neun Stunden frei, teils ohne Heizung.", "de",
         "neun Stunden", "duration"),
        # how wide a thing became
        ("Die Bruchstelle hat sich auf etwa 50 Meter verbreitert.", "de", "etwa 50 Meter",
         "measure:width"),
        ("The breach widened to about 50 metres.", "en", "about 50 metres", "measure:width"),
        # the time until what the clause tells, wherever its word stands in it
        (
            "Nach knapp vier Stunden war die Strecke in beiden Richtungen wieder frei.",
            "de",
            "knapp vier Stunden",
            "duration:closure",
        ),
        (
            "After nearly two hours, the crew were no longer trapped.",
            "en",
            "nearly two hours",
            "duration:trapped",
        ),
        # a present verb after a figure names nothing it measures
        (
            "The penalty of 1.84 billion euros comes after a complaint.",
            "en",
            "1.84 billion euros",
            "money:fine",
        ),
        # what a plan is to save, by its verb or its noun
        ("The cuts would save $1.2 billion a year.", "en", "$1.2 billion a year", "money:savings"),
        (
            "Der Konzern will 1,2 Milliarden Euro einsparen.",
            "de",
            "1,2 Milliarden Euro",
            "money:savings",
        ),
        # damage of a cause, in one German word
        (
            "Die Dürreschäden beziffert der Verband auf 150 Millionen Euro.",
            "de",
            "150 Millionen Euro",
            "money:damage",
        ),
        # how far a runaway thing rolled
        ("It rolled about 300 metres down the hill.", "en", "about 300 metres", "measure:drift"),
        ("Der Bus rollte rund 300 Meter den Hang hinunter.", "de", "rund 300 Meter",
         "measure:drift"),
        # the height of a damage: the damage, not the statement of it
        (
            "Zur Schadenshöhe machte die Polizei eine Angabe von etwa 80.000 Euro.",
            "de",
            "etwa 80.000 Euro",
            "money:damage",
        ),
        # where a thing lies below the surface, apart from how deep a thing reaches
        (
            "Miners were trapped about 300 meters underground.",
            "en",
            "about 300 meters",
            "measure:below_surface",
        ),
        (
            "Die Kumpel arbeiteten 1.200 Meter unter Tage.",
            "de",
            "1.200 Meter",
            "measure:below_surface",
        ),
        ("The cave reaches a depth of some 420 metres.", "en", "some 420 metres", "measure:depth"),
        # a distance from something: the subject word before it is the speakers'
        (
            "Rescue teams underground were about 600 feet from the chamber.",
            "en",
            "about 600 feet",
            "measure",
        ),
        (
            "Die Retter unter Tage waren noch etwa 180 Meter von der Kammer entfernt.",
            "de",
            "etwa 180 Meter",
            "measure",
        ),
        # a subject word right after a figure and its unit is that figure's, no later one's
        (
            "The wreck lies 12,500 feet below the surface, 700 kilometres south of the port.",
            "en",
            "700 kilometres",
            "measure",
        ),
        (
            "It came ashore as a Category 3 hurricane with winds of 205 km/h.",
            "en",
            "205 km/h",
            "measure:wind_speed",
        ),
        # how fast a vehicle went, never the limit it broke
        ("Der Zug fuhr mit 38 Kilometern pro Stunde in die Kurve.", "de",
         "38 Kilometern pro Stunde", "measure:speed"),
        ("Die Bahn war mit 48 Stundenkilometern unterwegs, dreimal so schnell wie die "
         "vorgeschriebenen 15 km/h.", "de", "15 km/h", "measure:speed_limit"),
        ("Erlaubt sind dort 15 Kilometer pro Stunde.", "de", "15 Kilometer pro Stunde",
         "measure:speed_limit"),
        ("The tram was travelling at 30 mph in a 15 mph zone.", "en", "30 mph",
         "measure:speed"),
        ("The tram was travelling at 30 mph in a 15 mph zone.", "en", "15 mph",
         "measure:speed_limit"),
        # how fast it hit
        ("The second train struck the stopped train ahead of it at about 15 km/h.", "en",
         "about 15 km/h", "measure:speed"),
        ("Der Zug prallte mit rund 40 km/h auf den stehenden Zug.", "de", "rund 40 km/h",
         "measure:speed"),
        # how long a fire burned, by the verbs of burning and putting out
        ("The fire burned for roughly 11 hours.", "en", "roughly 11 hours", "duration:fire"),
        ("It took crews five hours to put out the blaze.", "en", "five hours", "duration:fire"),
        ("Das Feuer brannte rund elf Stunden lang.", "de", "rund elf Stunden", "duration:fire"),
        # a time after a fire is no length of it, but a moment after it
        ("Drei Tage nach dem Brand wurde ein Mann festgenommen.", "de", "Drei Tage",
         "duration:offset"),
        # the night's temperatures are a measure of their own
        ("Die Temperaturen sanken auch nachts kaum unter 20 Grad.", "de", "unter 20 Grad",
         "measure:night_temperature"),
        ("Overnight lows stayed above 80 degrees Fahrenheit.", "en",
         "above 80 degrees Fahrenheit", "measure:night_temperature"),
        ("Temperatures reached 115 degrees Fahrenheit.", "en", "115 degrees Fahrenheit",
         "measure:temperature"),
        # degrees of a scale not written are a temperature too
        ("The temperature at the start was 77 degrees.", "en", "77 degrees",
         "measure:temperature"),
        # a body's temperature is no air temperature
        ("He collapsed with a body temperature of more than 107 degrees.", "en",
         "more than 107 degrees", "measure:body_temperature"),
        ("Ein Läufer kam mit einer Körpertemperatur von 41 Grad ins Zelt.", "de", "41 Grad",
         "measure:body_temperature"),
    ],
)  # fmt: skip
def test_a_subject_measures_only_figures_of_its_dimension(
    text: str, lang: str, quote: str, thing: str
) -> None:
    assert _things(text, lang)[quote] == thing


@pytest.mark.parametrize(
    ("text", "lang", "quote", "thing"),
    [
        (
            "Die Regierung gewährt einen Kredit in Höhe von 2 Milliarden Euro.",
            "de",
            "2 Milliarden Euro",
            "money:kredit",
        ),
        (
            "Es gibt Hilfen im Wert von 500 Millionen Euro.",
            "de",
            "500 Millionen Euro",
            "money:hilfe",
        ),
        (
            "The US approved a weapons package worth $2 billion.",
            "en",
            "$2 billion",
            "money:package",
        ),
        ("A pay rise of 25 per cent was agreed.", "en", "25 per cent", "share:rise"),
    ],
)
def test_an_amount_is_of_the_noun_before_its_amount_words(
    text: str, lang: str, quote: str, thing: str
) -> None:
    """ "in Höhe von", "worth": the noun before them, not "Höhe"."""
    assert _things(text, lang)[quote] == thing


@pytest.mark.parametrize(
    ("text", "quote", "thing"),
    [
        # a subject word in a name measures nothing where nouns are written in lower case
        ("The 300-metre Aurora Crest carried 4,000 containers.", "300-metre", "measure:length"),
        ("The 120-metre Ocean Wind sank.", "120-metre", "measure:length"),
        ("At Deep Cove the waves were 4 metres.", "4 metres", "measure"),
        # the word itself does
        ("The 2-metre crest of the flood reached the town.", "2-metre", "measure:water_level"),
        ("The waves were 4 metres deep.", "4 metres", "measure:depth"),
    ],
)
def test_a_name_names_no_subject(text: str, quote: str, thing: str) -> None:
    """ "Crest", "Wind", "Deep" in a ship's or a place's name are not what is measured."""
    assert _things(text, "en")[quote] == thing


@pytest.mark.parametrize(
    ("text", "lang", "quote", "thing"),
    [
        # a subject word before the figure before it is that figure's when this one has a
        # noun of its own
        ("Es gilt ein Radius von drei Kilometern sowie eine Überwachungszone von zehn "
         "Kilometern.", "de", "zehn Kilometern", "measure:überwachungszone"),
        ("The quake struck at a depth of 10 kilometres, and waves of up to 1 metre came.",
         "en", "up to 1 metre", "measure:wave"),
        # with none, the clause's subject still measures every figure of a list
        ("Der Wasserstand lag bei 9,5 Metern in Passau und 6,8 Metern in Regensburg.", "de",
         "6,8 Metern", "measure:water_level"),
    ],
)  # fmt: skip
def test_a_figure_takes_a_subject_of_its_own_stretch_first(
    text: str, lang: str, quote: str, thing: str
) -> None:
    assert _things(text, lang)[quote] == thing


@pytest.mark.parametrize(
    ("text", "lang", "quote", "thing"),
    [
        # a relative clause set into the main clause does not hide its subject
        ("Am Pegel Kaub, der als wichtigste Messstelle gilt, wurden 78 Zentimeter gemessen.",
         "de", "78 Zentimeter", "measure:water_level"),
        ("Core inflation, which excludes food and energy, held at 4.0 percent.", "en",
         "4.0 percent", "share:core_inflation"),
        # core inflation is a rate of its own, told from inflation
        ("Die Kerninflation lag bei 2,9 Prozent.", "de", "2,9 Prozent", "share:core_inflation"),
        ("Inflation held at 3.1 percent.", "en", "3.1 percent", "share:inflation"),
    ],
)  # fmt: skip
def test_the_subject_before_a_relative_clause_and_core_inflation(
    text: str, lang: str, quote: str, thing: str
) -> None:
    assert _things(text, lang)[quote] == thing


def test_a_relative_clause_with_no_subject_before_it_gives_none() -> None:
    """Nothing before the relative clause names a subject: the figure keeps none."""
    things = _things("Die Anlage, die 1987 gebaut wurde, misst heute 300 Meter.", "de")
    assert things.get("300 Meter") in (None, "measure")


def test_a_compound_of_revenue_is_revenue() -> None:
    """ "ein Jahresumsatz von etwa 240 Millionen Euro" is the revenue, as "Umsatz" is."""
    things = _things("Dem stand ein Jahresumsatz von etwa 240 Millionen Euro gegenüber.", "de")
    assert things["etwa 240 Millionen Euro"] == "money:revenue"


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        ("The robbers got away with £14.3 million in banknotes.", "en", "£14.3 million"),
        ("An armed gang stole more than £14 million from a cash depot.", "en",
         "more than £14 million"),
        ("Die Täter erbeuteten Schmuck im Wert von rund 4,2 Millionen Euro.", "de",
         "rund 4,2 Millionen Euro"),
        # and what a trustee embezzled
        ("A former trustee siphoned £26.3 million out of the scheme.", "en", "£26.3 million"),
        ("Der Treuhänder soll 23,6 Millionen Euro veruntreut haben.", "de",
         "23,6 Millionen Euro"),
    ],
)  # fmt: skip
def test_what_thieves_took_is_their_loot(text: str, lang: str, quote: str) -> None:
    assert _things(text, lang)[quote] == "money:loot"


def test_a_conversion_in_parentheses_does_not_hide_the_subject_after_it() -> None:
    """ "At 366 metres (1,200ft) long": the parentheses break the clause, but "long" is
    the subject of both figures."""
    things = _things("At 366 metres (1,200ft) long, it is longer than the pier.", "en")
    assert things["366 metres"] == things["1,200ft"] == "measure:length"
    water = _things("The river rose to 7.2 metres (23.6 feet) at the gauge.", "en")
    assert water["7.2 metres"] == "measure:water_level"


@pytest.mark.parametrize(
    ("text", "lang", "quote", "thing"),
    [
        ("Die Anlage mit einer Nabenhöhe von 153 Metern und je 55 Meter langen Rotorblättern.",
         "de", "153 Metern", "measure:nabenhöhe"),
        ("The tower stands 300 feet and its base 40 feet wide.", "en", "300 feet", "measure"),
        ("The tower stands 300 feet and its base 40 feet wide.", "en", "40 feet", "measure:width"),
    ],
)  # fmt: skip
def test_a_subject_after_another_figure_is_that_figure_s(
    text: str, lang: str, quote: str, thing: str
) -> None:
    assert _things(text, lang)[quote] == thing


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a relative clause with a list in it, and an apposition
        ("Core inflation, which strips out energy, food, alcohol and tobacco, eased to 3.1%.",
         "3.1%"),
        ("Core inflation, a measure that excludes volatile items, slowed to 3.2%.", "3.2%"),
    ],
)  # fmt: skip
def test_the_subject_before_an_inserted_clause(text: str, quote: str) -> None:
    assert _things(text, "en")[quote] == "share:core_inflation"


@pytest.mark.parametrize(
    ("text", "lang", "quote", "thing"),
    [
        # a figure inside a relative clause measures the noun the clause is set on
        ("Much of the damage came from the storm surge, which forecasters measured at "
         "nearly 3 metres at the point.", "en", "nearly 3 metres", "measure:surge"),
        ("The death toll, which stood at 158 on Monday, rose to 170.", "en", "158", "dead"),
        ("Die Zahl der Toten, die am Montag bei 158 lag, stieg auf 170.", "de", "158", "dead"),
    ],
)  # fmt: skip
def test_a_figure_in_a_relative_clause_is_of_the_noun_before_it(
    text: str, lang: str, quote: str, thing: str
) -> None:
    assert _things(text, lang)[quote] == thing


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        # "der" before a capitalised noun is its article, no relative pronoun
        ("Den größten Posten machten Preissteigerungen aus, der Baupreisindex sei seit "
         "2019 um rund 40 Prozent gestiegen.", "de", "rund 40 Prozent"),
        # the clause before has a figure of its own: it is that figure's
        ("The nine survivors, who range in age from 23 to 61, all worked at the mine.",
         "en", "from 23 to 61"),
    ],
)  # fmt: skip
def test_no_noun_before_a_relative_clause_is_taken_past_an_article_or_a_figure(
    text: str, lang: str, quote: str
) -> None:
    assert _things(text, lang).get(quote) in (None, "share", "measure", "age")


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        ("Its epicentre was 62 km northwest of Arequipa.", "en", "62 km"),
        ("Das Epizentrum lag etwa 72 Kilometer südwestlich von Marrakesch.", "de",
         "etwa 72 Kilometer"),
    ],
)  # fmt: skip
def test_a_distance_near_an_epicentre_is_the_epicentres(text: str, lang: str, quote: str) -> None:
    assert _things(text, lang)[quote] == "measure:epicentre"


@pytest.mark.parametrize(
    ("text", "lang", "quote", "thing"),
    [
        # a share of voters who took part is the turnout
        ("Rund 52 Prozent der Stimmberechtigten beteiligten sich an der Abstimmung.", "de",
         "Rund 52 Prozent", "share:turnout"),
        ("About 52 percent of eligible voters took part in the vote.", "en",
         "About 52 percent", "share:turnout"),
        # a share of voters who voted one way is no share of all voters
        ("60 Prozent der Wähler stimmten mit Nein.", "de", "60 Prozent",
         "share:voter:voted_against"),
        ("Some 60 percent of voters voted against the measure.", "en", "Some 60 percent",
         "share:voter:voted_against"),
        ("Mehr als die Hälfte der Stimmberechtigten blieb zu Hause.", "de",
         "Mehr als die Hälfte", "share"),
        # the label before a colon names what the figure measures
        ("Die Wahlbeteiligung: nur 47 Prozent.", "de", "47 Prozent", "share:turnout"),
        ("Turnout: just 47 percent.", "en", "47 percent", "share:turnout"),
        ("Das Hallenbad hätte 43 Millionen Euro gekostet.", "de", "43 Millionen Euro",
         "money:cost"),
        # an exhibition's floor space is an area, however its compound is written
        ("Die Ausstellungsfläche umfasst 52.000 Quadratmeter.", "de", "52.000 Quadratmeter",
         "measure:area"),
        ("Die Messe belegt eine Ausstellungsfläche von 42.000 Quadratmetern.", "de",
         "42.000 Quadratmetern", "measure:area"),
        # the same drug by any name
        ("Die Fahnder fanden 52 Kilo Koks.", "de", "52 Kilo", "measure:cocaine"),
        ("Police seized 312 kilograms of cocaine.", "en", "312 kilograms", "measure:cocaine"),
        # a word for a value names nothing: the reading is of what stands before it
        ("Die Feuerwehr maß Kohlenmonoxidwerte von bis zu 380 ppm.", "de", "bis zu 380 ppm",
         "measure:kohlenmonoxid"),
        ("Crews measured carbon monoxide levels of up to 400 ppm.", "en", "up to 400 ppm",
         "measure:monoxide"),
        ("Crews measured up to 1,400 ppm of carbon monoxide.", "en", "up to 1,400 ppm",
         "measure:monoxide"),
        # how long a standoff lasted
        ("The attack sparked an eight-hour standoff with police.", "en", "eight-hour",
         "duration:standoff"),
        ("Die Geiselnahme dauerte fast fünf Stunden.", "de", "fast fünf Stunden",
         "duration:standoff"),
        ("The standoff lasted six hours before the gunman surrendered.", "en", "six hours",
         "duration:standoff"),
        # how far something fell, said before the figure (after it, rain fell)
        ("The envelope caught fire, and the basket fell about 100 feet.", "en",
         "about 100 feet", "measure:fall"),
        ("Der Kletterer stürzte rund 30 Meter in die Tiefe.", "de", "rund 30 Meter",
         "measure:fall"),
        ("Its central span dropped some 40 metres into the river.", "en", "some 40 metres",
         "measure:fall"),
        ("The bus hit the water after a 20-metre drop.", "en", "20-metre", "measure:fall"),
        # how far below the road a vehicle ended, or down a slope
        ("The bus came to rest about 40 metres below the road.", "en", "about 40 metres",
         "measure:fall"),
        ("Der Bus blieb rund 40 Meter unterhalb der Fahrbahn liegen.", "de", "rund 40 Meter",
         "measure:fall"),
        ("It slid about 12 feet down the embankment.", "en", "about 12 feet", "measure:fall"),
        # how far something drifted
        ("Das Schiff trieb etwa drei Kilometer flussabwärts.", "de", "etwa drei Kilometer",
         "measure:drift"),
        ("The barge drifted about 300 metres before it ran aground.", "en", "about 300 metres",
         "measure:drift"),
        # the height a fall set out from is how far it fell (with no fall, a height)
        ("Der Arbeiter stürzte aus rund zwölf Metern Höhe vom Gerüst.", "de",
         "rund zwölf Metern", "measure:fall"),
        ("Der Mann stürzte aus einer Höhe von zwölf Metern.", "de", "zwölf Metern",
         "measure:fall"),
        ("Aus 300 Metern Höhe filmte die Drohne den Brand.", "de", "300 Metern",
         "measure:height"),
        ("The worker fell from a height of about 10 metres.", "en", "about 10 metres",
         "measure:fall"),
        ("He fell 40 feet from the roof.", "en", "40 feet", "measure:fall"),
        ("The fire broke out about 600 feet from the chamber.", "en", "about 600 feet",
         "measure"),
        # a level a fall reached is no fall
        ("The water level fell to 2 metres.", "en", "2 metres", "measure:water_level"),
        ("On Sunday, 1.8 inches fell at the visitor center.", "en", "1.8 inches", "measure"),
        # after it, a phrase that says how deep is a fall too, never a thing's depth
        ("Knapp vier Meter tief fielen die Gäste auf die Terrasse.", "de", "Knapp vier Meter",
         "measure:fall"),
        ("Der Balkon war 1,30 Meter tief.", "de", "1,30 Meter", "measure:depth"),
        # how long a trial is to last, and a term of prison after one
        ("The trial, which is expected to last eight weeks, continues.", "en", "eight weeks",
         "duration:trial"),
        ("Der Prozess soll acht Wochen dauern.", "de", "acht Wochen", "duration:trial"),
        ("He was jailed for eight years after a trial.", "en", "eight years",
         "duration:prison_term"),
        # how long a match stood still
        ("Der Schiedsrichter unterbrach die Partie für zwölf Minuten.", "de", "zwölf Minuten",
         "duration:interruption"),
        ("Play was suspended for about 20 minutes.", "en", "about 20 minutes",
         "duration:interruption"),
        ("Rail services were suspended for three hours.", "en", "three hours", "duration"),
        # that long before or after an event: a moment, the length of nothing
        ("Die Fanzone schloss rund vier Stunden vor dem Anpfiff.", "de", "rund vier Stunden",
         "duration:offset"),
        ("Der Streik begann 40 Minuten nach der Explosion.", "de", "40 Minuten",
         "duration:offset"),
        ("The gates closed two hours ahead of kickoff.", "en", "two hours", "duration:offset"),
        # "after" and "before" make a moment only of a length that opens its sentence
        ("Five days after the dam failed, residents are shovelling mud.", "en", "Five days",
         "duration:offset"),
        ("About two hours after the blast, crews arrived.", "en", "About two hours",
         "duration:offset"),
        # a place named like an adjective of size is no subject ("Hohenmoor": no height)
        ("An der Wetterstation Hohenmoor wurden nur 96 Millimeter gemessen.", "de",
         "96 Millimeter", "measure"),
        ("Der Turm ist 96 Meter hoch, der hohe Mast 120 Meter.", "de", "96 Meter",
         "measure:height"),
        # what the sentence before a colon announces, however far back its word stands
        ("Die stärkste Böe hat der Wetterdienst um 1.20 Uhr an seiner Station auf der 1.024 "
         "Meter hohen Hohen Kanzel gemessen: 152 km/h.", "de", "152 km/h", "measure:gust"),
        # a sum that is its sentence's first figure is what the sentence names before it,
        # past the commas of a list, never what it names after it
        ("The company estimated the cost of passenger compensation, rebooking and "
         "accommodation at £59 million.", "en", "£59 million", "money:compensation"),
        ("Die Stadtwerke beziffern die Kosten für Laboruntersuchungen, Chlorung, Netzspülung "
         "und Ersatzwasser auf rund 250.000 Euro.", "de", "rund 250.000 Euro", "money:cost"),
        ("Analysts estimated total insured losses at $600 million to $1 billion, excluding "
         "the cost of rebuilding the bridge.", "en", "$600 million to $1 billion", "money"),
        # a storm's top wind
        ("Mit 162 km/h fegte Orkan Marlene über die Halbinsel.", "de", "162 km/h",
         "measure:gust"),
    ],
)  # fmt: skip
def test_a_share_of_people_counts_what_its_clause_says_they_did(
    text: str, lang: str, quote: str, thing: str
) -> None:
    assert _things(text, lang)[quote] == thing


@pytest.mark.parametrize(
    ("text", "lang", "quote", "thing"),
    [
        # a share of GDP is keyed by what it is the ratio of
        ("The budget deficit of C$42.8 billion is equal to 1.4% of gross domestic product.",
         "en", "1.4%", "share:gdp:deficit"),
        ("Budget documents put the shortfall at about 1.7 per cent of GDP.", "en",
         "about 1.7 per cent", "share:gdp:deficit"),
        ("Defence spending, currently about 1.4 per cent of GDP, is to rise.", "en",
         "about 1.4 per cent", "share:gdp:spending"),
        ("Das Defizit soll 2,5 Prozent des Bruttoinlandsprodukts betragen.", "de",
         "2,5 Prozent", "share:gdp:deficit"),
        ("Die Verteidigungsausgaben liegen bei 2 Prozent des BIP.", "de", "2 Prozent",
         "share:gdp:spending"),
        # "des" opens the whole a share is of
        ("Rund 60 Prozent des Umsatzes stammen aus dem Ausland.", "de", "Rund 60 Prozent",
         "share:Umsatz"),
    ],
)  # fmt: skip
def test_a_share_of_gdp_is_keyed_by_what_it_is_the_ratio_of(
    text: str, lang: str, quote: str, thing: str
) -> None:
    assert _things(text, lang)[quote] == thing


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a term glued to an instrument names a kind of it, no duration to compare
        ("Yields on two-year Treasury notes fell slightly.", "en"),
        ("The yield on the 10-year Treasury note was little changed.", "en"),
        ("Eine 30-jährige Hypothek kostet mehr.", "de"),
    ],
)
def test_a_maturity_is_no_duration(text: str, lang: str) -> None:
    assert not any(t.startswith("duration") for t in _things(text, lang).values())


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [
        # what a spill is of, and the coast it reaches, by any of their words
        ("About 5,900 barrels of oil had spilled.", "An estimated 1,300 tonnes of crude escaped.",
         "en"),
        ("Oil came ashore along 61 kilometres of coastline.",
         "The slick had reached 58 miles of shoreline.", "en"),
        ("Rund 60.000 Liter Öl sind ausgelaufen.", "Rund 60.000 Liter Rohöl sind ausgelaufen.",
         "de"),
        ("Das Öl verschmutzte 40 Kilometer Küste.",
         "Das Öl verschmutzte 40 Kilometer Küstenlinie.", "de"),
    ],
)  # fmt: skip
def test_one_measured_thing_by_two_words(first: str, second: str, language: str) -> None:
    keys = []
    for text in (first, second):
        (claim,) = [c for c in extract_text(text, language=language) if c.quantity is not None]
        assert claim.measure is not None
        keys.append(claim.measure.key)
    assert keys[0] == keys[1] != "measure"


def test_a_volume_of_no_substance_takes_its_articles_one_substance() -> None:
    claims = extract_text(
        "The tanker drifted about 3 miles. Up to 9,500 barrels may have leaked. About "
        "600,000 barrels of crude oil were aboard.",
        language="en",
    )
    things = {c.quote: c.measure.thing for c in claims if c.measure is not None}
    assert things["Up to 9,500 barrels"] == things["About 600,000 barrels"] == "measure:oil"
    assert things["about 3 miles"] == "measure:drift"  # a length is no amount of oil
    (leaked,) = [c for c in claims if c.quote == "Up to 9,500 barrels"]
    assert leaked.measure is not None and leaked.measure.inferred


def test_a_volume_of_no_substance_stays_bare_beside_two_substances() -> None:
    claims = extract_text(
        "Up to 9,500 barrels leaked. The ship carried 600,000 barrels of oil and 2,000 "
        "tonnes of diesel.",
        language="en",
    )
    (leaked,) = [c for c in claims if c.quote == "Up to 9,500 barrels"]
    assert leaked.measure is not None and leaked.measure.thing == "measure"


@pytest.mark.parametrize(
    ("text", "lang", "owners"),
    [
        (
            "Der Kreis richtet eine Schutzzone mit einem Radius von drei Kilometern und eine "
            "Überwachungszone mit einem Radius von rund zehn Kilometern ein.",
            "de",
            [("schutzzone",), ("überwachungszone",)],
        ),
        (
            "Officials set up a protection zone with a radius of 3 km and a surveillance zone "
            "with a radius of about 10 km.",
            "en",
            [("protection zone",), ("surveillance zone",)],
        ),
        # "hat einen Radius von", also before a relative clause
        ("Das Sperrgebiet hat einen Radius von 15 Kilometern.", "de", [("sperrgebiet",)]),
        ("The restricted zone has a radius of 15 km.", "en", [("restricted zone",)]),
        ("Der Kreis richtet eine Sperrzone II ein, die einen Radius von 15 Kilometern umfasst.",
         "de", [("sperrzone",)]),
        ("Es gilt ein Radius von 15 Kilometern.", "de", [()]),
        # the subject word after the figure, or "im" for "mit einem"
        ("In der Schutzzone mit drei Kilometer Radius liegen Höfe.", "de", [("schutzzone",)]),
        ("Die Überwachungszone im Umkreis von zehn Kilometern reicht weit.", "de",
         [("überwachungszone",)]),
        # a thing of a known concept by its concept: a zone's residents and its population
        ("Anwohner im Umkreis von fünf Kilometern sollten Fenster schließen.", "de",
         [("inhabitant",)]),
        ("Die Bevölkerung in einem Umkreis von 15 Kilometern wurde gewarnt.", "de",
         [("inhabitant",)]),
    ],
)  # fmt: skip
def test_a_measure_named_with_its_thing_is_that_things_measure(
    text: str, lang: str, owners: list[tuple[str, ...]]
) -> None:
    """Two zones with a radius each: two radii, of two things."""
    claims = [c for c in extract_text(text, language=lang) if c.quantity is not None]
    claims = [c for c in claims if c.measure is not None and c.measure.key == "measure:radius"]
    assert len(claims) == len(owners)
    assert [c.measure.content for c in claims if c.measure] == owners


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Gegen 3 Uhr erreichte der Pegel Hollstedt mit 6,48 Meter seinen Höchststand.",
         "6,48 Meter"),
        ("Der Pegel hatte in der Nacht zu Freitag mit 6,84 Metern seinen Höchststand erreicht.",
         "6,84 Metern"),
    ],
)  # fmt: skip
def test_a_name_before_mit_is_no_thing_the_measure_is_of(text: str, quote: str) -> None:
    """Only a noun with its article owns the measure after "mit" ("die Schutzzone mit drei
    Kilometer Radius"): a gauge's name or a weekday does not."""
    (claim,) = [c for c in extract_text(text, language="de") if c.quote == quote]
    assert claim.measure is not None and claim.measure.key == "measure:water_level"
    assert claim.measure.content == ()


def test_radii_of_two_zones_are_no_conflict() -> None:
    from factcheck.load import read_article
    from factcheck.report import report_from

    texts = (
        "Um den Hof gilt eine Schutzzone mit einem Radius von drei Kilometern.",
        "Um den Hof gilt eine Überwachungszone mit einem Radius von 15 Kilometern.",
        "Um den Hof gilt eine Schutzzone mit einem Radius von fünf Kilometern.",
    )
    articles = [read_article(t, id=i, language="de") for i, t in zip("abc", texts, strict=True)]
    assert report_from(articles[:2]).discrepancies == ()
    assert len(report_from([articles[0], articles[2]]).discrepancies) == 1
    # a zone "in force since Friday" is no running total: 10 and 15 km conflict
    since = read_article(
        "Es gilt die seit Freitag geltende Überwachungszone mit einem Radius von 15 Kilometern.",
        id="d",
        language="de",
        published="2024-12-09",
    )
    ten = read_article(
        "Um den Hof gilt eine Überwachungszone mit einem Radius von zehn Kilometern.",
        id="e",
        language="de",
        published="2024-12-09",
    )
    assert len(report_from([since, ten]).discrepancies) == 1


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("The 42-meter-high dam holds the river.", "en", "measure:height"),
        ("A 300-foot-tall tower collapsed.", "en", "measure:height"),
        ("Der 42-Meter-hohe Damm hält.", "de", "measure:height"),
        ("The 985-foot Dali hit the bridge.", "en", "measure:length"),  # no word glued on
    ],
)
def test_a_subject_word_glued_to_a_measure_names_what_it_measures(
    text: str, lang: str, key: str
) -> None:
    (claim,) = [c for c in extract_text(text, language=lang) if c.quantity is not None]
    assert claim.measure is not None and claim.measure.key == key


@pytest.mark.parametrize(
    ("text", "lang", "quote", "thing"),
    [
        # the noun after "in"/"an" names what the money is
        ("The state awarded the firm $4.5 million in job-creation tax credits.", "en",
         "$4.5 million", "money:credit"),
        ("The EU pledged $2 billion in aid for the region.", "en", "$2 billion", "money:aid"),
        ("Der Bund zahlte 4,5 Millionen Euro an staatlichen Fördergeldern.", "de",
         "4,5 Millionen Euro", "money:fördergeld"),
        # a time, a number, two nouns joined or an adverb after it name nothing
        ("The company earned $5 million in the first quarter.", "en", "$5 million", "money"),
        ("It paid $3 million in one year.", "en", "$3 million", "money"),
        ("It caused $9 billion in property and capital losses.", "en", "$9 billion", "money"),
        ("The state wants $3.1 million in tax credits already paid back.", "en",
         "$3.1 million", "money:credit"),
    ],
)  # fmt: skip
def test_the_noun_after_a_sum_of_money_names_it(
    text: str, lang: str, quote: str, thing: str
) -> None:
    assert _things(text, lang)[quote] == thing


@pytest.mark.parametrize(
    ("text", "lang", "quote", "thing"),
    [
        # a bare length in the clause of a jam is the jam's, however near "lang" stands
        ("Der Stau ist inzwischen rund acht Kilometer lang.", "de", "rund acht Kilometer",
         "measure:jam"),
        ("The tailback on the motorway was eight miles long.", "en", "eight miles",
         "measure:jam"),
        # without one, a length of the road works stays a bare length
        ("Die Autobahn ist auf etwa sechs Kilometern Länge verengt.", "de",
         "etwa sechs Kilometern", "measure:length"),
        ("The bridge is 486 metres long.", "en", "486 metres", "measure:length"),
    ],
)  # fmt: skip
def test_the_length_of_a_jam_is_the_jams(text: str, lang: str, quote: str, thing: str) -> None:
    assert _things(text, lang)[quote] == thing


@pytest.mark.parametrize(
    ("text", "lang", "quote", "part"),
    [
        # a sum after a possessive of one owner is that party's, a part
        ("Inhaber Sauter beziffert seinen Schaden auf rund 2,5 Millionen Euro.", "de",
         "rund 2,5 Millionen Euro", True),
        ("The owner estimated his damage at $2 million.", "en", "$2 million", True),
        # a plural owner may be everyone; a length is no sum
        ("Die Winzer beziffern ihren Schaden auf rund 28 Millionen Euro.", "de",
         "rund 28 Millionen Euro", False),
        ("Its epicentre was about seven miles northeast of town.", "en",
         "about seven miles", False),
    ],
)  # fmt: skip
def test_a_sum_of_one_owner_is_a_part(text: str, lang: str, quote: str, part: bool) -> None:
    from factcheck.lang.concepts import PART_SCOPE

    (claim,) = [c for c in extract_text(text, language=lang) if c.quote == quote]
    assert claim.measure is not None
    assert (PART_SCOPE in claim.measure.scope) is part


@pytest.mark.parametrize(
    ("text", "language", "quote", "key"),
    [
        ("Five people were killed in the crash: the pilot, Owen Treadgold, and four "
         "passengers.", "en", "four passengers", "dead:passenger"),
        ("Fünf Menschen starben: der Pilot und vier Passagiere.", "de", "vier Passagiere",
         "dead:passenger"),
        # those on board stay passengers; a list item's own role stays its own
        ("Seven people were on board: the pilot and six passengers.", "en", "six passengers",
         "passenger"),
        ("Five people were killed: the pilot died, and four passengers were rescued.", "en",
         "four passengers", "rescued:passenger"),
        # no whole before the colon
        ("Among the passengers: four children.", "en", "four children", "aboard:child"),
        # every item of the list, and after a dash too
        ("Insgesamt wurden 20 Menschen verletzt: 14 Gefangene und sechs Bedienstete.", "de",
         "sechs Bedienstete", "injured:employee"),
        ("Insgesamt wurden 20 Menschen behandelt – 14 Gefangene und sechs Bedienstete.",
         "de", "sechs Bedienstete", "treated:employee"),
        ("Eleven people were injured - eight inmates and three guards.", "en",
         "three guards", "injured:lemma:guard"),
        ("Eleven people were injured — eight inmates and three guards.", "en",
         "eight inmates", "injured:prisoner"),
        # after a comma, when the list adds up to the whole
        ("Demnach wurden 14 Menschen verletzt, elf Bewohner sowie drei Beschäftigte.", "de",
         "drei Beschäftigte", "injured:employee"),
        ("Five people were hurt, two adults and three children.", "en", "three children",
         "injured:child"),
        ("14 Menschen wurden verletzt, drei Beschäftigte waren im Dienst.", "de",
         "drei Beschäftigte", "employee"),
        # a figure above the whole is none of its parts
        ("Two people died: police deployed 300 officers to the scene.", "en", "300 officers",
         "police_officer"),
        ("Zwei Menschen starben – 14 Gefangene und 300 Bedienstete waren im Gebäude.", "de",
         "300 Bedienstete", "employee"),
    ],
)  # fmt: skip
def test_a_list_after_a_colon_takes_the_whole_s_role(
    text: str, language: str, quote: str, key: str
) -> None:
    """ "Five people were *killed*: the pilot and four passengers": what befell the whole
    before the colon befell its parts (``pipeline.subjects.list_role``)."""
    (c,) = [c for c in extract_text(text, language=language) if c.quote == quote]
    assert c.measure is not None and c.measure.key == key


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        ("Das Bad war 2019 für 4,6 Millionen Euro saniert worden.", "de", "4,6 Millionen Euro"),
        ("The pool was renovated in 2019 for $4.6 million.", "en", "$4.6 million"),
    ],
)
def test_what_a_renovation_cost_is_its_own_subject(text: str, lang: str, quote: str) -> None:
    assert _things(text, lang)[quote] == "money:renovation"


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        ("Die Anlage war 2014 für 58 Millionen Euro installiert worden.", "de",
         "58 Millionen Euro"),
        ("The baggage system, which was installed for $58 million, is out of action.", "en",
         "$58 million"),
        ("The bridge was built for $12 million in 1998.", "en", "$12 million"),
    ],
)  # fmt: skip
def test_what_a_thing_was_built_or_bought_for_is_its_cost(text: str, lang: str, quote: str) -> None:
    assert _things(text, lang)[quote] == "money:cost"


@pytest.mark.parametrize(
    ("text", "lang", "quote", "key"),
    [
        ("Das Kind war fast 40 Minuten unter der Eisdecke gewesen.", "de", "fast 40 Minuten",
         "duration:submerged"),
        ("A driver was trapped for nearly two hours in his van.", "en", "nearly two hours",
         "duration:trapped"),
        ("They had been stuck for nearly two hours in the tunnel.", "en", "nearly two hours",
         "duration:trapped"),
        ("Die Fahrgäste hatten knapp zwei Stunden im Tunnel festgesessen.", "de",
         "knapp zwei Stunden", "duration:trapped"),
        # how long it took to free them ("nach rund zwei Stunden befreit")
        ("Die Frau wurde nach rund zwei Stunden befreit.", "de", "rund zwei Stunden",
         "duration:rescue"),
        ("The woman was freed after more than five hours.", "en", "more than five hours",
         "duration:rescue"),
        # streets under water; the verb closing a German clause, farther than most
        ("Die Straßen waren rund 16 Stunden überflutet.", "de", "rund 16 Stunden",
         "duration:submerged"),
        ("Rund sechs Stunden lang standen Teile der Altstadt unter Wasser.", "de",
         "Rund sechs Stunden", "duration:submerged"),
        # how long it took to get everyone out, how long crews fought a fire
        ("The transfer took about 90 minutes.", "en", "about 90 minutes",
         "duration:evacuation"),
        ("The operation to move everyone off the ferry took more than four hours.", "en",
         "more than four hours", "duration:evacuation"),
        ("Die Evakuierung des Zuges dauerte rund zweieinhalb Stunden.", "de",
         "rund zweieinhalb Stunden", "duration:evacuation"),
        ("Fire crews fought the blaze for about three hours.", "en", "about three hours",
         "duration:fire"),
        # (a nearer word first: stuck for hours after the power failed is no outage)
        ("Passengers were trapped for three hours and 40 minutes after the power failed.",
         "en", "three hours and 40 minutes", "duration:trapped"),
        # a length near the word is no duration's
        ("Six men were trapped 300 meters underground.", "en", "300 meters",
         "measure:below_surface"),
    ],
)  # fmt: skip
def test_how_long_someone_was_trapped_or_under_water_is_its_own_duration(
    text: str, lang: str, quote: str, key: str
) -> None:
    assert _things(text, lang)[quote] == key


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        ("The cars left the track about 30 feet above the ground.", "en", "about 30 feet"),
        ("Die Schirme stießen in rund 150 Metern über Grund zusammen.", "de", "rund 150 Metern"),
    ],
)
def test_how_far_above_the_ground_is_a_height(text: str, lang: str, quote: str) -> None:
    assert _things(text, lang)[quote] == "measure:height"


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        ("Officials said the fire had scorched 21,400 acres.", "en", "21,400 acres"),
        ("The wildfire has burned more than 5,000 hectares.", "en", "more than 5,000 hectares"),
        ("Der Waldbrand hat inzwischen 300 Hektar erfasst.", "de", "300 Hektar"),
    ],
)
def test_the_area_a_fire_burned_is_an_area(text: str, lang: str, quote: str) -> None:
    """ "the fire had *scorched* 21,400 acres": the area of the story's fire, set against
    another article's, no area of nothing named."""
    assert _things(text, lang)[quote] == "measure:area"


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        ("Ein Atemalkoholtest ergab nach Polizeiangaben einen Wert von 1,4 Promille.", "de",
         "1,4 Promille"),
        ("Der Bootsführer hatte 0,4 Promille Alkohol im Atem.", "de", "0,4 Promille"),
        ("A breath test showed a blood alcohol level of 1.4 per mille.", "en", "1.4 per mille"),
    ],
)  # fmt: skip
def test_a_per_mille_of_alcohol_is_a_blood_alcohol_level(text: str, lang: str, quote: str) -> None:
    """ "1,4 Promille" against "0,4 Promille" in another article: one test, two readings."""
    assert _things(text, lang)[quote] == "measure:blood_alcohol"


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        ("Firefighters recorded readings as high as 400 parts per million.", "en",
         "as high as 400 parts per million"),
        ("Crews measured levels as high as 1,400 ppm in the pool area.", "en",
         "as high as 1,400 ppm"),
        ("Die Feuerwehr maß Werte von bis zu 400 ppm.", "de", "bis zu 400 ppm"),
        ("Die Feuerwehr maß Messwerte von bis zu 400 ppm.", "de", "bis zu 400 ppm"),
    ],
)  # fmt: skip
def test_a_reading_of_nothing_named_is_a_concentration(text: str, lang: str, quote: str) -> None:
    """ "readings as high as 400 parts per million" against "levels as high as 1,400": one
    gas, two readings."""
    assert _things(text, lang)[quote] == "measure:concentration"


@pytest.mark.parametrize(
    ("text", "quote", "key"),
    [
        # the noun after a measure names its subject only when the unit can measure it
        ("An 800-metre exclusion zone was set up.", "800-metre", "measure:length"),
        ("Drivers face a 30 km/h limit.", "30 km/h", "measure:speed_limit"),
    ],
)
def test_a_noun_names_a_measure_s_subject_of_its_dimension(text: str, quote: str, key: str) -> None:
    (c,) = [c for c in extract_text(text, language="en") if c.quote == quote]
    assert c.measure is not None and c.measure.key == key
