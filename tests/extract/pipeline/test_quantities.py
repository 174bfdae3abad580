"""The pipeline's quantity assembly: what a number counts or measures."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import extract_text
from factcheck.models import Measure


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        ("Deaths passed 5,000 after the 7.8-magnitude temblor hit the district.", "en", "7.8"),
        ("The 7.8 magnitude quake killed 5,000 people.", "en", "7.8"),
        ("Das Beben der Stärke 7,8 tötete 5000 Menschen.", "de", "7,8"),
        ("The density stood at 7.72 to 8.39 people per square metre.", "en", "7.72 to 8.39"),
    ],
)
def test_a_figure_with_decimals_and_no_scale_word_counts_nothing(
    text: str, lang: str, quote: str
) -> None:
    from factcheck.extract import extract_text

    claims = {c.quote: c for c in extract_text(text, language=lang, published="2024-03-05")}
    assert claims[quote].measure is None


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("About 1.5 million people fled the floods.", "en", "displaced"),
        ("Rund 2,3 Millionen Menschen flohen.", "de", "displaced"),
    ],
)
def test_a_scaled_figure_with_decimals_is_a_count(text: str, lang: str, concept: str) -> None:
    from factcheck.extract import extract_text

    (claim,) = [c for c in extract_text(text, language=lang) if c.quantity is not None]
    assert claim.measure is not None and claim.measure.concept == concept


@pytest.mark.parametrize(
    ("text", "language", "whole", "concept"),
    [
        ("At least 150 of the village's 1,800 residents were killed.", "en", "1,800", "inhabitant"),
        ("Twelve of the 40 passengers were injured.", "en", "40", "passenger"),
        ("Mindestens 150 der 1800 Einwohner kamen ums Leben.", "de", "1800", "inhabitant"),
        ("Von den 1800 Einwohnern des Dorfes starben mindestens 150.", "de", "1800", "inhabitant"),
        ("Zwölf der 40 Passagiere wurden verletzt.", "de", "40", "passenger"),
        # the set's own words still name what it is
        ("Of the 196 people injured, 10 were still in hospital.", "en", "196", "injured"),
        # no part before "of the": the verb's role is the figure's
        ("The deaths of the 3 climbers were confirmed.", "en", "3", "dead:lemma:climber"),
    ],
)  # fmt: skip
def test_the_whole_a_part_is_taken_from_is_not_what_the_verb_counts(
    text: str, language: str, whole: str, concept: str
) -> None:
    assert _concept_of(text, language, whole) == concept


def _concept_of(text: str, language: str, figure: str) -> str | None:
    """The concept of the one claim quoting ``figure`` (which must have a measure)."""
    from factcheck import extract_text

    (claim,) = [c for c in extract_text(text, language=language) if figure in c.quote]
    assert claim.measure is not None
    return claim.measure.concept


@given(st.text(alphabet="ab 12,.'softhe", max_size=90), st.integers(0, 90))
@settings(max_examples=300, deadline=None)
def test_the_whole_test_reads_a_bounded_window(prefix: str, cut: int) -> None:
    """The answer depends only on the last WHOLE_BEFORE characters before the number
    and on whether the sentence starts within them."""
    from factcheck.extract.pipeline.parts import WHOLE_BEFORE, whole_of_part

    text = prefix + "7"
    start = len(prefix)
    a = min(cut, start)
    far = "z" * 500 + text
    same = whole_of_part(text, a, start, "en")
    if start - a > WHOLE_BEFORE:
        assert same == whole_of_part(far, 0, len(far) - 1, "en")
    assert same == whole_of_part("q " + text, a + 2, start + 2, "en")


@pytest.mark.parametrize(
    ("text", "language", "figure", "concept"),
    [
        ("Die Zahl der Arbeitslosen stieg im Juli auf 2,81 Millionen.", "de", "2,81",
         "lemma:arbeitslose"),
        ("The number of asylum applications fell to 250,000.", "en", "250,000",
         "lemma:application"),
        # the figure's own stretch only: "die der Verletzten" names the injured
        ("Die Zahl der Toten stieg auf 30, die der Verletzten auf 120.", "de", "120",
         "injured"),
        # the level a change reached, the change's size between them
        ("Die Zahl der Wohnungen sank um 17,8 Prozent auf 215.900.", "de", "215.900",
         "apartment"),
        ("The number of homes fell 17.8 percent to 215,900.", "en", "215,900", "building"),
        # past a noun group and what it is linked to
        ("The number of confirmed cryptosporidium cases linked to the town's water supply "
         "has risen to 47.", "en", "47", "case"),
    ],
)  # fmt: skip
def test_a_bare_number_counts_the_noun_its_clause_names_the_number_of(
    text: str, language: str, figure: str, concept: str
) -> None:
    assert _concept_of(text, language, figure) == concept


@pytest.mark.parametrize(
    ("text", "language", "concept"),
    [
        ("The ship had a crew of 21, the agency said.", "en", "crew"),
        ("The ship had 22 crew members on board.", "en", "crew"),
        ("Das Schiff hatte eine Besatzung von 21, sagte ein Sprecher.", "de", "crew"),
        ("An Bord waren 22 Besatzungsmitglieder.", "de", "crew"),
        # a ship's seafarers are its crew
        ("The ship had 21 seafarers on board.", "en", "crew"),
        ("Nach Angaben der Reederei waren 21 Seeleute an Bord.", "de", "crew"),
        ("The town has a population of 12,000.", "en", "inhabitant"),
        # a cue of the clause does not outweigh the noun the count is of
        ("The ship had a crew of 21 and 300 passengers.", "en", "crew"),
        # what happened to them does
        ("A crew of 21 died.", "en", "dead"),
    ],
)
def test_a_bare_count_counts_the_noun_it_is_of(text: str, language: str, concept: str) -> None:
    assert _first_measure(text, language).concept == concept


def test_a_length_glued_to_its_noun_is_the_nouns_length() -> None:
    """ "the 985-foot Dali" and "the Dali is 948 feet long" both give the ship's length."""
    glued = _first_measure("The 985-foot Dali sailed.", "en")
    said = _first_measure("The Dali, which is 948 feet long, sailed.", "en")
    assert glued.concept == said.concept == "measure:length"


@pytest.mark.parametrize(
    ("text", "language", "thing"),
    [
        # an area of a thing named, or named an area, is an area
        ("Die rund 8000 Quadratmeter große Halle brannte nieder.", "de", "measure:area"),
        ("Die Halle mit einer Fläche von rund 5000 Quadratmetern brannte.", "de", "measure:area"),
        ("Das Feuer hat rund 500 Hektar Wald zerstört.", "de", "measure:area"),
        # and so is the area a fire burned
        ("The fire has burned more than 23,000 acres.", "en", "measure:area"),
        # an area of nothing named keeps no subject (compared only within its scope)
        ("Officials closed more than 23,000 acres to hunters.", "en", "measure"),
    ],
)
def test_an_area_measures_an_area(text: str, language: str, thing: str) -> None:
    assert _first_measure(text, language).thing == thing


def _first_measure(text: str, language: str) -> Measure:
    claim = next(c for c in extract_text(text, language=language) if c.quantity is not None)
    assert claim.measure is not None
    return claim.measure


@pytest.mark.parametrize(
    ("text", "language", "countries"),
    [
        ("The union represents 18,000 German employees.", "en", {"country:DE"}),
        ("Some 300 U.S. troops were deployed.", "en", {"country:US"}),
        ("About 40 German and French tourists were hurt.", "en", {"country:DE", "country:FR"}),
        ("Rund 300 russische Soldaten starben.", "de", {"country:RU"}),
        ("Some 300 US-trained soldiers were killed.", "en", set()),
        # things are not of a nation: "120 Russian drones" were shot down over Ukraine
        ("Air defences shot down 120 Russian drones.", "en", set()),
    ],
)
def test_people_counted_with_a_nationality_are_that_country_s(
    text: str, language: str, countries: set[str]
) -> None:
    (claim,) = [c for c in extract_text(text, language=language) if c.quantity]
    assert claim.measure is not None
    assert {k for k in claim.measure.scope if k.startswith("country:")} == countries


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("With 52 of 151 seats, the party needs partners.", "151 seats"),
        ("The party won 52 of the 151 seats.", "151 seats"),
        ("They won 52 seats in the 151-seat parliament.", "151-seat"),
        ("The club plays in a 60,000-seat stadium.", "60,000-seat"),
        # the size of an assembly named before its seats or members
        ("In a parliament of 650 seats, Labour won 412 seats.", "650 seats"),
        ("Im neuen Landtag mit 101 Abgeordneten stellt die CDU 35 Sitze.", "101 Abgeordneten"),
    ],
)
def test_the_seats_a_body_has_are_its_capacity_not_seats_held(text: str, quote: str) -> None:
    lang = "de" if "Landtag" in text else "en"
    (claim,) = [c for c in extract_text(text, language=lang) if c.quote == quote]
    assert claim.measure is not None and claim.measure.concept == "capacity"


@pytest.mark.parametrize(
    ("text", "quote", "language", "state"),
    [
        ("The NTSB said 38 cars derailed in Friday's crash.", "38 cars", "en", "derailed"),
        ("Bei dem Unglück entgleisten 12 Waggons.", "12 Waggons", "de", "derailed"),
        # what a thing carries is not what befell it
        ("The train derailed on Friday with 141 cars.", "141 cars", "en", None),
        ("Der Zug entgleiste mit 30 Waggons.", "30 Waggons", "de", None),
        # both states together, with a degree
        ("61 homes were destroyed or badly damaged.", "61 homes", "en", "damaged_or_destroyed"),
        ("61 Häuser wurden zerstört oder schwer beschädigt.", "61 Häuser", "de",
         "damaged_or_destroyed"),
        # the size of the thing is not a count of its parts in its state
        ("Neun Wagen des 28 Wagen langen Zuges entgleisten.", "28 Wagen", "de", None),
        ("Neun Wagen des 28 Wagen langen Zuges entgleisten.", "Neun Wagen", "de", "derailed"),
        ("Nine cars of a train 28 cars long derailed.", "28 cars", "en", None),
        # a list line's label tells the state of its figure, a number word too
        ("Die Bilanz:\n- Entgleist: neun Wagen, drei davon umgekippt", "neun Wagen", "de",
         "derailed"),
        ("Die Bilanz:\n- Ausgelaufen: etwa 30.000 Liter", "etwa 30.000 Liter", "de", "leaked"),
        # what a maker turned out is not what it delivered
        ("Tesla produced 410,244 vehicles in the quarter.", "410,244 vehicles", "en",
         "produced"),
        ("Tesla delivered 384,122 vehicles in the quarter.", "384,122 vehicles", "en", None),
        ("Die Produktion lag bei 401.244 Fahrzeugen.", "401.244 Fahrzeugen", "de", "produced"),
        # an outage ("Ausfall") cancels trips, never the households it befell
        ("Von dem Ausfall waren rund 13.000 Haushalte betroffen.", "rund 13.000 Haushalte", "de",
         None),
        ("Von dem Ausfall waren 300 Zugfahrten betroffen.", "300 Zugfahrten", "de",
         "cancelled"),
        # aircraft sent elsewhere are diverted; those delayed are another count
        ("27 Flugzeuge mussten auf andere Airports umgeleitet werden.", "27 Flugzeuge", "de",
         "diverted"),
        ("17 Maschinen mussten auf andere Flughäfen ausweichen.", "17 Maschinen", "de",
         "diverted"),
        ("So konnten noch neun verspätete Maschinen starten.", "neun verspätete Maschinen",
         "de", "delayed"),
        ("At least 14 flights were diverted to other airports.", "At least 14 flights", "en",
         "diverted"),
    ],
)  # fmt: skip
def test_what_befell_things_and_what_a_thing_carries(
    text: str, quote: str, language: str, state: str | None
) -> None:
    (claim,) = [c for c in extract_text(text, language=language) if c.quote == quote]
    assert claim.measure is not None and claim.measure.state == state


def test_a_retirement_age_raised_to_a_number_is_an_age_not_a_crowd() -> None:
    text = "Thousands marched to protest a plan to raise the retirement age to 67."
    (claim,) = [c for c in extract_text(text, language="en") if c.quote.endswith("67")]
    assert claim.measure is not None and claim.measure.thing == "age"


@pytest.mark.parametrize(
    ("text", "quote", "concept"),
    [
        ("Im neuen Landtag kommt die CDU auf 41 Mandate.", "41 Mandate", "seat"),
        # a part of the seats there are counts seats; a part of a stadium's room is room
        ("Von den 120 Sitzen entfallen 42 auf die CDU.", "42", "seat"),
        ("Das Stadion bietet Platz für 60.000 Zuschauer, 5.000 davon auf Stehplätzen.",
         "5.000", "capacity"),
    ],
)  # fmt: skip
def test_seats_held_and_seats_there_are_de(text: str, quote: str, concept: str) -> None:
    (claim,) = [c for c in extract_text(text, language="de") if c.quote == quote]
    assert claim.measure is not None and claim.measure.concept == concept


@pytest.mark.parametrize(
    ("text", "language", "quote", "scope"),
    [
        # a part of the figure before, named by a pronoun: as "davon"
        ("30 Menschen wurden verletzt, fünf von ihnen schwer.", "de", "fünf", "scope:part"),
        ("30 Menschen wurden verletzt, acht davon schwer.", "de", "acht", "scope:part"),
        ("Thirty people were injured, five of them seriously.", "en", "five", "scope:part"),
        # a part of a set named after the number
        ("97 of the dead were women.", "en", "97", "scope:subset"),
    ],
)
def test_a_part_named_by_a_pronoun_is_a_part_of_the_figure_before(
    text: str, language: str, quote: str, scope: str
) -> None:
    (claim,) = [c for c in extract_text(text, language=language) if c.quote == quote]
    assert claim.measure is not None and scope in claim.measure.scope


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        # a radius and a weight are what their words name
        ("Der Sperrradius betrug 1.000 Meter.", "de", "measure:radius"),
        ("Im Umkreis von 800 Metern wurden Straßen gesperrt.", "de", "measure:radius"),
        ("Residents within a radius of 800 metres were evacuated.", "en", "measure:radius"),
        ("Die Bombe wog etwa 500 Kilogramm.", "de", "measure:weight"),
        ("Die 500 Kilogramm schwere Bombe wurde entschärft.", "de", "measure:weight"),
        ("The bomb weighed about 500 kilograms.", "en", "measure:weight"),
        # a mass glued to its noun is its weight, as a length glued to it is its length
        ("Eine 250-Kilogramm-Bombe wurde gefunden.", "de", "measure:weight"),
        ("The 500-kilogram bomb was found on a building site.", "en", "measure:weight"),
        ("The 985-foot Dali struck the bridge.", "en", "measure:length"),
        # a fence's or a dam's length glued to it is its height, a pipe's its diameter,
        # when the size fits (a two-mile wall is long)
        ("The tree crushed a section of the 8-foot fence.", "en", "measure:height"),
        ("Die Koppel war mit einem Zwei-Meter-Elektrozaun gesichert.", "de", "measure:height"),
        ("The company shut the 16-inch pipeline.", "en", "measure:diameter"),
        ("A contractor struck a two-inch natural gas line.", "en", "measure:diameter"),
        ("Fans formed a two-mile line outside the stadium.", "en", "measure:length"),
        ("They built a 2-mile wall along the coast.", "en", "measure:length"),
        # how thick a thing is; a pipe's thickness is its diameter
        ("Die Betonplatte ist 30 Zentimeter dick.", "de", "measure:thickness"),
        ("Die 60 Zentimeter dicke Gussleitung brach.", "de", "measure:diameter"),
        # a contract's term; "läuft" alone is no contract's term
        ("Der Vertrag hat eine Laufzeit von 27 Monaten.", "de", "duration:term"),
        ("Die Laufzeit beträgt 24 Monate.", "de", "duration:term"),
        ("The deal runs for two years.", "en", "duration:term"),
        ("Der Vertrag läuft 24 Monate.", "de", "duration:term"),
        ("He signed a six-year contract.", "en", "duration:term"),
        ("Die Suche läuft seit drei Tagen.", "de", "duration"),
        # added costs are costs; a transfer fee, however the fee is named
        ("Die Mehrkosten belaufen sich auf 11,9 Milliarden Euro.", "de", "money:cost"),
        ("Der Verein zahlt eine Ablöse von 100 Millionen Euro.", "de", "money:fee"),
        ("Der FC zahlt eine Sockelablöse von 95 Millionen Euro.", "de", "money:fee"),
        ("The club paid a transfer fee of 100 million euros.", "en", "money:fee"),
        # crashes are no people hurt
        ("Ford knew of 12 crashes and three injuries.", "en", "crash"),
        # a speed glued to its noun is a speed, not a length
        ("The storm brought 120-mph winds to the coast.", "en", "measure:wind_speed"),
        ("It made landfall with 150-mile-per-hour winds.", "en", "measure:wind_speed"),
        # a duration glued to an event of time lasts that event
        ("Doctors began a 72-hour strike.", "en", "duration:strike"),
        ("The three-day walkout ended.", "en", "duration:strike"),
        # a rate is a percentage's subject only
        ("Annual inflation slowed to 3.1 percent in November.", "en", "share:inflation"),
        ("Die Arbeitslosenquote stieg auf 6,1 Prozent.", "de", "share:unemployment"),
        ("Die Wahlbeteiligung lag bei 76 Prozent.", "de", "share:turnout"),
        ("The Fed held its benchmark rate at 5.25 percent.", "en", "share:interest_rate"),
        ("Inflation has cost the city $40 million.", "en", "money:cost"),  # no rate
        # a deficit, however it is named
        ("Die Stadt steuert auf ein Defizit von 52 Millionen Euro zu.", "de", "money:deficit"),
        ("The city faces a budget shortfall of $48 million.", "en", "money:deficit"),
        # a volume per square metre is rain; per hectare it is not
        ("In Chiva fielen 491 Liter pro Quadratmeter.", "de", "measure:precipitation"),
        ("More than 300 litres of rain per square metre fell.", "en", "measure:precipitation"),
        # a storm surge's height
        ("A 15-foot storm surge swamped the town.", "en", "measure:surge"),
        ("The surge reached 10 feet.", "en", "measure:surge"),
        # a fee of a deal is its fee
        ("Chelsea paid a fee of 85 million pounds.", "en", "money:fee"),
        # what a venue holds is its capacity, as its places are
        ("The stadium, which holds 40,000 spectators, was full.", "en", "capacity"),
        ("The 45,000-capacity arena was packed with fans.", "en", "capacity"),
        ("Die Arena mit 45.000 Plätzen war überfüllt.", "de", "capacity"),
        # offences of a crime statistic, and the killed in a road toll
        ("Die Polizei zählte 5,84 Millionen Straftaten.", "de", "offence"),
        ("Police recorded 5.8 million crimes last year.", "en", "offence"),
        ("Auf Landstraßen gab es 1580 Getötete.", "de", "dead"),
        # a diameter, also when another amount follows ("Tausende" is no noun it counts)
        (
            "Hagelkörner mit einem Durchmesser von bis zu sechs Zentimetern beschädigten "
            "Tausende Autos.",
            "de",
            "measure:diameter",
        ),
        ("Hailstones up to 6 centimetres in diameter fell.", "en", "measure:diameter"),
        # what a home costs to rent
        ("Die Angebotsmiete lag bei 13,90 Euro je Quadratmeter.", "de", "money:rent"),
        ("Average asking rents rose to $2,100 a month.", "en", "money:rent"),
        # a percentage of a thing named after it, a determiner between; a share of the
        # vote is told apart by its holder, not by the vote
        ("The airport cancelled about 60 percent of its departures.", "en", "share:departure"),
        ("About 40 percent of the homes were damaged.", "en", "share:building"),
        ("The party won 31.9 percent of the vote.", "en", "share"),
        # a broadcast's audience is an attendance, whatever its noun
        ("The final drew 127.7 million viewers.", "en", "attendance"),
        ("An average of 126.7 million people watched the final.", "en", "attendance"),
        # the sides of a vote, whoever cast the votes and whatever the noun
        ("Für das Gesetz stimmten 319 Abgeordnete.", "de", "voted_for"),
        ("Es gab 224 Nein-Stimmen und 53 Enthaltungen.", "de", "voted_against"),
        ("Es gab 53 Enthaltungen.", "de", "abstained"),
        ("The bill passed after 319 lawmakers voted for it.", "en", "voted_for"),
        ("There were 224 no votes and 53 abstentions.", "en", "voted_against"),
        ("Die 300 Angaben stimmten nicht.", "de", "lemma:angabe"),
        # a sum of money per unit of a good is its price, the unit named after or before
        # what a craft carried, said right after the noun, is no toll; the killed on board
        # are dead
        ("An airliner with 67 people aboard went down, killing 38.", "en", "aboard"),
        # passengers and crew together are all on board
        ("The ship, with just over 4,000 passengers and crew, is sailing.", "en", "aboard"),
        ("An Bord waren 2.400 Passagiere und Besatzung.", "de", "aboard"),
        ("The ferry carried 412 passengers and 58 crew members.", "en", "passenger"),
        ("The implosion killed all five people on board.", "en", "dead"),
        ("Bei dem Absturz der Maschine mit 67 Menschen an Bord starben 38.", "de", "aboard"),
        # survivors are the rescued
        ("Twenty-nine people survived the crash.", "en", "rescued"),
        ("Nur vier Menschen überlebten das Unglück.", "de", "rescued"),
        # taken out by helicopter: rescued, not any count of those there
        ("Eight people were hoisted out by helicopter on Sunday.", "en", "rescued"),
        ("Sechs Menschen wurden mit dem Hubschrauber ausgeflogen.", "de", "rescued"),
        # cut off from running water: a current level of its own, as an outage is
        ("Rund 12.000 Haushalte waren ohne Wasser.", "de", "without_water"),
        ("Around 2,300 customers were left without running water.", "en", "without_water"),
        # stranded animals put back afloat: rescued, not a count of the stranded
        ("Twenty-four whales were refloated at high tide.", "en", "rescued:lemma:whale"),
        ("24 Wale wurden bei Flut zurück ins Meer gebracht.", "de", "rescued:lemma:wal"),
        # taken from a stricken ship: evacuated, as "evacuated" says
        ("All 24 crew members were taken off the vessel by helicopter.", "en", "evacuated:crew"),
        # travellers in transport are its passengers
        ("The TSA screened 3,013,413 travelers on Sunday.", "en", "passenger"),
        ("Am Flughafen waren 300.000 Reisende unterwegs.", "de", "passenger"),
        # people held fast by a collapse; miners are workers of the mine
        ("Zwölf Bergleute sind unter Tage eingeschlossen.", "de", "trapped:employee"),
        ("Twelve miners were trapped underground.", "en", "trapped:employee"),
        ("The remaining four are believed to be trapped.", "en", "trapped"),
        # a company's results
        ("Revenue came in at $10.25 billion.", "en", "money:revenue"),
        ("Net income came in at $1.87 billion.", "en", "money:profit"),
        ("Der Umsatz lag bei 10,2 Milliarden Dollar.", "de", "money:revenue"),
        ("Der Gewinn lag bei 1,9 Milliarden Dollar.", "de", "money:profit"),
        ("The company reported a net loss of $820 million.", "en", "money:loss"),
        ("Neukunden zahlen 9,8 Cent pro Kilowattstunde.", "de", "money:price"),
        ("Eine Kilowattstunde Gas kostet 10,3 Cent.", "de", "money:price"),
        ("A gallon of regular cost $3.20 on average.", "en", "money:price"),
        ("Workers earn $20 an hour.", "en", "money"),  # a wage, no price of a good
    ],
)
def test_what_a_figure_measures(text: str, language: str, key: str) -> None:
    claim = next(c for c in extract_text(text, language=language) if c.quantity is not None)
    assert claim.measure is not None and claim.measure.key == key


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("Officials said 20 people or more were missing.", "en", 20.0, None),
        ("Phoenix had 19 days of 110 degrees or higher.", "en", 110.0, None),
        ("Groups of 10 people or fewer may meet.", "en", None, 10.0),
        ("Es wurden 20 Menschen oder mehr vermisst.", "de", 20.0, None),
    ],
)
def test_a_trailing_hedge_after_the_counted_noun_bounds_the_figure(
    text: str, lang: str, low: float | None, high: float | None
) -> None:
    """The trailing hedge after the noun ("20 people or more") bounds the count, and the
    claim's quote takes it in."""
    claims = [c for c in extract_text(text, language=lang) if c.quantity is not None]
    last = claims[-1]
    assert last.quantity is not None
    bound = last.quantity.low if low is not None else last.quantity.high
    assert bound == (low if low is not None else high)
    assert (last.quantity.high if low is not None else last.quantity.low) in (None, 0.0)
    assert text[last.span.start : last.span.end].endswith(("more", "higher", "fewer", "mehr"))


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Eine Kilowattstunde Gas kostet 10,3 Cent.", "de", "EUR_cent/kilowatt_hour"),
        ("A gallon of regular cost $3.20 on average.", "en", "USD/gallon"),
        # a time named with an article is no unit sold
        ("Vor einem Jahr waren es noch 11,2 Cent.", "de", "EUR_cent"),
        ("A year ago a gallon was $3.10, a barrel $80.", "en", "USD/gallon"),
    ],
)
def test_a_price_takes_the_unit_named_before_it(text: str, lang: str, unit: str) -> None:
    """ "*Eine Kilowattstunde* Gas kostet 10,3 Cent": cents per kilowatt hour."""
    claim = next(c for c in extract_text(text, language=lang) if c.quantity is not None)
    assert claim.quantity is not None and claim.quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "quote", "language", "key", "state"),
    [
        # homes finished and homes permitted are two counts
        ("2024 wurden 261.800 Wohnungen fertiggestellt.", "261.800", "de", "apartment",
         "completed"),
        ("Dort wurden 48.900 Wohnungen fertig.", "48.900", "de", "apartment", "completed"),
        ("Im vergangenen Jahr wurden 212.400 Wohnungen genehmigt.", "212.400", "de",
         "apartment", "approved"),
        ("Builders completed 1.6 million homes last year.", "1.6", "en", "building",
         "completed"),
        ("Permits were issued for 1.4 million homes.", "1.4", "en", "building", "approved"),
        # people approved are the limit a permit sets
        ("Genehmigt waren 80.000 Besucher.", "80.000", "de", "capacity", None),
        # a bare number told after such a count is of its state too
        ("Im ersten Quartal wurden 53.800 Wohnungen genehmigt. Im März allein waren es "
         "18.600.", "18.600", "de", "apartment", "approved"),
        # a goal set is no result
        ("Der Senat hatte sich vorgenommen, jährlich 20.000 neue Wohnungen zu schaffen.",
         "20.000", "de", "apartment", "target"),
    ],
)  # fmt: skip
def test_what_was_done_with_homes_is_their_state(
    text: str, quote: str, language: str, key: str, state: str | None
) -> None:
    (claim,) = [c for c in extract_text(text, language=language) if quote in c.quote]
    assert claim.measure is not None
    assert (claim.measure.key, claim.measure.state) == (key, state)


@pytest.mark.parametrize(
    ("text", "quote", "language", "direction"),
    [
        # a count of the units a level moves by, after a verb of moving, is one move
        ("The Dow Jones Industrial Average fell 1,214.6 points.", "1,214.6", "en", "decrease"),
        ("The index dropped about 480 points on Friday.", "480", "en", "decrease"),
        ("Der DAX verlor 300 Punkte.", "300", "de", "decrease"),
        ("The index stood at 40,000 points.", "40,000", "en", None),
    ],
)  # fmt: skip
def test_points_moved_by_are_a_change(
    text: str, quote: str, language: str, direction: str | None
) -> None:
    (claim,) = [c for c in extract_text(text, language=language) if quote in c.quote]
    assert claim.quantity is not None
    assert claim.quantity.change is (direction is not None)
    assert (claim.quantity.direction.value if claim.quantity.direction else None) == direction


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The health care sector added 68,000 jobs in May.", "en"),
        ("Im Mai verlor die Baubranche 12.000 Stellen.", "de"),
    ],
)
def test_a_figure_of_a_sector_is_a_part(text: str, lang: str) -> None:
    (claim,) = [c for c in extract_text(text, language=lang) if c.quantity]
    assert claim.measure is not None and "scope:part" in claim.measure.scope


@pytest.mark.parametrize(
    ("text", "quote", "key"),
    [
        ("Die FDP scheiterte an der Fünf-Prozent-Hürde.", "Fünf-Prozent", "share:hürde"),
        ("Die FDP scheiterte an der 5-Prozent-Hürde.", "5-Prozent", "share:hürde"),
    ],
)
def test_a_share_glued_to_the_noun_after_it_is_a_share_of_that_noun(
    text: str, quote: str, key: str
) -> None:
    """ "Fünf-Prozent-Hürde": a threshold, not a party's result of five percent."""
    (claim,) = [c for c in extract_text(text, language="de") if c.quote == quote]
    assert claim.measure is not None and claim.measure.key == key


@pytest.mark.parametrize(
    ("text", "lang", "quote", "key"),
    [
        ("Burglaries fell to 414 last year, police said.", "en", "414", "lemma:burglary"),
        ("In Berlin, arrivals climbed to 3,400 in May.", "en", "3,400", "lemma:arrival"),
        ("Die Einbrüche gingen im vergangenen Jahr auf 414 zurück.", "de", "414", "lemma:einbruch"),
        ("Einbrüche sanken auf 414.", "de", "414", "lemma:einbruch"),
    ],
)
def test_the_level_a_change_reached_counts_the_subject_heading_its_clause(
    text: str, lang: str, quote: str, key: str
) -> None:
    """ "Burglaries fell to 414": 414 burglaries, though no noun follows the number."""
    (claim,) = [c for c in extract_text(text, language=lang) if c.quote == quote]
    assert claim.measure is not None and claim.measure.key == key


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        ("Siemens rose to 400 in early trading.", "en", "400"),  # a name, no plural
        ("Temperatures rose to 41 on Tuesday.", "en", "41"),  # a measure without its unit
        ("Im Mai stiegen die Ankünfte auf 3400.", "de", "3400"),  # the clause opens with "Im"
    ],
)
def test_a_change_level_takes_no_name_measure_or_preposition_for_its_subject(
    text: str, lang: str, quote: str
) -> None:
    (claim,) = [c for c in extract_text(text, language=lang) if c.quote == quote]
    assert claim.measure is None or claim.measure.key is None


@pytest.mark.parametrize(
    ("text", "lang", "quote", "running"),
    [
        ("Die Bilanz summiert sich inzwischen auf 68 Verstöße.", "de", "68 Verstöße", True),
        ("So far the inspectors have found 41 violations.", "en", "41 violations", True),
        ("Dive teams have since surveyed 58 sites.", "en", "58 sites", True),
        # counted from the start of the story
        (
            "Sixteen patients have been hospitalized since the outbreak began.",
            "en",
            "Sixteen patients",
            True,
        ),
        (
            "Seit Beginn des Ausbruchs wurden 16 Patienten im Krankenhaus behandelt.",
            "de",
            "16 Patienten",
            True,
        ),
        ("Die Kontrolleure zählten 61 Verstöße.", "de", "61 Verstöße", False),
        ("The inspectors found 41 violations.", "en", "41 violations", False),
    ],
)
def test_a_count_grown_to_date_is_a_running_total(
    text: str, lang: str, quote: str, running: bool
) -> None:
    (claim,) = [c for c in extract_text(text, language=lang) if c.quote == quote]
    assert claim.measure is not None and bool(claim.measure.cumulative) is running


def test_a_count_grown_to_date_by_a_later_report_is_no_conflict() -> None:
    """61 on the day of the check, "inzwischen 68" four days later: the tally grew."""
    from factcheck.load import read_article
    from factcheck.models import Article
    from factcheck.report import report_from

    def article(text: str, id: str, day: str) -> Article:
        return read_article(text, id=id, language="de", published=day)

    first = article("Bei der Kontrolle zählten die Beamten 61 Verstöße.", "a", "2024-09-12")
    later = article("Die Bilanz summiert sich inzwischen auf 68 Verstöße.", "b", "2024-09-16")
    same_day = article("Bei der Kontrolle zählten die Beamten 68 Verstöße.", "c", "2024-09-12")
    assert report_from([first, later]).discrepancies == ()
    assert len(report_from([first, same_day]).discrepancies) == 1


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The assessment released on Monday put the number of destroyed shelters at "
            "about 2,100.",
            "lemma:shelter",
        ),
        # people named after "the number of" keep the role the clause gives them
        ("The number of people sick with norovirus aboard the ship has risen to 241.", "case"),
    ],
)
def test_a_thing_named_after_the_number_of_outranks_a_role_of_people(text: str, key: str) -> None:
    """ "released" befalls hostages, not shelters: the shelters named are what is counted."""
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert claim.measure is not None and claim.measure.key == key


@pytest.mark.parametrize(
    ("text", "lang", "quote", "mark"),
    [
        # the year before's figure, by a label or the period named right before it
        ("Containerumschlag: 2.310.400 TEU (Vorjahr: 2,22 Mio. TEU)", "de", "2,22 Mio. TEU",
         "scope:earlier"),
        ("Ein Plus gegenüber dem Vorjahreszeitraum, in dem 2,22 Millionen TEU gezählt worden "
         "waren.", "de", "2,22 Millionen TEU", "scope:earlier"),
        ("Throughput: 2.31 million TEU (prior year: 2.22 million TEU)", "en", "2.22 million TEU",
         "scope:earlier"),
        # the lion's share is a part
        ("Der Löwenanteil entfiel auf die Terminals mit 2,29 Millionen TEU.", "de",
         "2,29 Millionen TEU", "scope:part"),
    ],
)  # fmt: skip
def test_the_year_befores_figure_and_the_lions_share_are_marked(
    text: str, lang: str, quote: str, mark: str
) -> None:
    (claim,) = [c for c in extract_text(text, language=lang) if c.quote == quote]
    assert claim.measure is not None and mark in claim.measure.scope


@pytest.mark.parametrize(
    ("text", "interim"),
    [
        ("Roughly 600 passengers were evacuated, according to an initial estimate from the TTC.",
         True),
        ("Roughly 600 passengers were evacuated, police said.", False),
    ],
)  # fmt: skip
def test_a_source_that_calls_its_figure_early_makes_it_an_early_count(
    text: str, interim: bool
) -> None:
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert claim.measure is not None and claim.measure.interim is interim


def test_a_bare_figure_named_as_the_one_before_counts_its_thing() -> None:
    """ "Im September 2024 waren es 95": the figure words point back to the count before,
    whatever its noun, and "im Vorjahresmonat" is that month a year earlier; "die Zahl der
    Sterbefälle" names a new thing."""
    import datetime as dt

    claims = {
        c.quote: c
        for c in extract_text(
            "Im September registrierte das Zentrum 181 Anfragen. Im Vorjahresmonat waren es 95.",
            language="de",
            published="2025-10-08",
        )
    }
    measure, time = claims["95"].measure, claims["95"].time
    assert measure is not None and measure.concept == "lemma:anfrage"
    quantity = claims["95"].quantity
    assert quantity is not None and not quantity.unit.startswith("lemma:")  # said by its word
    assert time is not None and (time.start, time.end) == (
        dt.date(2024, 9, 1),
        dt.date(2024, 9, 30),
    )
    births = {
        c.quote: c
        for c in extract_text(
            "Die Zahl der Geburten lag bei 680.000, die der Sterbefälle bei rund einer Million.",
            language="de",
        )
    }
    million = births["rund einer Million"].measure
    assert million is None or million.concept != "lemma:geburt"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The unemployment rate stood at 4.4 percent.", "share:unemployment"),
        ("The insured unemployment rate held at 1.2 percent.", "share:unemployment@insured"),
        ("The youth unemployment rate rose to 14 percent.", "share:unemployment@youth"),
    ],
)
def test_a_rate_of_a_group_is_keyed_apart(text: str, key: str) -> None:
    """ "the youth unemployment rate" is another measure than the unemployment rate."""
    (claim,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert claim.measure is not None and claim.measure.key == key


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Apartments on seven floors were badly damaged.", "en", "damaged"),
        ("Sieben Stockwerke wurden beschädigt.", "de", "damaged"),
        # the number sizes the building, which was damaged
        ("A seven-story building was damaged.", "en", None),
    ],
)
def test_a_fixed_part_is_counted_in_its_state_unless_it_sizes_a_thing(
    text: str, language: str, state: str | None
) -> None:
    (claim,) = [c for c in extract_text(text, language=language) if c.quantity is not None]
    assert claim.measure is not None and claim.measure.state == state


@pytest.mark.parametrize(
    ("text", "quote", "state"),
    [
        ("Twenty-three cars came off the rails.", "Twenty-three", "derailed"),
        # what the train is made of, even as the second item of a list, did not all derail
        ("The train, made up of three locomotives and 112 cars, left the tracks.", "112", None),
        ("The train derailed with 141 cars.", "141", None),
        ("Thirty-one cars, including seven tankers, left the tracks.", "seven", "derailed"),
    ],
)
def test_cars_that_left_the_rails_are_derailed_not_the_trains_make_up(
    text: str, quote: str, state: str | None
) -> None:
    (claim,) = [c for c in extract_text(text, language="en") if c.quote.startswith(quote)]
    assert claim.measure is not None and claim.measure.state == state


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two-thirds of the roughly 950 daily trains were cancelled.", "en"),
        ("Rund zwei Drittel der sonst täglich rund 950 Zugfahrten fielen aus.", "de"),
    ],
)
def test_the_set_a_fraction_is_taken_from_is_the_whole_set(text: str, language: str) -> None:
    """What befell two thirds of the trains did not befall all 950 of them."""
    (claim,) = [c for c in extract_text(text, language=language) if "950" in c.quote]
    assert claim.measure is not None
    assert claim.measure.state is None and "scope:whole" in claim.measure.scope


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        ("At least five containers had come ashore by Tuesday.", "en", "ashore"),
        ("Elf Container wurden an den Strand gespült.", "de", "ashore"),
        ("About 40 containers were lost overboard.", "en", None),
        # a stranding is the story's whole, no state of some of its animals
        ("At least 62 pilot whales stranded on a beach.", "en", None),
    ],
)
def test_things_carried_onto_the_shore_are_a_count_of_their_own(
    text: str, lang: str, state: str | None
) -> None:
    (claim,) = [c for c in extract_text(text, language=lang) if c.quantity is not None]
    assert claim.measure is not None and claim.measure.state == state


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The fire now covers more than three times its size on Monday.", "en"),
        ("The fire was more than six times the size of the 2019 fire.", "en"),
        ("Das Feuer ist drei Mal so groß wie am Montag.", "de"),
    ],
)
def test_a_number_of_times_is_a_ratio_and_counts_nothing(text: str, language: str) -> None:
    assert [c.quote for c in extract_text(text, language=language) if c.quantity] == []


@pytest.mark.parametrize(
    ("text", "language", "quotes"),
    [
        ("Das bedeutet rund 13 Verletzte je 100.000 Einwohner.", "de", []),
        ("That is about 13 injuries per 100,000 residents.", "en", []),
        # "je" before a number alone is each one's, no rate
        ("Die zwei Tanks fassen je 60.000 Liter.", "de", ["zwei Tanks", "60.000 Liter"]),
    ],
)
def test_a_rate_per_a_number_counts_nothing(text: str, language: str, quotes: list[str]) -> None:
    assert [c.quote for c in extract_text(text, language=language) if c.quantity] == quotes


@pytest.mark.parametrize(
    ("text", "quote", "language", "key", "state"),
    [
        # things in use are a state of their own beside all of them
        ("Resort spokesman Owen Castellano said 58 cabins were occupied.", "58 cabins", "en",
         "lemma:cabin", "occupied"),
        ("Derzeit sind 180 Intensivbetten belegt.", "180 Intensivbetten", "de", None, "occupied"),
        # staff of an institution are employees
        ("In der Nachtschicht waren nur elf Bedienstete im Dienst.", "elf Bedienstete", "de",
         "employee", None),
        # and so are the officers of a prison, never the police
        ("In der Nachtschicht waren zehn Justizbeamte im Dienst.", "zehn Justizbeamte", "de",
         "employee", None),
        ("Im Dienst waren zehn Justizvollzugsbeamtinnen.", "zehn Justizvollzugsbeamtinnen",
         "de", "employee", None),
        ("Two prison officers were on duty.", "Two prison officers", "en", "employee", None),
        ("Two correctional officers were on duty.", "Two correctional officers", "en",
         "employee", None),
    ],
)  # fmt: skip
def test_things_in_use_and_staff(
    text: str, quote: str, language: str, key: str | None, state: str | None
) -> None:
    (claim,) = [c for c in extract_text(text, language=language) if c.quote == quote]
    assert claim.measure is not None and claim.measure.state == state
    if key is not None:
        assert claim.measure.key == key


@pytest.mark.parametrize(
    ("text", "lang", "part"),
    [
        # those a replacement carried on are a part of those on board
        ("Mit einer Ersatzmaschine flogen 151 Passagiere weiter.", "de", True),
        ("A replacement aircraft took off with 151 passengers on board.", "en", True),
        ("Die Maschine hob mit 174 Passagieren ab.", "de", False),
    ],
)
def test_those_on_a_replacement_trip_are_a_part(text: str, lang: str, part: bool) -> None:
    (claim,) = [c for c in extract_text(text, language=lang) if c.quantity]
    assert claim.measure is not None and ("scope:part" in claim.measure.scope) is part


@pytest.mark.parametrize(
    ("text", "language", "quote"),
    [
        ("Eleven residents from five homes were evacuated.", "en", "five homes"),
        ("Die Bewohner von 23 Häusern mussten ihre Wohnungen verlassen.", "de", "23 Häusern"),
        # the homes the people a story affected came from
        ("Around 300 people from 210 homes spent the night at the leisure centre.", "en",
         "210 homes"),
    ],
)  # fmt: skip
def test_buildings_their_people_had_to_leave_are_cleared(
    text: str, language: str, quote: str
) -> None:
    """Houses evacuated are not the houses struck: their state is ``cleared``."""
    (homes,) = [c for c in extract_text(text, language=language) if c.quote == quote]
    assert homes.measure is not None and homes.measure.state == "cleared"
