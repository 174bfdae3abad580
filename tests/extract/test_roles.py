"""What a count of people counts: roles from the clause, in both languages."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import extract_text
from factcheck.extract.pipeline.ages import FATE_PREFIX
from factcheck.extract.roles import (
    RoleCues,
    counted_concept,
    fold_person_noun,
    role_at,
    role_cue_at,
)
from factcheck.lang.concepts import EARLIER_SCOPE
from factcheck.models import Claim, Measure


def _measured(text: str, quote: str, language: str) -> Measure:
    """The measure of the first quantity claim quoting ``quote`` (which must exist)."""
    claims = [c for c in extract_text(text, language=language) if c.quantity is not None]
    hits = [c for c in claims if quote in c.quote]
    assert hits, f"no claim quoting {quote!r} in {[c.quote for c in claims]}"
    claim: Claim = hits[0]
    assert claim.measure is not None
    return claim.measure


def _concept(text: str, quote: str, language: str) -> str | None:
    """The measure's concept, an age's with what befell its person after it
    (``age:boy:dead``: the fate is a facet of its content, ``fate:dead``)."""
    m = _measured(text, quote, language)
    fate = next((x.partition(":")[2] for x in m.content if x.startswith(FATE_PREFIX)), None)
    return f"{m.concept}:{fate}" if fate and (m.concept or "").startswith("age:") else m.concept


@pytest.mark.parametrize(
    ("text", "quote", "language", "concept"),
    [
        ("Bei dem Brand in der Lagerhalle starben vier Menschen.", "vier Menschen", "de", "dead"),
        ("Nach dem Sturm werden noch 12 Personen vermisst.", "12 Personen", "de", "missing"),
        ("Elf Menschen wurden schwer verletzt.", "Elf Menschen", "de", "seriously_injured"),
        ("Laut Polizei kamen rund 9000 Menschen zur Kundgebung.", "9000", "de", "attendance"),
        ("Am Abend verfolgten 41.000 Menschen das Spiel am Rathaus.", "41.000", "de", "attendance"),
        (
            "Around 8,000 people marched against cuts to hospital services.",
            "8,000",
            "en",
            "attendance",
        ),
        ("Six people were taken to hospital.", "Six", "en", "hospitalised"),
        ("Nine people are in serious condition.", "Nine people", "en", "seriously_injured"),
        ("Zwei Menschen sind in ernstem Zustand.", "Zwei Menschen", "de", "seriously_injured"),
        ("Zwei Demonstranten wurden festgenommen.", "Zwei", "de", "arrested"),
        ("Die Polizei meldete fünf Festnahmen.", "fünf", "de", "arrested"),
        ("Officers made three arrests.", "three", "en", "arrested"),
        ("Rund 400 Menschen mussten ihre Häuser verlassen.", "400", "de", "evacuated"),
        ("Im Bus befanden sich 23 Menschen.", "23 Menschen", "de", "aboard"),
        ("Im Gebäude hielten sich 350 Menschen auf.", "350 Menschen", "de", "aboard"),
        ("Im Saal hätten sich 80 Menschen befunden.", "80 Menschen", "de", "aboard"),
        ("Rund 300 Menschen mussten das Gebäude verlassen.", "300", "de", "evacuated"),
        ("Rund 2.500 Demonstrierende zogen durch Kassel.", "2.500", "de", "attendance"),
        ("Rund 3.000 Menschen gingen auf die Straße.", "3.000", "de", "attendance"),
        ("In München kamen laut Polizei 100.000 Menschen zusammen.", "100.000", "de", "attendance"),
        ("Mehr als 700 Landwirtinnen und Landwirte fuhren vor.", "700", "de", "attendance"),
        ("Three people died when the roof gave way.", "Three people", "en", "dead"),
        ("At least 40 people remain unaccounted for.", "40 people", "en", "missing"),
        (
            "Officials said 87 residents were evacuated overnight.",
            "87 residents",
            "en",
            "evacuated",
        ),
        ("About 5,000 people joined the vigil on Sunday.", "5,000 people", "en", "attendance"),
        ("Nineteen passengers were on board the ferry.", "Nineteen", "en", "passenger"),
        ("Das Beben der Stärke 7,8 tötete 5000 Menschen.", "5000 Menschen", "de", "dead"),
        ("Der Sturm riss drei Menschen in den Tod.", "drei Menschen", "de", "dead"),
        (
            "Mindestens 17.000 Menschen mussten in Notunterkünfte gebracht werden.",
            "17.000",
            "de",
            "evacuated",
        ),
        ("More than 20,000 people slept in emergency shelters.", "20,000", "en", "displaced"),
        ("Half a million people showed up on the Mall.", "Half a million", "en", "attendance"),
        ("At least 3 million people participated in marches.", "3 million", "en", "attendance"),
        ("Thousands of people took to the streets.", "Thousands", "en", "attendance"),
        ("About 2.5 million people were without power.", "2.5 million", "en", "without_power"),
        ("Rund 50.000 Menschen waren am Abend ohne Strom.", "50.000", "de", "without_power"),
        # the killed and wounded together are casualties, neither the dead nor the injured
        ("Some 40 soldiers were killed or wounded.", "40 soldiers", "en", "casualties:soldier"),
        ("Russia has suffered 300,000 casualties.", "300,000", "en", "casualties"),
        (
            "Dabei wurden 40 Soldaten getötet oder verletzt.",
            "40 Soldaten",
            "de",
            "casualties:soldier",
        ),
        ("Three people were killed and 12 wounded.", "Three people", "en", "dead"),
        # knocked out power, set free: what befell the ones counted
        (
            "The storm knocked out electricity to 400,000 homes.",
            "400,000 homes",
            "en",
            "without_power",
        ),
        (
            "Drei Festgenommene kamen auf freien Fuß.",
            "Drei Festgenommene",
            "de",
            "released:arrested",
        ),
        ("Intel will lay off 15,000 employees.", "15,000 employees", "en", "job"),
        ("Some 300 workers will lose their jobs.", "Some 300 workers", "en", "job"),
        ("Der Konzern will 15.000 Mitarbeiter entlassen.", "15.000 Mitarbeiter", "de", "job"),
        ("12 Patienten wurden aus der Klinik entlassen.", "12 Patienten", "de",
         "discharged:patient"),  # no jobs cut: patients out of hospital
        # a craft carrying people has them on board
        ("A boat carrying 46 people capsized.", "46 people", "en", "aboard"),
        # animals culled are killed
        ("Insgesamt müssen 66.500 Tiere gekeult werden.", "66.500 Tiere", "de", "dead:lemma:tier"),
        ("Officials said 18,000 turkeys were culled.", "18,000 turkeys", "en", "dead:lemma:turkey"),
        # people forced from their homes are evacuated, however long their noun phrase
        ("Smoke forced 430 residents of the retirement community from their homes.",
         "430 residents", "en", "evacuated"),
        # and so has a cabin with people inside
        ("The elevator plunged down its shaft with 11 people inside.", "11 people", "en",
         "aboard"),
        # a flight's guests are its passengers, no visitors of a fair
        (
            "Betroffen waren etwa 110.000 Fluggäste.",
            "etwa 110.000 Fluggäste",
            "de",
            "affected:passenger",
        ),
        # the injured taken to a hospital count the hospitalised, as "injured people" do
        ("14 Verletzte wurden ins Klinikum Siegen gebracht.", "14 Verletzte", "de", "hospitalised"),
        ("14 injured people were taken to hospital.", "14 injured", "en", "hospitalised"),
        ("Sieben Menschen werden stationär behandelt.", "Sieben Menschen", "de", "hospitalised"),
        ("Es gab 14 Verletzte.", "14 Verletzte", "de", "injured"),
        # who got out on their own escaped; who was brought out alive was rescued
        ("37 of them made it out on their own.", "37", "en", "escaped"),
        ("Rescuers brought 17 people out alive.", "17 people", "en", "rescued"),
        # a harm word in the next figure's noun is that figure's
        (
            "Rescuers found 40 dead dolphins and 12 injured dolphins.",
            "40",
            "en",
            "dead:lemma:dolphin",
        ),
        (
            "Rescuers found 40 dead dolphins and 12 injured dolphins.",
            "12",
            "en",
            "injured:lemma:dolphin",
        ),
        ("Helfer fanden 40 tote Delfine und 12 verletzte Tiere.", "12", "de", "injured:lemma:tier"),
        # a severity word ending a list item before a parenthesis, a severity noun phrase
        (
            "31 wurden verletzt, sieben davon schwer (Stand: Dienstag).",
            "sieben",
            "de",
            "seriously_injured",
        ),
        (
            "Sechs Menschen liegen mit schweren Verletzungen im Krankenhaus.",
            "Sechs",
            "de",
            "seriously_injured",
        ),
        # who was found safe is no longer missing
        ("Two people were found safe overnight.", "Two people", "en", "rescued"),
        # a harm before the noun's head says what befell them, whatever the clause says
        (
            "Crews searched for two missing sailors after the trawler sank with the loss of "
            "three lives.",
            "two missing",
            "en",
            "missing:crew",
        ),
        ("The roof buried two dead workers under the snow.", "two dead", "en", "dead:employee"),
        ("Crews searched for two missing fishermen.", "two missing", "en", "missing:crew"),
        # those still searched for are missing
        ("Nach vier Seeleuten wird weiter gesucht.", "vier", "de", "missing:crew"),
        # taken to hospitals with a word between
        ("Acht Verletzte kamen in umliegende Krankenhäuser.", "Acht", "de", "hospitalised"),
        ("Eight people were taken to nearby hospitals.", "Eight", "en", "hospitalised"),
        # lives lost are the dead
        ("The trawler sank with the loss of at least three lives.", "at least", "en", "dead"),
        # what a relative clause says they were yields to what befell them after it
        ("Two people who had been reported missing were found safe.", "Two", "en", "rescued"),
        ("Six people, who had been trapped, were rescued.", "Six", "en", "rescued"),
        (
            "Zwei Menschen, die als vermisst galten, wurden wohlbehalten gefunden.",
            "Zwei",
            "de",
            "rescued",
        ),
        ("Drei Menschen, die verletzt worden waren, starben später.", "Drei", "de", "dead"),
        # who survived is no longer in danger, whatever the noun ("Bergleute")
        ("14 Bergleute haben das Unglück überlebt.", "14", "de", "rescued:employee"),
        ("Six people, who had been trapped for hours.", "Six", "en", "trapped"),
        (
            "Six workers who were filling potholes are missing and presumed dead.",
            "Six",
            "en",
            "missing:employee",
        ),
        # the hired and the lacking are two counts of their noun, neither the staff
        (
            "Zum Schuljahresbeginn wurden 1.450 Lehrkräfte neu eingestellt.",
            "1.450",
            "de",
            "hired:lemma:lehrkraft",
        ),
        ("An den Schulen fehlen 2.400 Lehrkräfte.", "2.400", "de", "lacking:lemma:lehrkraft"),
        ("Rund 1.100 Lehrerstellen blieben unbesetzt.", "1.100", "de", "lacking:job"),
        ("The district hired 300 teachers.", "300", "en", "hired:lemma:teacher"),
        # patients only suspected to be poisoned are a part of the patients, no count of all
        (
            "Bei mindestens fünf Patienten besteht der Verdacht auf eine Pilzvergiftung.",
            "mindestens",
            "de",
            "suspected:patient",
        ),
        ("Five patients are suspected of mushroom poisoning.", "Five", "en", "suspected:patient"),
        # flown to hospital: the worst hurt, a part of those taken in
        ("Four children were flown by helicopter to hospitals.", "Four", "en", "airlifted:child"),
        # a building cleared
        ("Police said about 3,000 people left the building.", "3,000", "en", "evacuated"),
        # a hospital named by its name
        ("Three of them were taken to Castlebridge Royal Infirmary.", "Three", "en",
         "hospitalised"),
        ("Two people were taken to Ashcombe General Hospital.", "Two", "en", "hospitalised"),
        ("Zwei Menschen kamen in die Uniklinik Freiburg.", "Zwei", "de", "hospitalised"),
        ("Zwei Menschen wurden ins Kreiskrankenhaus gebracht.", "Zwei", "de", "hospitalised"),
        ("Vier Kinder wurden in Kliniken geflogen.", "Vier", "de", "airlifted:child"),
        # how a part of the hurt was taken in: by rescue helicopter
        (
            "Vier wurden in Kliniken gebracht, zwei davon mit dem Rettungshubschrauber.",
            "zwei",
            "de",
            "airlifted",
        ),
        ("Two of them were taken by rescue helicopter.", "Two", "en", "airlifted"),
        ("At least 19 children were taken to hospitals.", "19", "en", "hospitalised:child"),
        ("Two riders went to emergency rooms.", "Two", "en", "hospitalised:passenger"),
        ("Zwei Fahrgäste kamen in die Notaufnahme.", "Zwei", "de", "hospitalised:passenger"),
        # the crew or passengers who stayed on a ship the others left are a part of them
        ("The nine crew still on board were safe.", "nine", "en", "stayed_aboard:crew"),
        ("Neun Seeleute sind noch an Bord.", "Neun", "de", "stayed_aboard:crew"),
        ("Some 200 passengers are still aboard.", "200", "en", "stayed_aboard:passenger"),
        # a vehicle named before a clause set off still carries them
        ("The minibus, operated by the school, was carrying 11 pupils.", "11", "en",
         "aboard:pupil"),
        # "Der Bus mit 45 Schülern": the people in it
        ("Der Bus mit 45 Schülern kam von der Straße ab.", "45", "de", "aboard:pupil"),
        # an apposition after the noun only interrupts its clause
        ("Two passengers, a married couple, were airlifted to hospital.", "Two", "en",
         "airlifted:passenger"),
        # the perfect of "kostete ... das Leben"
        ("Der Unfall hat am Donnerstag drei Menschen das Leben gekostet.", "drei", "de",
         "dead"),
        # those who moved to another trip are a part of the passengers
        ("Nach Angaben der Airline haben 23 Fluggäste umgebucht.", "23", "de",
         "rebooked:passenger"),
        ("The airline said 23 passengers rebooked onto later flights.", "23", "en",
         "rebooked:passenger"),
        # patients moved to other hospitals or kept breathing by machine are parts of them
        ("In all, 23 patients were transferred to three other hospitals.", "23", "en",
         "relocated:patient"),
        ("23 Patienten wurden in andere Krankenhäuser verlegt.", "23", "de",
         "relocated:patient"),
        ("Nine patients were on ventilators when the power failed.", "Nine", "en",
         "ventilated:patient"),
        ("Neun Patienten mussten beatmet werden.", "Neun", "de", "ventilated:patient"),
        # animals perish ("verendet")
        ("Im Feuer sind sieben Tiere verendet.", "sieben", "de", "dead:lemma:tier"),
        # "remained" may be said of all of them
        ("Its 24 crew members were unhurt and remained on board.", "24", "en", "crew"),
        ("The ship had 23 crew on board.", "23", "en", "crew"),
        ("Medics treated 12 passengers.", "12", "en", "treated:passenger"),
        # a clause of time after the figure has a role word of its own
        (
            "The death toll from the collapse rose to three after an ironworker injured at the "
            "site died.",
            "three",
            "en",
            "dead",
        ),
        (
            "Die Zahl der Toten stieg auf drei, nachdem ein Verletzter gestorben war.",
            "drei",
            "de",
            "dead",
        ),
        # ... taken when no other cue is near
        (
            "The toll, which stood at 158, was raised to 159 after the death of a survivor.",
            "159",
            "en",
            "dead",
        ),
        # sent to hospital
        (
            "The crane fell, killing two people and sending six to the hospital.",
            "six",
            "en",
            "hospitalised",
        ),
        ("About 1,100 teaching posts remain vacant.", "1,100", "en", "lacking:lemma:post"),
        ("Die Schule hat 40 Lehrkräfte.", "40", "de", "lemma:lehrkraft"),
        # those treated by medics are a part of their kind; patients stay patients
        ("Medics treated 320 runners.", "320", "en", "treated:lemma:runner"),
        ("Die Sanitäter behandelten 7.200 Patienten.", "7.200", "de", "patient"),
        # people described by a harm right after their noun take what befell them later
        (
            "Five other people wounded in the attack remain hospitalized.",
            "Five",
            "en",
            "hospitalised",
        ),
        ("Three people injured in the crash died later in hospital.", "Three", "en", "dead"),
        # but a cue of the next figure is not theirs
        ("The quake killed 1,350 people and injured 2,600.", "1,350", "en", "dead"),
        # hostages who "kamen frei" were released
        ("Zwei Geiseln kamen im Laufe des Tages frei.", "Zwei", "de", "released:hostage"),
        # "wounding" wounds: the others are injured, not killed
        (
            "A gunman opened fire, killing four people and wounding seven others.",
            "seven",
            "en",
            "injured",
        ),
        # vaccine doses: how many there are, whatever was done with them
        ("Das Land stellt der Stadt 2.000 Impfdosen zur Verfügung.", "2.000", "de", "dose"),
        ("Bis Mittwoch wurden 1.200 Dosen verimpft.", "1.200", "de", "dose"),
        ("About 350 doses have been administered.", "350", "en", "dose"),
        # a burned place is where, not what befell the person
        ("Three people were found dead in a burned factory.", "Three people", "en", "dead"),
        ("Two were taken to a hospital as a precaution.", "Two", "en", "hospitalised"),
        # miners who got out on their own, and those waiting in a refuge
        (
            "Twenty-nine workers managed to walk out through a ramp.",
            "Twenty-nine workers",
            "en",
            "escaped:employee",
        ),
        (
            "The other 12 miners are sheltering in a refuge chamber.",
            "12 miners",
            "en",
            "trapped:employee",
        ),
        # what a craft carried, said right before the number, outranks what befell some
        (
            "Twelve were taken to hospital after a hot-air balloon carrying 14 people "
            "struck power lines.",
            "14 people",
            "en",
            "aboard",
        ),
        # out of hospital again: a count of its own, whatever the noun says they were
        ("Two passengers were discharged over the weekend.", "Two passengers", "en",
         "discharged:passenger"),
        ("Three were released from hospital on Sunday.", "Three", "en", "discharged"),
        ("Drei Verletzte konnten das Krankenhaus verlassen.", "Drei Verletzte", "de",
         "discharged"),
        ("Zwei Fahrgäste wurden aus dem Krankenhaus entlassen.", "Zwei Fahrgäste", "de",
         "discharged:passenger"),
    ],
)  # fmt: skip
def test_the_role_comes_from_the_clause(text: str, quote: str, language: str, concept: str) -> None:
    assert _concept(text, quote, language) == concept


@pytest.mark.parametrize(
    ("text", "quote", "language", "concept"),
    [
        # several numbers in one clause: each takes the cue of its own stretch
        ("Vier Menschen starben, 30 wurden verletzt.", "30", "de", "injured"),
        ("Six people were killed and 31 were injured in the blast.", "31", "en", "injured"),
        ("Six people were killed and 31 were injured in the blast.", "Six people", "en", "dead"),
        # staff keep their kind: harmed staff, or deployed staff
        (
            "Zwei Feuerwehrleute werden vermisst.",
            "Zwei Feuerwehrleute",
            "de",
            "missing:firefighter",
        ),
        ("1200 Polizisten begleiteten den Protest.", "1200 Polizisten", "de", "police_officer"),
        ("Die Polizei war mit 800 Beamtinnen im Einsatz.", "800", "de", "police_officer"),
        ("Im Einsatz waren nach Polizeiangaben 1.100 Kräfte.", "1.100", "de", "police_officer"),
        ("Am Samstag hatten sich 9.000 Menschen beteiligt.", "9.000", "de", "attendance"),
        (
            "Some 600 police officers watched the march.",
            "600 police officers",
            "en",
            "police_officer",
        ),
    ],
)
def test_numbers_share_a_clause_and_staff_keep_their_kind(
    text: str, quote: str, language: str, concept: str
) -> None:
    assert _concept(text, quote, language) == concept


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("In der Stadt arbeiten 180.000 Menschen.", "180.000 Menschen", "de"),
        ("The town has about 30,000 people.", "30,000 people", "en"),
    ],
)
def test_people_with_no_role_keep_the_generic_concept(text: str, quote: str, language: str) -> None:
    assert _concept(text, quote, language) == "person"


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("In der Stadt leben 180.000 Menschen.", "180.000 Menschen", "de"),
        ("In dem Heim wohnten zuletzt 86 Menschen.", "86 Menschen", "de"),
        ("About 30,000 people live in the town.", "30,000 people", "en"),
    ],
)
def test_people_who_live_in_a_place_are_its_inhabitants(
    text: str, quote: str, language: str
) -> None:
    assert _concept(text, quote, language) == "inhabitant"


def test_people_living_in_a_place_keep_what_befell_them() -> None:
    text = "Rund 3.000 Menschen, die in der Zone leben, wurden evakuiert."
    assert _concept(text, "Rund 3.000 Menschen", "de") == "evacuated"
    text = "About 3,000 people living near the plant were evacuated."
    assert _concept(text, "About 3,000 people", "en") == "evacuated"


def test_a_number_with_no_noun_counts_what_its_role_says() -> None:
    assert _concept("Die Zahl der Toten stieg am Abend auf 41.", "41", "de") == "dead"
    assert _concept("Officials put the number of missing at 41.", "41", "en") == "missing"


def test_a_number_with_no_noun_and_no_role_takes_its_siblings_thing() -> None:
    text = "Die Polizei zählte 50.000 Teilnehmer, die Veranstalter kamen auf 80.000."
    assert _concept(text, "80.000", "de") == "attendance"


def test_a_noun_outside_the_lexicon_is_grouped_by_its_lemma() -> None:
    assert _concept("Es wurden 14 Wasserwerfer eingesetzt.", "14 Wasserwerfer", "de") == (
        "lemma:wasserwerfer"
    )


def test_feminine_person_nouns_fold_onto_the_base_noun() -> None:
    known = frozenset({"bauer", "polizist", "teilnehmer"})
    assert fold_person_noun("Bäuerin", "de", known) == "bauer"
    assert fold_person_noun("Polizistinnen", "de", known) == "polizist"
    assert fold_person_noun("Teilnehmerin", "de", known) == "teilnehmer"
    assert fold_person_noun("Berlin", "de", known) is None
    assert fold_person_noun("farmer", "en", known) is None


def test_counted_concept_table() -> None:
    assert counted_concept("dead", "injured", True) == "dead"  # the noun says it
    # the injured and the survivors taken to hospital are those taken there
    assert counted_concept("injured", "hospitalised", True) == "hospitalised"
    assert counted_concept("rescued", "hospitalised", True) == "hospitalised"
    assert counted_concept("rescued", "injured", True) == "rescued"
    # employees laid off are jobs cut; people sent home from hospital are not
    assert counted_concept("employee", "laid_off", True) == "job"
    assert counted_concept("person", "laid_off", True) is None
    assert counted_concept("patient", "laid_off", True) == "patient"
    # but the arrested who are set free are a part of them, no count of the arrested
    assert counted_concept("arrested", "released", True) == "released:arrested"
    assert counted_concept("released", "released", True) == "released"
    assert counted_concept("person", "dead", True) == "dead"
    assert counted_concept("person", None, True) is None
    assert counted_concept(None, "missing", False) == "missing"
    assert counted_concept(None, None, False) is None
    assert counted_concept("protester", "participant", True) == "attendance"
    assert counted_concept("protester", "injured", True) == "injured:attendance"
    assert counted_concept("firefighter", "participant", True) == "firefighter"
    assert counted_concept("vehicle", "dead", True) == "vehicle"
    assert counted_concept("employee", "dead", True) == "dead:employee"
    assert counted_concept("employee", None, True) == "employee"
    assert counted_concept("apartment", "searched", True) == "premises"
    assert counted_concept("vehicle", "searched", True) == "vehicle"
    assert counted_concept("suspect", "arrested", True) == "arrested"
    assert counted_concept("suspect", "dead", True) == "dead:suspect"
    # the employees who take part in a strike are not the whole workforce
    assert counted_concept("employee", "participant", True) == "participant:employee"


@pytest.mark.parametrize(
    ("text", "quote", "language", "concept"),
    [
        ("Four workers were killed in the blast.", "Four workers", "en", "dead:employee"),
        ("The plant employs 250 workers.", "250 workers", "en", "employee"),
        # miners are workers of their mine: "three miners" and "three workers" died alike
        ("Three miners died in the collapse.", "Three miners", "en", "dead:employee"),
        ("Two miners were rescued on Friday.", "Two miners", "en", "rescued:employee"),
        ("Acht Kumpel wurden gerettet.", "Acht Kumpel", "de", "rescued:employee"),
        ("Vier Arbeiter wurden bei der Explosion getötet.", "Vier Arbeiter", "de", "dead:employee"),
        ("Zwei Angestellte wurden verletzt.", "Zwei Angestellte", "de", "injured:employee"),
    ],
)
def test_harm_to_people_of_a_kind_counts_the_harmed_of_that_kind(
    text: str, quote: str, language: str, concept: str
) -> None:
    """Dead miners and rescued miners are two counts, and neither is the toll of all."""
    assert _concept(text, quote, language) == concept


@pytest.mark.parametrize(
    ("text", "quote", "language", "concept"),
    [
        # what a search counts: the premises, whatever noun names them
        ("Ermittler haben 45 Wohnungen und Geschäftsräume durchsucht.", "45 Wohnungen", "de",
         "premises"),
        ("Durchsucht wurden 38 Objekte.", "38 Objekte", "de", "premises"),
        ("Police searched 45 homes and offices.", "45 homes", "en", "premises"),
        ("Officers raided 38 properties.", "38 properties", "en", "premises"),
        # homes destroyed are buildings
        ("The fire destroyed 2,000 homes.", "2,000 homes", "en", "building"),
        # the arrested suspects are the arrested
        ("Zwölf Verdächtige wurden festgenommen.", "Zwölf Verdächtige", "de", "arrested"),
        ("Police arrested 12 suspects.", "12 suspects", "en", "arrested"),
        ("Die Polizei sucht nach zwei Tatverdächtigen.", "zwei Tatverdächtigen", "de",
         "suspect"),
        # homes, customers and households without power count the outage; "affected" says
        # less than the outage named beside it
        ("More than 400,000 homes and businesses were without power.", "400,000 homes", "en",
         "without_power"),
        ("Fewer than 60,000 customers were still without power.", "60,000 customers", "en",
         "without_power"),
        ("Power outages affected 310,000 customers.", "310,000 customers", "en",
         "without_power"),
        ("80.000 Haushalte waren ohne Strom.", "80.000 Haushalte", "de", "without_power"),
        # residents ordered out of their homes are evacuated
        ("Some 2,500 residents were ordered out of their homes on Wednesday.",
         "Some 2,500 residents", "en", "evacuated"),
        # hostages let go are released; staff let go are jobs cut
        ("Two hostages were let go at around 2:15 p.m.", "Two hostages", "en",
         "released:hostage"),
        ("The company let go 200 employees last week.", "200 employees", "en", "job"),
        # who opens the sentence saying so is not what befell the people counted
        ("Survivors told rescuers that as many as 500 people had been crammed on board.",
         "500 people", "en", "aboard"),
        ("Survivors said 500 people had been aboard the vessel.", "500 people", "en",
         "aboard"),
        ("Unter den Verletzten sind nach Polizeiangaben auch zwei Kinder.", "zwei Kinder",
         "de", "injured:child"),
        # those whose power is back are a count of their own, never the outage's
        ("Power was restored to 9,000 customers by noon.", "9,000 customers", "en",
         "power_restored"),
        ("By Tuesday, 12,000 homes had power again.", "12,000 homes", "en", "power_restored"),
        ("Am Nachmittag hatten mehr als 18.000 Haushalte wieder Strom.", "18.000 Haushalte",
         "de", "power_restored"),
        # a permit's limit is what the place may hold
        ("Organisers had permission for only 80,000, police said.", "80,000", "en", "capacity"),
        ("Organisers had been allowed to host 80,000 people.", "80,000 people", "en",
         "capacity"),
        ("Genehmigt waren 80.000 Besucher, gekommen sind 250.000.", "80.000 Besucher", "de",
         "capacity"),
        # those who came are the crowd, unless what befell them is said
        ("Genehmigt waren 80.000 Besucher, gekommen sind 250.000.", "250.000", "de",
         "attendance"),
        ("Organisers expected 80,000, but around 250,000 turned up.", "around 250,000", "en",
         "attendance"),
        ("Zu der Demo sind 5.000 Menschen gekommen.", "5.000 Menschen", "de", "attendance"),
        ("Bei dem Unfall sind drei Menschen zu Schaden gekommen.", "drei Menschen", "de",
         "injured"),
        ("Bei dem Unfall sind drei Menschen ums Leben gekommen.", "drei Menschen", "de", "dead"),
        # people a company employs are its employees; "others" are people
        ("The mine employs about 1,800 people.", "about 1,800 people", "en", "employee"),
        ("Das Klinikum beschäftigt etwa 3.800 Menschen.", "etwa 3.800 Menschen", "de",
         "employee"),
        ("Six people died and six others were injured.", "six others", "en", "injured"),
    ],
)  # fmt: skip
def test_what_the_clause_tells_of_the_counted(
    text: str, quote: str, language: str, concept: str
) -> None:
    """ "45 Wohnungen durchsucht" and "38 Objekte durchsucht" count one tally; "zwölf
    Verdächtige festgenommen" and "14 Personen festgenommen" another; a permit's 80,000
    and the 250,000 who came are two."""
    assert _concept(text, quote, language) == concept


@pytest.mark.parametrize(
    ("text", "quote", "language", "concept"),
    [
        ("Four hostages were released on Saturday.", "Four hostages", "en", "released:hostage"),
        ("200 prisoners were freed hours later.", "200 prisoners", "en", "released:prisoner"),
        ("Am Samstag wurden vier Geiseln freigelassen.", "vier Geiseln", "de",
         "released:hostage"),
    ],
)  # fmt: skip
def test_people_released_are_a_running_total_of_their_kind(
    text: str, quote: str, language: str, concept: str
) -> None:
    assert _concept(text, quote, language) == concept
    assert _measured(text, quote, language).cumulative is True


def test_a_weekday_with_a_possessive_is_no_scope() -> None:
    assert _measured("Four workers were killed in Monday's blast.", "Four", "en").scope == ()


def test_the_nearest_cue_wins_and_one_after_the_number_first() -> None:
    text = "Es starben 7 Menschen, verletzt wurden 5."
    assert role_at(text, 0, len(text), 11, 12, "de") == "dead"
    assert role_at(text, 23, len(text), 39, 40, "de") == "injured"
    text = "starben 3 verletzt"
    assert role_at(text, 0, len(text), 8, 9, "de") == "injured"  # same distance: after


@given(st.text(max_size=300), st.integers(0, 300), st.integers(0, 20))
def test_role_lookup_never_fails_and_agrees_with_the_index(text: str, pos: int, width: int) -> None:
    qs = min(pos, len(text))
    qe = min(len(text), qs + width)
    for lang in ("de", "en"):
        index = RoleCues(text, 0, len(text), lang)
        assert index.role_at(0, len(text), qs, qe) == role_at(text, 0, len(text), qs, qe, lang)


def _measure(text: str, quote: str, language: str) -> tuple[tuple[str, ...], str | None]:
    m = _measured(text, quote, language)
    return m.scope, m.origin


@pytest.mark.parametrize(
    ("text", "quote", "language", "scope"),
    [
        ("Norway's toll stands at 212, the ministry gave a count.", "212", "en", "country:NO"),
        ("Norway has confirmed 212 deaths after the storm.", "212 deaths", "en", "country:NO"),
        ("In Norway, officials counted 212 dead.", "212 dead", "en", "country:NO"),
        ("Österreich hat inzwischen 41 Tote zu beklagen.", "41 Tote", "de", "country:AT"),
        ("In Österreich wurden 41 Menschen verletzt.", "41 Menschen", "de", "country:AT"),
    ],
)
def test_a_toll_takes_the_place_that_counts_it_as_its_scope(
    text: str, quote: str, language: str, scope: str
) -> None:
    """The place a harm count is given for: after a locative, in the possessive, or the
    country opening the sentence as its subject; never an origin (nothing is delivered)."""
    found, origin = _measure(text, quote, language)
    assert scope in found
    assert origin is None


@pytest.mark.parametrize(
    ("text", "quote", "language", "concept"),
    [
        ("The 14-story hotel collapsed in the night.", "14-story", "en", "storey"),
        ("A 300-bed field hospital was set up.", "300-bed", "en", "bed"),
        ("Das 9-geschossige Wohnhaus wurde geräumt.", "9-geschossige", "de", "storey"),
    ],
)
def test_a_count_glued_to_its_noun_by_a_hyphen(
    text: str, quote: str, language: str, concept: str
) -> None:
    assert _concept(text, quote, language) == concept


def test_a_hyphened_unit_or_age_is_not_a_glued_count() -> None:
    claims = extract_text("A 14-year-old boy was on the 21-foot boat.", language="en")
    concepts = {c.quote: c.measure.concept for c in claims if c.measure and c.quantity}
    assert concepts["14-year-old"] == "age:boy"  # an age, of a boy; no count
    assert concepts["21-foot"] != "storey"


@pytest.mark.parametrize(
    ("text", "language", "numbers"),
    [
        ("Among the dead identified so far are Ana Ruiz, 66, and Tom Berg, 55.", "en", 2),
        ("Polizeipräsidentin Maria Lenz (58) sprach von einem ruhigen Abend.", "de", 1),
    ],
)
def test_an_age_set_after_a_name_counts_nothing(text: str, language: str, numbers: int) -> None:
    """An age, of the person named: nothing counted; compared as that person's age (and a
    list of ages as a roster, see factcheck.reconcile.rosters)."""
    from factcheck.reconcile.quantities import measure_key

    claims = [c for c in extract_text(text, language=language) if c.quantity is not None]
    assert len(claims) == numbers
    assert all(c.measure is not None and c.measure.thing == "age" for c in claims)
    assert all(len(c.actors) == 1 and measure_key(c) is not None for c in claims)


def test_an_age_of_no_one_named_is_not_compared_alone() -> None:
    from factcheck.reconcile.quantities import measure_key

    (claim,) = [c for c in extract_text("The 23-year-old won.", language="en") if c.quantity]
    assert claim.actors == () and measure_key(claim) is None


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("Together the two fires destroyed more than 12,000 structures.", "12,000", "en"),
        ("Across both fires, at least 16,000 structures were destroyed.", "16,000", "en"),
        ("Insgesamt verfolgten 103.000 Menschen die Spiele.", "103.000", "de"),
        # a country-wide figure is a total over the places the story tells of
        ("Nationwide, at least 56 people died of heatstroke.", "56", "en"),
        ("More than two million people marched in US cities.", "two million", "en"),
        ("Bundesweit demonstrierten rund 300.000 Menschen.", "300.000", "de"),
    ],
)
def test_a_total_over_the_parts_has_the_total_scope(text: str, quote: str, language: str) -> None:
    scope, _origin = _measure(text, quote, language)
    assert "scope:all" in scope


def test_a_figure_for_one_part_has_no_total_scope() -> None:
    scope, _origin = _measure("The Ridgeway fire destroyed 6,800 structures.", "6,800", "en")
    assert "scope:all" not in scope


@pytest.mark.parametrize(
    ("text", "language", "compared"),
    [
        ("It was the second deadliest storm in the state's history.", "en", True),
        ("It was the third-largest fire on record.", "en", True),
        ("Rescuers worked through the rubble for a second day.", "en", False),
        ("The first call came in at noon.", "en", False),
        ("Es war der zweite größte Brand des Jahres.", "de", True),
        ("Der erste Notruf ging am Morgen ein.", "de", False),
    ],
)
def test_only_an_ordinal_that_ranks_is_a_figure(text: str, language: str, compared: bool) -> None:
    (claim,) = [c for c in extract_text(text, language=language) if c.quantity is not None]
    assert (claim.measure is not None) is compared


@pytest.mark.parametrize(
    ("text", "quote", "language", "scope"),
    [
        ("In the northern district alone, 310 homes were damaged.", "310", "en", "scope:part"),
        ("Insgesamt kamen 103.000 Menschen, davon allein 72.000 ans Tor.", "72.000", "de",
         "scope:part"),
        ("Insgesamt kamen 103.000 Menschen, davon allein 72.000 ans Tor.", "103.000", "de",
         "scope:all"),
    ],
)  # fmt: skip
def test_a_part_and_its_total_are_told_apart(
    text: str, quote: str, language: str, scope: str
) -> None:
    found, _origin = _measure(text, quote, language)
    assert scope in found


def test_the_length_of_a_river_is_one_thing_and_no_running_total() -> None:
    """ "Fluss" and "Strom" are one river; its length is not a toll, even in a sentence
    about dead fish."""
    texts = [
        "Der 840 Kilometer lange Fluss ist voller toter Fische.",
        "Im 854 Kilometer langen Strom trieben tote Fische.",
    ]
    measures = []
    for t in texts:
        (c,) = [c for c in extract_text(t, language="de") if c.quantity is not None]
        measures.append(c.measure)
    assert all(m is not None and m.concept == "measure:river" for m in measures)
    assert all(m is not None and not m.cumulative for m in measures)


def test_what_happened_to_them_outranks_who_they_were() -> None:
    """Passengers who were injured are counted as injured passengers, not as the people on
    board."""
    assert _concept("Etwa 30 Fahrgäste trugen Verletzungen davon.", "30", "de") == (
        "injured:passenger"
    )
    assert _concept("Rund 60 Passagiere waren an Bord.", "60", "de") == "passenger"
    assert _concept("About 40 passengers were hurt in the crash.", "40", "en") == (
        "injured:passenger"
    )


def test_a_place_after_a_figure_is_that_figures_place() -> None:
    """ "14 in the north and two in Bergen": Bergen is the two's place, and the north is
    not (it follows the 14)."""
    text = "By Monday the ministry counted 16 dead, 14 in Norway and two in Sweden."
    claims = {
        c.quote: c.measure.scope
        for c in extract_text(text, language="en")
        if c.quantity is not None and c.measure is not None
    }
    (two,) = [scope for quote, scope in claims.items() if quote.startswith("two")]
    assert "country:SE" in two and "country:NO" not in two


@pytest.mark.parametrize(
    ("text", "quote", "language", "side"),
    [
        ("Eight people had died in the flooded areas under Russian control.", "Eight", "en",
         "held:russian"),
        ("In government-held areas, 403 people died.", "403", "en", "held:government"),
        ("In den Gebieten unter russischer Kontrolle starben acht Menschen.", "acht", "de",
         "held:russisch"),
        ("In den regierungs-kontrollierten Gebieten starben 12 Menschen.", "12", "de",
         "held:regierungs"),
    ],
)  # fmt: skip
def test_the_side_that_holds_an_area_scopes_its_figures(
    text: str, quote: str, language: str, side: str
) -> None:
    scope, _origin = _measure(text, quote, language)
    assert side in scope


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("At that point 97 of the dead were women.", "97", "en"),
        ("Zwei der getöteten Frauen stammten aus dem Ort.", "Zwei", "de"),
    ],
)
def test_a_part_of_a_set_named_after_the_number_is_a_subset(
    text: str, quote: str, language: str
) -> None:
    scope, _origin = _measure(text, quote, language)
    assert "scope:subset" in scope


@pytest.mark.parametrize(
    ("text", "quote", "language", "state"),
    [
        ("The storm destroyed 310 homes and damaged 1,200 more.", "1,200", "en", "damaged"),
        ("Der Sturm zerstörte 80 Häuser, 400 weitere wurden beschädigt.", "400", "de", "damaged"),
        ("The quake killed 14 people and caused damage to 2,300 buildings.", "2,300", "en",
         "damaged"),
        ("Two people died and 45 homes were destroyed.", "45 homes", "en", "destroyed"),
    ],
)  # fmt: skip
def test_what_happened_to_things_is_their_state_even_beside_harm_to_people(
    text: str, quote: str, language: str, state: str
) -> None:
    m = _measured(text, quote, language)
    assert m.state == state
    assert m.cumulative  # what a disaster destroyed is counted as assessors go on


def test_a_pronoun_opening_a_sentence_takes_the_previous_subjects_name() -> None:
    text = (
        "The Millbrook fire killed 11 people in the hills. "
        "It destroyed 2,140 structures and burned 9,000 acres."
    )
    scope, _origin = _measure(text, "2,140", "en")
    assert "millbrook" in scope
    plain, _ = _measure("Crews worked all night. It destroyed 2,140 structures.", "2,140", "en")
    assert "crews" not in plain


def test_the_name_a_sentence_opens_with_scopes_its_figures() -> None:
    scope, _origin = _measure(
        "In Cedar Ridge and Eastbrook alone, about 900 homes burned.", "900", "en"
    )
    assert {"cedar", "ridge"} <= set(scope)
    country, _ = _measure("In Ecuador, the ministry counted 640 dead.", "640", "en")
    assert country == ("country:EC",)  # a place, not a name


def test_a_sea_name_inside_a_longer_name_is_no_sea() -> None:
    scope, _origin = _measure("In Atlantic City, 40 homes were damaged.", "40", "en")
    assert not any(s.startswith("sea:") for s in scope)
    sea, _ = _measure("In the Pacific, 40 ships sank.", "40", "en")
    assert "sea:pacific" in sea


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("Officials now count 1,204 dead from the May 2 landslide.", "1,204", "en"),
        ("Inzwischen zählen die Behörden 88 Tote nach dem Unglück vom 2. Mai.", "88", "de"),
    ],
)
def test_a_figure_given_as_of_now_is_not_dated_to_the_event(
    text: str, quote: str, language: str
) -> None:
    claims = extract_text(text, language=language, published="2024-06-10")
    (claim,) = [c for c in claims if c.quantity is not None and quote in c.quote]
    # as of the article, not of 2 May
    assert claim.time is not None and str(claim.time.start) == "2024-06-10"
    dated = extract_text(
        text.replace("now ", "").replace("Inzwischen zählen", "Am 2. Mai zählten"),
        language=language,
        published="2024-06-10",
    )
    (early,) = [c for c in dated if c.quantity is not None and quote in c.quote]
    assert early.time is not None and early.time.start is not None


@pytest.mark.parametrize(
    "text",
    [
        "27 people had been treated in hospital, correcting earlier reports of 31.",
        "The toll stands at 27, up from an earlier toll of 31.",
        "27 people were hurt; police had initially reported 31.",
        "112 households are in hotels. The figure has risen from 31 earlier in the week.",
        "Four people died, raising the toll from the 31 deaths reported on Saturday.",
        "Am Freitagabend war noch von 31 Verletzten die Rede gewesen.",
        "Zunächst war von 31 Verletzten die Rede.",
    ],
)
def test_earlier_reports_of_a_figure_set_it_out_as_earlier(text: str) -> None:
    """ "correcting earlier reports of 31": the 31 is the article's own history."""
    language = "de" if " von " in text else "en"
    claims = extract_text(text, language=language, published="2024-06-10")
    (earlier,) = [c for c in claims if c.quantity is not None and "31" in c.quote]
    assert earlier.measure is not None and EARLIER_SCOPE in earlier.measure.scope


def test_an_earlier_figure_keeps_its_own_time() -> None:
    text = "The toll rose above 3,900, up from 2,045 reported last Thursday."
    claims = extract_text(text, language="en", published="2024-06-10")
    by_quote = {c.quote: c for c in claims if c.quantity is not None}
    later = next(c for q, c in by_quote.items() if "3,900" in q)
    earlier = next(c for q, c in by_quote.items() if "2,045" in q)
    assert later.time is None
    assert earlier.time is not None and earlier.time.start is not None


@pytest.mark.parametrize(
    ("text", "quote", "language", "area"),
    [
        ("In the northwest, rescuers counted more than 1,400 dead.", "1,400", "en", "northwest"),
        ("Im Nordwesten starben mindestens 40 Menschen.", "40", "de", "northwest"),
        ("Im Süden wurden 12 Menschen verletzt.", "12", "de", "south"),
        # a closed road's direction
        ("Die Autobahn war in Richtung Norden fast zwölf Stunden gesperrt.", "zwölf", "de",
         "northbound"),
        ("Die Gegenrichtung war rund zwei Stunden gesperrt.", "zwei", "de", "opposite"),
        ("The northbound lanes were closed for nine hours.", "nine", "en", "northbound"),
    ],
)  # fmt: skip
def test_a_part_of_the_area_named_by_its_direction_scopes_the_figure(
    text: str, quote: str, language: str, area: str
) -> None:
    scope, _origin = _measure(text, quote, language)
    assert f"area:{area}" in scope


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        # "across the North Terminal gate": a name, not the north of anything
        ("Smoke drifted across the North Terminal gate as 300 workers began a strike.", "300",
         "en"),
        # a vehicle's direction: one train whichever way it went
        ("The eastbound train derailed with 141 cars.", "141", "en"),
        ("Der Zug in Richtung Süden hatte zwölf Wagen.", "zwölf", "de"),
    ],
)  # fmt: skip
def test_a_direction_word_in_a_name_or_of_a_vehicle_is_no_part_of_the_area(
    text: str, quote: str, language: str
) -> None:
    scope, _origin = _measure(text, quote, language)
    assert not any(x.startswith("area:") for x in scope)


def test_the_place_after_a_list_of_figures_scopes_each_of_them() -> None:
    text = "The minister said 610 people were killed and 1,240 injured in rebel-held areas."
    for quote in ("610", "1,240"):
        scope, _origin = _measure(text, quote, "en")
        assert "held:rebel" in scope
    apart = "Three people died in Ohio and 12 were injured in Texas."
    assert _measure(apart, "Three", "en")[0] == ("region:us-oh",)


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("Die Halle ist für maximal 8.000 Menschen ausgelegt.", "8.000", "de"),
        ("Auf dem Platz sollen etwa 12.000 Besucher Platz finden.", "12.000", "de"),
        ("The arena is designed for 18,000 spectators.", "18,000", "en"),
        ("The square has room for about 5,000 people.", "5,000", "en"),
    ],
)
def test_how_many_a_place_holds_is_its_capacity(text: str, quote: str, language: str) -> None:
    assert _concept(text, quote, language) == "capacity"


def test_a_capacity_told_of_with_an_expansion_is_the_new_layouts() -> None:
    text = (
        "Für das Finale wird der Platz erneut vergrößert. "
        "Dann sollen mehr als 50.000 Menschen Platz finden."
    )
    assert _measured(text, "50.000", "de").state == "expanded"
    plain = "Dann sollen mehr als 50.000 Menschen Platz finden."
    assert _measured(plain, "50.000", "de").state is None


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("Rund 210.000 Fans besuchten am ersten Wochenende die Fanzone.", "210.000", "de"),
        ("Some 400,000 visitors came over the first two weeks.", "400,000", "en"),
        # the helpers of a search over days
        ("An der Suche waren über drei Tage hinweg insgesamt mehr als 200 Einsatzkräfte "
         "beteiligt.", "200", "de"),
        ("More than 200 rescuers took part over the course of the three-day search.", "200",
         "en"),
    ],
)  # fmt: skip
def test_a_crowd_over_a_span_of_days_is_a_running_total(
    text: str, quote: str, language: str
) -> None:
    m = _measured(text, quote, language)
    assert m.concept in ("attendance", "rescue_worker") and m.cumulative
    one_day = _measured("Am Samstag kamen 60.000 Fans.", "60.000", "de")
    assert one_day.concept == "attendance" and not one_day.cumulative


def test_a_date_inside_a_street_name_is_no_time() -> None:
    claims = extract_text(
        "Nach ihren Angaben feierten 38.000 Fans auf der Straße des 18. Oktober.",
        language="de",
        published="2024-06-30",
    )
    (crowd,) = [c for c in claims if c.quantity is not None and "38.000" in c.quote]
    assert crowd.time is None
    assert not any(c.date is not None for c in claims)


def test_a_perfect_tense_across_a_figure_points_a_weekday_back() -> None:
    claims = extract_text(
        "Am Samstagabend haben 48.000 Menschen auf der Fanmeile gefeiert.",
        language="de",
        published="2024-06-30",
    )
    (crowd,) = [c for c in claims if c.quantity is not None]
    assert crowd.time is not None
    assert crowd.time.start == crowd.time.end == dt.date(2024, 6, 29)


@pytest.mark.parametrize(
    "text",
    [
        "Am Samstag hätten sich 9.000 Menschen an dem Aufzug beteiligt, sagte er.",
        "Am Samstag seien acht Beamte verletzt worden.",
    ],
)
def test_reported_speech_in_the_past_points_a_weekday_back(text: str) -> None:
    claims = extract_text(text, language="de", published="2024-06-30")
    (figure,) = [c for c in claims if c.quantity is not None]
    assert figure.time is not None
    assert figure.time.start == figure.time.end == dt.date(2024, 6, 29)


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("Dazu näherten sich 800 weitere Traktoren der Stadt.", "800", "de"),
        ("The fire destroyed 310 homes and another 450 burned down.", "450", "en"),
        # the word before the number, and people in a crowd added to people
        ("55.000 Menschen standen auf der Straße, weitere 15.000 vor dem Reichstag.", "15.000",
         "de"),
        ("Rescuers recovered 120 bodies on Monday and another 40 on Tuesday.", "40", "en"),
        ("The club will pay 260 million pounds and has committed a further 240 million pounds.",
         "240", "en"),
        # a noun of its own after the increment word, more of a thing told of before
        ("The first call came at 6:34 p.m. from 112 callers; ten more calls followed.", "ten",
         "en"),
        ("Dozens remain missing. The minister said 500 more soldiers would be sent.", "500",
         "en"),
        # a figure of another paragraph is no figure the word sets the increment against
        ("Doctors said 12 survivors had lost their sight.\n\nPolice said three more suspects were "
         "arrested.", "three", "en"),
        ("Acht Menschen liegen auf der Intensivstation.\n\nDrei weitere Verdächtige wurden "
         "festgenommen.", "Drei", "de"),
        # the rest of a set is a part of it, whatever figure stands nearest
        ("Von den fünf Verletzten wurden zwei schwer verletzt. Die übrigen drei Verletzten "
         "konnten gehen.", "drei", "de"),
        # an age between them is no figure of a thing
        ("Zwei Frauen im Alter von 20 und 68 Jahren sowie zwei weitere Frauen kamen ums "
         "Leben.", "zwei weitere", "de"),
    ],
)  # fmt: skip
def test_an_increment_is_a_part_of_the_whole(text: str, quote: str, language: str) -> None:
    scope, _origin = _measure(text, quote, language)
    assert {"scope:subset", "scope:increment"} <= set(scope)


@pytest.mark.parametrize(
    ("text", "quote", "language", "part"),
    [
        # "N other X" are others than someone named: a part
        ("The driver and 14 other people were taken to hospital.", "14", "en", True),
        # the rest of a set, before its number, is a part of it
        ("Two of the injured are critical. The other three were treated at the scene.",
         "three", "en", True),
        ("Zwei Verletzte sind in Lebensgefahr, die anderen drei Verletzten sind stabil.",
         "drei", "de", True),
        # after a figure of another thing "other" adds others, a whole
        ("Three people died and 12 other people were injured.", "12", "en", False),
    ],
)  # fmt: skip
def test_other_makes_a_part_unless_it_adds_others(
    text: str, quote: str, language: str, part: bool
) -> None:
    scope, _origin = _measure(text, quote, language)
    assert ("scope:subset" in scope) is part


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("Drei Menschen starben, zwölf weitere wurden verletzt.", "zwölf", "de"),
        ("Three people died and 12 more were injured.", "12", "en"),
        # the same thing in another state: the damaged homes all told
        ("The fire destroyed 310 homes and damaged 450 more.", "450", "en"),
        # harm done to a noun of its own: the hurt all told
        ("The toll rose to 154. Another 132 people were hurt.", "132", "en"),
    ],
)
def test_others_after_a_figure_of_another_thing_are_counted_whole(
    text: str, quote: str, language: str
) -> None:
    """ "zwölf weitere wurden verletzt": twelve others, the injured all told."""
    scope, _origin = _measure(text, quote, language)
    assert not {"scope:subset", "scope:increment"} & set(scope)


def test_the_places_of_a_part_are_no_flow_of_the_whole() -> None:
    text = "Rund 2.400 Polizisten waren im Dienst, darunter Kräfte aus Österreich und Polen."
    scope, origin = _measure(text, "2.400", "de")
    assert origin is None
    assert "country:AT" not in scope


@pytest.mark.parametrize(
    ("text", "quote", "language", "subject"),
    [
        ("Am Abend zeigte der Pegel in der Spitze 8,31 Meter.", "8,31", "de", "water_level"),
        ("Der Turm ist 212 Meter hoch.", "212", "de", "height"),
        ("The river crested at 6.4 metres on Monday.", "6.4", "en", "water_level"),
        ("The new span is 1.8 km long.", "1.8", "en", "length"),
        ("The channel has a length of 1.8 km.", "1.8", "en", "length"),
        ("Winds reached 85 mph near the pier.", "85", "en", "wind_speed"),
        ("Orkanböen erreichten bis zu 130 Kilometer pro Stunde.", "130", "de", "gust"),
        ("Der Wetterdienst maß eine Spitzenböe von 152 km/h.", "152", "de", "gust"),
        # winds "gusting" give their gusts, not their sustained speed
        ("Winds were gusting above 60 mph.", "60", "en", "gust"),
        ("Winds of 40 mph, gusting to 60 mph, hit the coast.", "40", "en", "wind_speed"),
        # a subject word of another dimension names another figure: no wind speed
        ("Strong winds and a heatwave sent temperatures to 43.5C.", "43.5", "en", "temperature"),
        ("Das Thermometer zeigte am Mittwoch 38,4 Grad.", "38,4", "de", "temperature"),
    ],
)
def test_a_measure_with_no_noun_takes_its_subject_from_the_clause(
    text: str, quote: str, language: str, subject: str
) -> None:
    assert _measured(text, quote, language).thing == f"measure:{subject}"


def test_a_measure_with_no_subject_names_nothing() -> None:
    assert _measured("Es waren 4,2 Meter.", "4,2", "de").thing == "measure"


def test_an_age_written_with_an_inflected_alt_is_an_age() -> None:
    claims = extract_text("Ein 42 Jahre alter Feuerwehrmann ist ertrunken.", language="de")
    (age,) = [c for c in claims if c.quantity is not None]
    assert age.measure is not None and age.measure.thing == "age"


def test_a_figure_the_article_marks_as_superseded_is_its_own_history() -> None:
    scope, _origin = _measure("The toll rose to 93, up from at least 88.", "88", "en")
    assert "scope:earlier" in scope
    now, _ = _measure("The toll rose to 93, up from at least 88.", "93", "en")
    assert "scope:earlier" not in now


@pytest.mark.parametrize(
    ("text", "new", "old"),
    [
        ("The death toll rose to 52 from 38 on Monday.", "52", "38"),
        ("Unemployment fell to 5.1 percent from 5.4 percent.", "5.1 percent", "5.4 percent"),
        ("Revenue rose to $4.2 billion from $3.9 billion.", "$4.2 billion", "$3.9 billion"),
    ],
)
def test_the_level_a_change_came_from_told_after_the_new_one_is_earlier(
    text: str, new: str, old: str
) -> None:
    assert "scope:earlier" in _measure(text, old, "en")[0]
    assert "scope:earlier" not in _measure(text, new, "en")[0]


def test_the_time_after_the_level_a_change_came_from_dates_the_new_level() -> None:
    claims = extract_text("The death toll rose to 52 from 38 on Monday.", language="en")
    new = next(c for c in claims if c.quote == "52")
    assert new.time is not None and new.time.weekday == 0


def test_a_change_from_one_level_to_another_is_the_level_it_reached() -> None:
    for text, language, level in [
        ("Die Zahl der Toten stieg von 38 auf 52.", "de", 52),
        ("The toll was revised from 145 to 128.", "en", 128),
        ("Der Umsatz stieg von 100 auf 200 Millionen Euro.", "de", 200_000_000),
    ]:
        (claim,) = [c for c in extract_text(text, language=language) if c.quantity]
        assert claim.quantity is not None and claim.quantity.nominal == level, text
        assert claim.quantity.direction is not None


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("Of the dead, 41 were women and 23 men.", "23", "en"),
        ("Unter den Toten sind zwei Kinder.", "zwei", "de"),
        ("At that point 97 of the dead were women.", "97", "en"),
    ],
)
def test_a_part_of_the_dead_is_a_growing_subset(text: str, quote: str, language: str) -> None:
    m = _measured(text, quote, language)
    assert "scope:subset" in m.scope
    assert m.cumulative


def test_the_time_a_figure_is_counted_at_outranks_the_events_time() -> None:
    text = (
        "The toll from Friday night's collapse has risen to 93, "
        "officials said, as of 9 p.m. on Sunday."
    )
    claims = extract_text(text, language="en", published="2024-06-10")
    (toll,) = [c for c in claims if c.quantity is not None]
    assert toll.time is not None and toll.time.start == dt.date(2024, 6, 9)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The bodies of two children, ages 4 and 10, were recovered.", "10"),
        ("Two brothers aged 5 and 11 were rescued.", "11"),
        # a number of years ending the list is an age, too
        ("Two women aged 20 and 68 years died.", "68 years"),
        ("Zwei Frauen im Alter von 20 und 68 Jahren starben.", "68 Jahren"),
    ],
)
def test_a_number_listed_after_an_age_is_an_age(text: str, quote: str) -> None:
    claims = extract_text(text, language="de" if "Jahren" in text else "en")
    (listed,) = [c for c in claims if c.quantity is not None and c.quote == quote]
    assert listed.measure is not None and listed.measure.thing == "age"
    counted = extract_text("Two men, aged 30, and 40 women were hurt.", language="en")
    assert any(c.quote.startswith("40") and c.measure and c.measure.thing != "age" for c in counted)
    # after an age glued to its noun, years are a duration
    later = extract_text("Der 45-Jährige und zwei Jahre später seine Frau.", language="de")
    assert any(c.quote == "zwei Jahre" and c.measure and c.measure.thing != "age" for c in later)


@pytest.mark.parametrize(
    ("text", "quote", "language", "concept"),
    [
        # a cue in the number's own noun counts only when no other cue does
        ("Three passengers and two crew members were injured.", "Three", "en",
         "injured:passenger"),
        ("Three passengers and two crew members were injured.", "two", "en", "injured:crew"),
        ("Nineteen passengers were on board the ferry.", "Nineteen", "en", "passenger"),
        # the noun's own cue is no neighbour: the verb two cues after it still counts
        ("Three passengers aboard the bus were killed.", "Three", "en", "dead:passenger"),
        ("Four crew members on board the trawler were rescued.", "Four", "en",
         "rescued:crew"),
        ("Zwei Fahrgäste an Bord des Busses wurden getötet.", "Zwei", "de",
         "dead:passenger"),
        ("Es gab mehr als 6600 Evakuierungen.", "6600", "de", "evacuated:lemma:evakuierung"),
        # people who fell sick are cases
        ("186 passengers and 19 crew members reported vomiting.", "186", "en",
         "case:passenger"),
        ("The number of people sick with norovirus rose to 241.", "241", "en", "case"),
    ],
)  # fmt: skip
def test_what_befell_them_outranks_the_cue_their_noun_is(
    text: str, quote: str, language: str, concept: str
) -> None:
    assert _concept(text, quote, language) == concept


def test_cars_carrying_chemicals_carry_no_people() -> None:
    """ "11 were carrying hazardous materials": tank cars, nobody on board."""
    text = "Of the 38 derailed cars, 11 were carrying hazardous materials."
    (eleven,) = [c for c in extract_text(text, language="en") if c.quote == "11"]
    assert eleven.measure is None or eleven.measure.concept != "aboard"


@pytest.mark.parametrize(
    ("text", "quote", "language", "concept"),
    [
        # people medics treated are patients, as "7.200 Patienten" are
        ("Der Rettungsdienst behandelte rund 6.900 Menschen.", "6.900", "de", "patient"),
        ("Paramedics treated about 6,900 people.", "6,900", "en", "patient"),
        ("The fire left 21 people needing treatment for smoke inhalation.", "21", "en", "patient"),
        # treated as outpatients or in hospital: treated, not all hospitalised
        ("24 Menschen wurden ambulant oder im Krankenhaus behandelt.", "24", "de", "patient"),
        ("Die Sanitäter versorgten 7.200 Patienten.", "7.200", "de", "patient"),
        # a nearer cue of harm or of a hospital says more
        ("Five people were treated for minor injuries.", "Five", "en", "lightly_injured"),
        ("Drei Menschen wurden im Krankenhaus behandelt.", "Drei", "de", "hospitalised"),
    ],
)
def test_people_medics_treated_are_patients(
    text: str, quote: str, language: str, concept: str
) -> None:
    assert _concept(text, quote, language) == concept


@pytest.mark.parametrize(
    ("text", "quote", "language", "concept"),
    [
        # the people of a data leak are affected, not a company's customers
        ("Data of 70 million customers was leaked.", "70", "en", "affected:customer"),
        ("The breach affected 73 million customers.", "73", "en", "affected:customer"),
        ("Hacker erbeuteten die Daten von 12 Millionen Kunden.", "12", "de",
         "affected:customer"),
        ("The company has about 110 million customers.", "110", "en", "customer"),
        # customers of an outage are without power
        ("Bei dem Stromausfall waren 40.000 Kunden betroffen.", "40.000", "de",
         "without_power"),
    ],
)  # fmt: skip
def test_customers_of_a_data_leak_are_affected(
    text: str, quote: str, language: str, concept: str
) -> None:
    assert _concept(text, quote, language) == concept


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Early on Tuesday, the fire chief put the toll at 88 dead.", "88"),
        ("Overnight, the ministry gave a figure: 610 people killed and 1,240 injured.", "1,240"),
    ],
)
def test_an_early_count_named_by_the_sentences_opening_is_interim(text: str, quote: str) -> None:
    assert _measured(text, quote, "en").interim
    assert not _measured("The fire chief put the toll at 88 dead.", "88", "en").interim


def test_a_figure_joined_to_a_scoped_one_shares_its_place() -> None:
    text = "Nine people died in the rebel-held south, and 14 are missing."
    scope, _origin = _measure(text, "14", "en")
    assert "held:rebel" in scope
    apart = "Three people died in Ohio and 12 were injured in Texas."
    assert _measure(apart, "12", "en")[0] == ("region:us-tx",)


def test_an_irregular_past_points_a_bare_date_back() -> None:
    claims = extract_text(
        "The governor gave 25 dead and 17 missing on June 16.",
        language="en",
        published="2023-12-28",
    )
    (dead,) = [c for c in claims if c.quantity is not None and c.quote.startswith("25")]
    assert dead.time is not None and dead.time.start == dt.date(2023, 6, 16)


def test_a_crowd_with_no_day_of_its_own_takes_the_paragraphs_day() -> None:
    text = (
        "Am Freitagabend feierten Zehntausende in der Innenstadt. "
        "Die Veranstalter zählten rund 50.000 Menschen in der Fanzone."
    )
    claims = extract_text(text, language="de", published="2024-06-15")
    (crowd,) = [c for c in claims if c.quantity is not None and "50.000" in c.quote]
    assert crowd.time is not None and crowd.time.start == dt.date(2024, 6, 14)
    apart = text.replace("innenstadt. ", "innenstadt.\n\n").replace(
        "Innenstadt. ", "Innenstadt.\n\n"
    )
    claims = extract_text(apart, language="de", published="2024-06-15")
    (alone,) = [c for c in claims if c.quantity is not None and "50.000" in c.quote]
    assert alone.time is None  # another paragraph: no day of its own


def test_a_span_word_closing_a_compound_makes_a_running_total() -> None:
    m = _measured(
        "Rund 120.000 Menschen besuchten am ersten Festival-Wochenende die Fanzonen.",
        "120.000",
        "de",
    )
    assert m.concept == "attendance" and m.cumulative


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("Die Bahn kalkuliert inzwischen mit Kosten von 7,1 Milliarden Euro.", "7,1", "de"),
        ("The new bridge will cost $2.4 billion.", "2.4", "en"),
    ],
)
def test_money_named_a_cost_is_a_cost(text: str, quote: str, language: str) -> None:
    assert _measured(text, quote, language).thing == "money:cost"


@pytest.mark.parametrize(
    ("text", "quote", "language", "thing"),
    [
        ("Regulators fined the operator $58,000 over the leak.", "58,000", "en", "money:fine"),
        ("Die Behörde verhängte ein Bußgeld von 85.000 Euro.", "85.000", "de", "money:fine"),
        ("Police offered a reward of $10,000 for tips.", "10,000", "en", "money:reward"),
        ("Für Hinweise ist eine Belohnung von 5000 Euro ausgesetzt.", "5000", "de", "money:reward"),
        (
            "Die Opfer erhalten eine Entschädigung von 2 Millionen Euro.",
            "2",
            "de",
            "money:compensation",
        ),
    ],
)
def test_a_fine_a_reward_and_a_compensation_are_money_of_their_own(
    text: str, quote: str, language: str, thing: str
) -> None:
    assert _measured(text, quote, language).thing == thing


@pytest.mark.parametrize(
    ("text", "quote", "language", "thing"),
    [
        ("It is asking for a pay rise of 25 per cent.", "25", "en", "share:rise"),
        ("Turnout of 61 percent was the highest in years.", "61", "en", "share:turnout"),
        ("Sie fordert eine Lohnerhöhung von 8 Prozent.", "8", "de", "share:lohnerhöhung"),
        ("Sie gilt bei einer Laufzeit von zwölf Monaten.", "zwölf", "de", "duration:term"),
        ("The deal has a term of 24 months.", "24", "en", "duration:term"),
    ],
)
def test_a_share_with_no_noun_is_of_the_noun_before_of(
    text: str, quote: str, language: str, thing: str
) -> None:
    assert _measured(text, quote, language).thing == thing


@pytest.mark.parametrize(
    ("text", "language"),
    [("Prices rose by 5 percent.", "en"), ("Die Preise sind um 5 Prozent gestiegen.", "de")],
)
def test_a_verb_before_a_share_names_no_subject(text: str, language: str) -> None:
    (share,) = [c for c in extract_text(text, language=language) if c.quantity is not None]
    assert share.measure is None or ":" not in share.measure.thing


def test_a_count_up_to_a_time_is_a_running_count() -> None:
    """ "87 aftershocks had been recorded by Monday": a later, higher count is growth."""
    m = _measured("By Monday morning, 87 aftershocks had been recorded.", "87", "en")
    assert m.cumulative is True


@pytest.mark.parametrize(
    ("text", "quote", "concept"),
    [
        ("Die Polizei nahm 14 Personen vorübergehend fest.", "14", "arrested"),
        ("Die Feuerwehr brachte 40 Bewohner in Sicherheit.", "40", "evacuated"),
    ],
)
def test_a_separable_verb_around_the_count_gives_its_role(
    text: str, quote: str, concept: str
) -> None:
    assert _concept(text, quote, "de") == concept


def test_the_particle_of_another_verb_gives_no_role() -> None:
    text = "Er nahm an der Sitzung mit 30 Kollegen teil und stellte fest, dass es regnete."
    assert _concept(text, "30", "de") == "lemma:kollege"


def test_a_year_after_an_amount_dates_it() -> None:
    """ "fined $85,000 in 2021": a point in time after a number is no range of numbers."""
    (fine,) = [
        c
        for c in extract_text("The company was fined $85,000 in 2021.", language="en")
        if c.quantity is not None
    ]
    assert fine.time is not None and fine.time.start == dt.date(2021, 1, 1)


def test_the_time_of_a_relative_clause_does_not_date_the_figures_after_it() -> None:
    text = "The plant, which opened in 1987, was fined $85,000 by regulators in 2021."
    (fine,) = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert fine.time is not None and fine.time.start == dt.date(2021, 1, 1)
    before = "Das Ministerium zählt 84.000 Helfer, die seit Freitag im Einsatz sind."
    (helpers,) = [
        c
        for c in extract_text(before, language="de", published="2024-06-04")
        if c.quantity is not None
    ]
    assert helpers.time is not None  # the clause tells of the figure before it
    # but not a clause said of another noun after the figure
    other = "Walter Kessler (72) hatte das Unternehmen, das seit 1978 ansässig ist, aufgebaut."
    ages = [c for c in extract_text(other, language="de", published="2026-03-15") if c.quantity]
    assert [(c.quantity.nominal, c.time) for c in ages if c.quantity] == [(72.0, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Orla, a steel ferry built in 1987, was licensed to carry 90 passengers.", "en"),
        ("Die Orla, ein 1987 gebautes Schiff, war für 90 Fahrgäste zugelassen.", "de"),
    ],
)
def test_the_time_of_an_apposition_does_not_date_the_figures_after_it(
    text: str, language: str
) -> None:
    """ "the ferry, *a vessel built in 1987*, was licensed to carry 90": the year tells of
    the vessel, not of its licence."""
    (cap,) = [
        c
        for c in extract_text(text, language=language, published="2024-09-15")
        if c.quantity is not None
    ]
    assert cap.time is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Am Montag, dem 13. Mai 2024, kamen 90 Menschen.", "de"),
        ("The figure, the ministry said on 13 May 2024, rose to 90 people.", "en"),
    ],
)
def test_a_date_in_apposition_or_said_aside_still_dates_the_figure(
    text: str, language: str
) -> None:
    """ "am Montag, *dem 13. Mai*," is the date itself; "the ministry said on 13 May" dates
    what it says."""
    (count,) = [
        c
        for c in extract_text(text, language=language, published="2024-09-15")
        if c.quantity is not None
    ]
    assert count.time is not None and count.time.start == dt.date(2024, 5, 13)


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("Etwa 30 Fahrgäste wurden verletzt; 15 davon schwer.", "15", "de"),
        ("About 30 passengers were hurt, 12 of them seriously.", "12", "en"),
    ],
)
def test_a_part_of_the_figure_named_before_is_no_bare_count(
    text: str, quote: str, language: str
) -> None:
    m = _measured(text, quote, language)
    assert not m.inferred
    assert _measured("Später starben 16.", "16", "de").inferred


@pytest.mark.parametrize(
    ("text", "quote", "language", "concept"),
    [
        ("Die Polizei war mit 650 Kräften im Einsatz.", "650", "de", "police_officer"),
        ("Die Feuerwehr rückte mit 85 Einsatzkräften aus.", "85", "de", "firefighter"),
        # the organisation in the sentence before, when a pronoun opens this one
        ("Die Polizei zog eine Bilanz. Sie war mit 430 Kräften vor Ort.", "430", "de",
         "police_officer"),
        ("The fire department sent 140 personnel to the plant.", "140", "en", "firefighter"),
        ("Bei dem Einsatz wurden drei Kräfte der Feuerwehr verletzt.", "drei", "de",
         "injured:firefighter"),
    ],
)  # fmt: skip
def test_generic_forces_are_the_staff_of_the_organisation_named(
    text: str, quote: str, language: str, concept: str
) -> None:
    assert _concept(text, quote, language) == concept


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # two organisations: whose forces is not said
        ("Polizei und Feuerwehr waren mit 300 Einsatzkräften vor Ort.", "300"),
        # no pronoun opens the sentence: the one before says nothing of these forces
        ("Die Polizei zog eine Bilanz. Am Ende fehlten 430 Kräfte im Betrieb.", "430"),
        # the organisation is named among their parts: forces of several
        ("Insgesamt waren rund 150 Einsatzkräfte vor Ort, darunter die Feuerwehren aus "
         "allen Stadtteilen.", "150"),
    ],
)  # fmt: skip
def test_generic_forces_of_no_single_organisation_stay_generic(text: str, quote: str) -> None:
    assert _concept(text, quote, "de") not in ("police_officer", "firefighter")


@pytest.mark.parametrize(
    ("text", "quote", "language", "concept"),
    [
        # organisations named together: their forces are the emergency forces as a whole
        ("Mit 220 Kräften waren Feuerwehr und Rettungsdienst im Einsatz.", "220", "de",
         "rescue_worker"),
        ("Polizei, Feuerwehr und THW waren mit 450 Kräften vor Ort.", "450", "de",
         "rescue_worker"),
        # one relief organisation's helpers are a part of all forces
        ("Das Technische Hilfswerk ist mit rund 600 Helfern im Einsatz.", "600", "de",
         "relief_worker"),
        ("Das THW war mit 80 Kräften vor Ort.", "80", "de", "relief_worker"),
        ("Police and fire crews had 300 personnel at the scene.", "300", "en", "rescue_worker"),
        # named apart, each has forces of its own, and whose these are is not said
        ("Die Polizei war mit 1.800 Kräften im Einsatz, die Feuerwehr mit 300 Kräften.",
         "1.800", "de", "lemma:kraft"),
        ("The police deployed 800 personnel, while the fire department sent 120 personnel.",
         "800", "en", "lemma:personnel"),
    ],
)  # fmt: skip
def test_forces_of_organisations_named_together_are_emergency_forces(
    text: str, quote: str, language: str, concept: str
) -> None:
    assert _concept(text, quote, language) == concept


def test_the_day_of_a_report_does_not_date_the_paragraphs_crowd() -> None:
    text = (
        "In ihrer Bilanz am Samstag lobte die Polizei die Fans. "
        "Die Veranstalter zählten 41.000 Besucher."
    )
    dated = "Am Samstag feierten die Fans. Die Veranstalter zählten 41.000 Besucher."
    published = "2024-06-16"
    (late,) = [c for c in extract_text(text, language="de", published=published) if c.quantity]
    (same,) = [c for c in extract_text(dated, language="de", published=published) if c.quantity]
    assert same.time is not None and same.time.start == dt.date(2024, 6, 15)
    assert late.time is None or late.time.start != late.time.end


@pytest.mark.parametrize(
    ("text", "language", "event_day"),
    [
        ("Bei dem Unglück am Samstag wurden nach Angaben der Polizei vom Sonntag 26 Menschen "
         "verletzt. Etwa 550 Besucher verfolgten die Vorstellung.", "de", 15),
        ("The roof fell in on Saturday, injuring 26 people according to police on Sunday. "
         "About 550 spectators were watching the show.", "en", 15),
    ],
)  # fmt: skip
def test_the_day_of_a_source_frame_does_not_date_the_next_figures(
    text: str, language: str, event_day: int
) -> None:
    """ "nach Angaben der Polizei *vom* Sonntag": the day the police spoke, not the day of
    the occasion the next sentence counts (the packs' ``figures.REPORT_DAY_FRAMES``)."""
    claims = [c for c in extract_text(text, language=language, published="2024-06-17")]
    (crowd,) = [c for c in claims if c.quantity and c.quantity.nominal == 550]
    assert crowd.time is not None and crowd.time.start == dt.date(2024, 6, event_day)


def test_a_sentence_that_only_reports_on_a_day_does_not_date_the_next_figures() -> None:
    """The report cue after the day ("Am Freitag zog die Polizei Bilanz"): the sentence
    gives no figure of its own, so its day is the report's."""
    text = (
        "Am Freitag zog die Polizei eine Zwischenbilanz. "
        "An einzelnen Tagen waren bis zu 900 Beamte im Einsatz."
    )
    dated = "Am Freitag war es ruhig. An dem Tag waren bis zu 900 Beamte im Einsatz."
    published = "2024-06-16"
    (late,) = [c for c in extract_text(text, language="de", published=published) if c.quantity]
    (same,) = [c for c in extract_text(dated, language="de", published=published) if c.quantity]
    assert same.time is not None and same.time.start == dt.date(2024, 6, 14)
    assert late.time is None or late.time.start != late.time.end


@pytest.mark.parametrize(
    ("text", "quote", "language", "concept"),
    [
        ("Bei dem Brand starb ein 9 Jahre alter Junge.", "9 Jahre", "de", "age:boy:dead"),
        ("Ein 71-jähriger Fahrer wurde schwer verletzt.", "71-jähriger", "de",
         "age:driver"),
        # an age standing as a noun: the one kind of person its sentence names
        ("Bei dem toten Mädchen handelt es sich um eine Zwölfjährige.", "Zwölfjährige", "de",
         "age:girl:dead"),
        ("A 15-year-old girl was among the dead.", "15-year-old", "en", "age:girl:dead"),
        # "the dead boy was 11": an age, not a count of the dead
        ("Police said the dead boy was 11.", "11", "en", "age:boy:dead"),
        # a person the age is set after, whatever the verb says of them
        ("The driver, a 52-year-old man, was detained.", "52-year-old", "en", "age:driver"),
        ("The driver, 49, has been charged.", "49", "en", "age:driver"),
        # "junge" as an adjective is no boy
        ("Eine junge Frau, 23 Jahre alt, wurde verletzt.", "23 Jahre", "de", "age:woman:injured"),
        # residents, neighbours, defendants and victims are kinds of their own
        ("Es starb ein 84 Jahre alter Bewohner.", "84 Jahre", "de", "age:resident:dead"),
        ("Er hatte seinen 52 Jahre alten Nachbarn getötet.", "52 Jahre", "de",
         "age:neighbour:dead"),
        ("A 67-year-old resident died in the fire.", "67-year-old", "en", "age:resident:dead"),
    ],
)  # fmt: skip
def test_an_age_is_of_the_kind_of_person_named_with_it(
    text: str, quote: str, language: str, concept: str
) -> None:
    assert _concept(text, quote, language) == concept


def test_an_age_of_a_person_of_no_named_kind_stays_an_age() -> None:
    # the article and ending of an age standing as a noun say a gender ("eine 44-Jährige",
    # a woman: nouns.AGE_NOUN_FORMS); "der 44-Jährigen" may be a woman's or a man's
    assert _concept("Unter den Opfern ist eine 44-Jährige.", "44-Jährige", "de") == "age:woman"
    assert _concept("Die Familie der 44-Jährigen trauert.", "44-Jährigen", "de") == "age"
    assert _concept("The victims include a 44-year-old.", "44-year-old", "en") == "age"
    # two kinds in the sentence: whose age is not said
    text = "Der Mann und das Mädchen wurden verletzt, eine 35-Jährige blieb unverletzt."
    assert _concept(text, "35-Jährige", "de") == "age"


def test_two_ages_for_one_kind_of_person_in_one_article_are_no_kind() -> None:
    text = "Ein 32 Jahre alter Mann starb. Auch ein 67 Jahre alter Mann kam ums Leben."
    assert _concept(text, "32 Jahre", "de") == "age"
    assert _concept(text, "67 Jahre", "de") == "age"


@pytest.mark.parametrize(
    ("text", "quote", "language", "concept"),
    [
        ("Die Hälfte waren Traktoren, also gut 700 Maschinen.", "700", "de", "tractor"),
        ("Most were tractors, that is some 700 machines.", "700", "en", "tractor"),
        # no restating cue: the machines are machines
        ("Auf dem Hof standen Traktoren und 40 Maschinen.", "40", "de", "lemma:maschine"),
    ],
)
def test_a_restating_noun_counts_the_thing_named_before_it(
    text: str, quote: str, language: str, concept: str
) -> None:
    assert _concept(text, quote, language) == concept


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("Den Schaden schätzt die Polizei auf rund 1,5 Millionen Euro.", "1,5", "de"),
        ("Es entstand ein Sachschaden von mindestens 400.000 Euro.", "400.000", "de"),
        ("Officials estimated damage at more than $40 million.", "$40", "en"),
    ],
)
def test_damage_in_money_is_a_growing_estimate(text: str, quote: str, language: str) -> None:
    m = _measured(text, quote, language)
    assert m.thing == "money:damage" and m.cumulative is True


def test_a_dimension_of_a_noun_outside_the_lexicon_is_that_dimension_of_it() -> None:
    long_hall = _measured("Die rund 120 Meter lange Halle brannte nieder.", "120", "de")
    assert long_hall.thing == "measure:length" and len(long_hall.content) == 1  # of a hall
    # the same subject as a length with no noun of its own
    assert _measured("Die Halle ist 80 Meter lang.", "80", "de").thing == "measure:length"
    # a noun the lexicon knows keeps its own length, but its height and width are told
    assert _measured("Der 854 Kilometer lange Strom fließt.", "854", "de").thing == "measure:river"
    high = _measured("Das 45 Meter hohe Gebäude brannte.", "45", "de")
    wide = _measured("Das 45 Meter breite Gebäude brannte.", "45", "de")
    assert (high.thing, high.content) == ("measure:height", ("building",))
    assert (wide.thing, wide.content) == ("measure:width", ("building",))


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("About 9,000 people joined the march. Organisers put the figure at 25,000.", "25,000",
         "en"),
        ("Rund 4.000 Menschen demonstrierten. Die Veranstalter bezifferten die Zahl auf 9.000.",
         "9.000", "de"),
        ("Am Samstag demonstrierten 4.000 Menschen. Am Sonntag waren es 6.000.", "6.000", "de"),
    ],
)  # fmt: skip
def test_a_bare_figure_named_as_the_figure_counts_what_the_sentence_before_counted(
    text: str, quote: str, language: str
) -> None:
    assert _concept(text, quote, language) == "attendance"


def test_a_bare_number_with_no_figure_word_takes_nothing_from_the_sentence_before() -> None:
    text = "About 9,000 people joined the march. The city has 600,000 residents in all."
    assert _concept(text, "600,000", "en") != "attendance"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Die Stadt rechnete mit 40 Millionen Euro für die Brücke.", "40 Millionen Euro"),
        ("Für den Bau sind 12 Millionen Euro veranschlagt.", "12 Millionen Euro"),
        ("Der Verband kalkuliert mit 3,5 Millionen Euro.", "3,5 Millionen Euro"),
    ],
)
def test_money_that_is_reckoned_with_is_a_cost(text: str, quote: str) -> None:
    assert _concept(text, quote, "de") == "money:cost"


def test_a_figure_dated_by_its_sentence_and_then_is_no_earlier_figure() -> None:
    """ "damals" points back to the sentence's time; without one it sets out history."""
    dated = "Im März 2019 rechnete die Stadt damals mit 40 Millionen Euro."
    undated = "Die Stadt rechnete damals mit 40 Millionen Euro."
    (then,) = [c for c in extract_text(dated, language="de", published="2024-06-10") if c.quantity]
    (old,) = [c for c in extract_text(undated, language="de", published="2024-06-10") if c.quantity]
    assert then.measure is not None and "scope:earlier" not in then.measure.scope
    assert then.time is not None and then.time.start == dt.date(2019, 3, 1)
    assert old.measure is not None and "scope:earlier" in old.measure.scope
    text = "On Friday the toll rose to 41, up from 12 in the morning."
    low = next(
        c for c in extract_text(text, language="en", published="2024-06-10") if c.quote == "12"
    )
    assert low.measure is not None and "scope:earlier" in low.measure.scope


def test_one_read_from_an_article_is_kept_only_for_people_harmed() -> None:
    assert _concept("Vermisst wird weiterhin ein Feuerwehrmann.", "ein", "de") == (
        "missing:firefighter"
    )
    claims = extract_text("Das ist noch ein Problem für die Stadt.", language="de")
    assert [c for c in claims if c.quantity is not None] == []


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        # a number in brackets after a name or a person: that person's age
        ("Außerdem starb eine Frau aus Rheda (63).", "63", "de"),
        ("Bürgermeisterin Anna Beispiel (58) sprach von einem schwarzen Tag.", "58", "de"),
        # years after a person and "von"/"of": an age, not a duration
        ("Es starb eine Frau von 81 Jahren.", "81 Jahren", "de"),
        ("A man of 70 years was hurt.", "70 years", "en"),
    ],
)
def test_ages_in_brackets_and_after_von(text: str, quote: str, language: str) -> None:
    assert _measured(text, quote, language).thing == "age"


def test_a_term_of_years_after_no_person_stays_a_duration() -> None:
    assert _measured("Er erhielt eine Haftstrafe von 5 Jahren.", "5 Jahren", "de").thing != "age"


@pytest.mark.parametrize(
    ("text", "language", "concepts"),
    [
        ("Zudem wurden zwei Menschen schwer und drei leicht verletzt.", "de",
         {"zwei": "seriously_injured", "drei": "lightly_injured"}),
        ("Zwei Menschen wurden schwer, drei leicht verletzt.", "de",
         {"Zwei": "seriously_injured", "drei": "lightly_injured"}),
        ("Fast 70 Menschen erlitten Verletzungen, 16 von ihnen schwer, 52 leicht.", "de",
         {"70": "injured", "16": "seriously_injured", "52": "lightly_injured"}),
        ("Two people were seriously and three slightly injured.", "en",
         {"Two": "seriously_injured", "three": "lightly_injured"}),
        ("Another 132 people were hurt, 36 of them seriously.", "en",
         {"132": "injured", "36": "seriously_injured"}),
        # what the injuries were may follow the severity word
        ("Acht Mitarbeiter wurden verletzt, drei davon schwer mit Verbrennungen.", "de",
         {"drei": "seriously_injured"}),
        ("Eight workers were hurt, three of them seriously with burns.", "en",
         {"three": "seriously_injured"}),
    ],
)  # fmt: skip
def test_a_severity_word_whose_participle_comes_later_says_how_badly(
    text: str, language: str, concepts: dict[str, str]
) -> None:
    """ "zwei schwer und drei leicht verletzt": each figure takes the severity word after
    it, though one participle serves both."""
    for quote, concept in concepts.items():
        assert _concept(text, quote, language) == concept, quote


def test_a_severity_word_in_a_sentence_without_injuries_is_no_cue() -> None:
    """ "Es war schwer, ...": hard, not hurt."""
    assert _concept("Es war schwer, 300 Menschen zu evakuieren.", "300", "de") != (
        "seriously_injured"
    )


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("The march drew an estimated 250,000 people.", "250,000", "en"),
        ("Der Umzug lockte rund 5000 Menschen an.", "5000", "de"),
    ],
)
def test_an_event_that_drew_people_counts_its_attendance(
    text: str, quote: str, language: str
) -> None:
    assert _concept(text, quote, language) == "attendance"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Die Flut kostete mindestens 180 Menschen das Leben.", "180"),
        ("Das Unglück forderte 158 Menschenleben.", "158"),
    ],
)
def test_german_deaths_said_by_the_life_lost(text: str, quote: str) -> None:
    """ "kostete ... das Leben" (a separable cue around the number), "Menschenleben"."""
    assert _measured(text, quote, "de").concept == "dead"


def test_an_increment_keeps_the_part_its_sentence_opens_with() -> None:
    """ "Allein in Hessen, ..., starben weitere 12 Menschen": a part of the story (the opening's
    "allein") and added to a figure before it (none: a part); one mark does not drop the
    other."""
    text = "Allein in Hessen, so die Polizei, starben weitere 12 Menschen."
    scope, _origin = _measure(text, "12", "de")
    assert {"scope:part", "scope:subset"} <= set(scope)


def test_a_named_persons_age_is_no_age_of_a_kind_the_sentence_names() -> None:
    """ "Landrat Otto Krahl (63) sagte, unter den Vermissten sei ein Kind": the 63 is the
    Landrat's age, not a missing child's."""
    text = "Landrat Otto Krahl (63) hatte gesagt, unter den Vermissten sei auch ein Kind."
    assert _measured(text, "63", "de").concept == "age"


@pytest.mark.parametrize(
    "text",
    [
        "A woman went down, said shopper Darnell Price, 34, who had driven in from Westfield.",
        "Darnell Price, 34, said a woman had gone down in front of him.",
    ],
)
def test_an_age_after_a_name_in_commas_is_no_age_of_a_kind_the_sentence_names(
    text: str,
) -> None:
    """ "said shopper Darnell Price, 34": in a language that writes its nouns in lower
    case, two capitalised words before the age in commas are a name, and the age is that
    person's, not the woman's."""
    assert _measured(text, "34", "en").concept == "age"


def test_a_cue_after_a_figures_noun_is_near_it() -> None:
    """The verb after "12 more people" is as near as it is to the end of their noun; one
    after a coordinator opens another clause ("and damaged 1,073")."""
    text = "Three people died and 12 more people were injured."
    hurt = [c for c in extract_text(text, language="en") if c.quantity is not None]
    assert [c.measure.concept if c.measure else None for c in hurt] == ["dead", "injured"]
    destroyed = "The Eaton fire destroyed 9,418 structures and damaged 1,073."
    assert _measured(destroyed, "9,418", "en").state == "destroyed"


@pytest.mark.parametrize(
    ("text", "quote", "language", "thing"),
    [
        # a duration of an event: a strike, a closure of a road, an outage
        ("The strike lasted 35 hours.", "35", "en", "duration:strike"),
        ("Die Autobahn war rund neun Stunden gesperrt.", "neun", "de", "duration:closure"),
        ("About 40,000 homes were without power for three days.", "three", "en",
         "duration:outage"),
        # never of costs, nor of a closing of anything
        ("The hearing lasted three weeks and cost $2 million.", "three", "en", "duration"),
        ("Schools were closed for two weeks.", "two", "en", "duration"),
        # a prison term, by its noun or its verb
        ("Das Gericht verurteilte ihn zu acht Jahren Haft.", "acht", "de",
         "duration:prison_term"),
        ("He was sentenced to seven years.", "seven", "en", "duration:prison_term"),
    ],
)  # fmt: skip
def test_a_duration_takes_an_event_of_time_as_its_subject(
    text: str, quote: str, language: str, thing: str
) -> None:
    assert _measured(text, quote, language).thing == thing


@pytest.mark.parametrize(
    ("text", "quote", "language", "concept"),
    [
        # a coordinator opens the number's own conjunct, whose verb comes after it
        ("At least 59 people died and 30 more were believed missing.", "30", "en", "missing"),
        ("At least 59 people died and dozens more were feared missing.", "dozens", "en",
         "missing"),
        ("Mindestens 59 Menschen starben und 30 weitere werden noch vermisst.", "30", "de",
         "missing"),
        # with no cue of its own, the cue before still counts
        ("At least 59 people died and 30 more.", "30", "en", "dead"),
        ("Three people were killed and 30 injured.", "30", "en", "injured"),
        # what a crowd did, said right after it, is theirs, not a death told further on
        ("Some 200 mourners gathered where the victims died.", "Some 200 mourners", "en",
         "attendance"),
        ("Rund 200 Trauernde versammelten sich dort, wo die Opfer starben.",
         "Rund 200 Trauernde", "de", "attendance"),
        # a count whose clause ends with its noun takes the role of the clause after an
        # aside between commas; one that goes on says what befell it itself
        ("At least 12 people, including three children, were killed.", "At least 12 people",
         "en", "dead"),
        ("At least 12 people, including three children, were killed.", "three children",
         "en", "dead:child"),
        ("Mindestens zwölf Menschen, darunter drei Kinder, wurden getötet.",
         "Mindestens zwölf Menschen", "de", "dead"),
        ("Twelve people, most of them tourists, were injured.", "Twelve people", "en",
         "injured"),
        ("Two people were pulled from the water, one of whom was taken to hospital.",
         "Two people", "en", "person"),
        # people who fell ill are cases
        ("The outbreak has killed 47 people and sickened more than 2,300.", "more than 2,300",
         "en", "case"),
        ("Mehr als 2.300 Menschen sind erkrankt, 47 starben.", "Mehr als 2.300 Menschen", "de",
         "case"),
        ("By then 278 passengers had reported illness.", "278 passengers", "en",
         "case:passenger"),

        ("Rund 60 Gäste klagten über Übelkeit.", "Rund 60 Gäste", "de", "case:attendance"),
        # people led out of a building, workers on strike
        ("About 950 pupils and 80 staff were led out of the building.", "About 950 pupils",
         "en", "evacuated:pupil"),
        ("Rund 140 Beschäftigte verließen das Gelände.", "Rund 140 Beschäftigte", "de",
         "evacuated:employee"),
        ("The port was paralysed by a strike by about 4,200 dockworkers.",
         "about 4,200 dockworkers", "en", "participant:employee"),
        # people put up in a shelter
        ("About 180 people were taken to a warming shelter.", "About 180 people", "en",
         "displaced"),
        ("Rund 300 Menschen wurden in Turnhallen untergebracht.", "Rund 300 Menschen",
         "de", "displaced"),
        # "tödlich" as an adverb tells a death, the adjective only names the event
        ("Bei dem tödlichen Unfall waren 40 Einsatzkräfte vor Ort.", "40 Einsatzkräfte", "de",
         "rescue_worker"),
        ("Zwei Menschen erlitten tödliche Verletzungen.", "Zwei Menschen", "de", "dead"),
        ("Zwei Menschen wurden tödlich verletzt.", "Zwei Menschen", "de", "dead"),
        # survivors are the rescued; "stands at" is a verb, not a compound's head
        ("The number of survivors stands at 104.", "104", "en", "rescued"),
        ("Die Zahl der Überlebenden liegt bei 104.", "104", "de", "rescued"),
    ],
)  # fmt: skip
def test_the_role_of_a_count_in_its_own_conjunct(
    text: str, quote: str, language: str, concept: str
) -> None:
    assert _measured(text, quote, language).concept == concept


@pytest.mark.parametrize(
    ("text", "quote", "language", "concept"),
    [
        # who got out of custody, and who are still free (a current level, as the missing)
        ("Ten inmates escaped from a state prison early Saturday.", "Ten", "en",
         "escaped:prisoner"),
        ("Eleven inmates broke out of the prison overnight.", "Eleven", "en",
         "escaped:prisoner"),
        ("Zehn Häftlinge sind aus dem Gefängnis ausgebrochen.", "Zehn", "de",
         "escaped:prisoner"),
        ("In der Nacht brachen elf Häftlinge aus der Anstalt aus.", "elf", "de",
         "escaped:prisoner"),
        ("Four inmates remain at large.", "Four", "en", "missing:prisoner"),
        # caught again: arrested
        ("Three inmates were recaptured within hours.", "Three", "en",
         "arrested:prisoner"),
        ("The prison houses about 1,200 inmates.", "1,200", "en", "prisoner"),
    ],
)  # fmt: skip
def test_an_escape_counts_the_escaped(text: str, quote: str, language: str, concept: str) -> None:
    assert _concept(text, quote, language) == concept


def test_early_in_a_day_marks_no_early_count() -> None:
    """ "early Saturday" is a time of day; "early reports" an early count."""
    assert not _measured("Ten inmates escaped early Saturday.", "Ten", "en").interim
    assert _measured("Early reports said 12 people died.", "12", "en").interim


def test_until_midday_marks_an_early_count_in_german() -> None:
    """ "Bis zum Mittag fielen 48 Züge aus": the day's count so far."""
    assert _measured("Bis zum Mittag fielen 48 Züge aus.", "48", "de").interim


@pytest.mark.parametrize(
    ("text", "quote", "language", "concept"),
    [
        (
            "An dem Warnstreik beteiligten sich nach Angaben der Gewerkschaft Schiene und "
            "Nahverkehr (GSN) rund 300 Beschäftigte.",
            "rund 300 Beschäftigte",
            "de",
            "participant:employee",
        ),
        ("Rund 3000 Beschäftigte legten die Arbeit nieder.", "Rund 3000 Beschäftigte", "de",
         "participant:employee"),
        ("About 3,000 workers went on strike.", "About 3,000 workers", "en",
         "participant:employee"),
        ("Am Dienstag legten rund 2.400 Beschäftigte die Arbeit nieder.",
         "rund 2.400 Beschäftigte", "de", "participant:employee"),
        ("The plant employs 5,000 workers.", "5,000 workers", "en", "employee"),
        ("Die GSN fordert für die rund 1.400 Beschäftigten mehr Lohn.",
         "rund 1.400 Beschäftigten", "de", "employee"),
        # the officers who searched are no searched things
        ("Gegen 6 Uhr hatten rund 450 Beamte 27 Objekte durchsucht.", "rund 450 Beamte", "de",
         "police_officer"),
        # "trapping" traps: the six are no dead
        ("The collapse killed one worker, trapping at least six others.",
         "at least six others", "en", "trapped"),
    ],
)  # fmt: skip
def test_employees_who_strike_are_no_count_of_the_workforce(
    text: str, quote: str, language: str, concept: str
) -> None:
    assert _concept(text, quote, language) == concept
    assert _measured(text, quote, language).state is None


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Knapp 460 Zugfahrten fielen aus.", "de", "cancelled"),
        ("Rund 800 Zugausfälle zählte das Unternehmen.", "de", "cancelled"),
        ("Die Lufthansa hat 1000 Flüge gestrichen.", "de", "cancelled"),
        ("Mehr als 300 Züge verspäteten sich.", "de", "delayed"),
        ("Airlines canceled 1,200 flights.", "en", "cancelled"),
        ("More than 5,400 flights were delayed.", "en", "delayed"),
    ],
)
def test_trips_cancelled_and_trips_delayed_are_two_states(
    text: str, language: str, state: str
) -> None:
    (c,) = [c for c in extract_text(text, language=language) if c.quantity is not None]
    assert c.measure is not None
    assert (c.measure.concept, c.measure.state) in (("train", state), ("flight", state))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("More than 800 homes were damaged or destroyed.", "en"),
        ("Mehr als 800 Häuser wurden beschädigt oder zerstört.", "de"),
    ],
)
def test_things_damaged_or_destroyed_are_one_count_of_both(text: str, language: str) -> None:
    (c,) = [c for c in extract_text(text, language=language) if c.quantity is not None]
    assert c.measure is not None and c.measure.state == "damaged_or_destroyed"


@pytest.mark.parametrize(
    ("text", "quote", "language", "state"),
    [
        # doses given to people are apart from the doses supplied
        ("Bislang wurden rund 350 Impfdosen verabreicht.", "350", "de", "administered"),
        ("Bis Mittwoch wurden 1.200 Dosen verimpft.", "1.200", "de", "administered"),
        ("About 350 doses have been administered.", "350", "en", "administered"),
        ("Das Land stellt der Stadt 2.000 Impfdosen zur Verfügung.", "2.000", "de", None),
        # cars that left the rails derailed
        ("More than 30 cars came off the tracks.", "30 cars", "en", "derailed"),
        ("Zwölf Waggons sprangen aus den Gleisen.", "Zwölf Waggons", "de", "derailed"),
        # things got back are apart from those lost or carried (recovered bodies: the dead)
        ("Volunteers recovered 130 hives after the crash.", "130 hives", "en", "recovered"),
        ("Crews recovered four bodies.", "four bodies", "en", None),
        # what burned out is destroyed, told in one word or a verb split round the figure
        ("Nach der Zählung sind 38 Autos vollständig ausgebrannt.", "38 Autos", "de", "destroyed"),
        ("In der Garage brannten 24 Autos aus.", "24 Autos", "de", "destroyed"),
        ("At least 38 cars were burned out.", "38 cars", "en", "destroyed"),
        ("The blaze gutted 12 homes.", "12 homes", "en", "destroyed"),
        # room for things is no count of them
        ("Die Garage bietet Platz für 72 Fahrzeuge.", "72 Fahrzeuge", "de", "capacity"),
        ("Die Fähre darf 40 Fahrzeuge befördern.", "40 Fahrzeuge", "de", "capacity"),
        # damage told as a kind of damage; a waiting list's
        ("Mehr als 30 Wohnungen meldeten Glasschäden.", "Mehr als 30 Wohnungen", "de", "damaged"),
        (
            "Mehr als 200 Haushalte stehen auf der Warteliste.",
            "Mehr als 200 Haushalte",
            "de",
            "waiting",
        ),
        (
            "More than 200 households are on the waiting list.",
            "More than 200 households",
            "en",
            "waiting",
        ),
        # homes in the dark are without power
        (
            "Am Nachmittag saßen noch rund 5.000 Haushalte im Dunkeln.",
            "5.000",
            "de",
            "without_power",
        ),
        # shut to use
        ("Von den 46 Wohnungen sind weiterhin 15 gesperrt.", "15", "de", "closed"),
        # a relative clause after a quoted count says what befell the things counted
        (
            'Er sprach von "mindestens 25 Fahrzeugen", die zerstört seien.',
            "25 Fahrzeugen",
            "de",
            "destroyed",
        ),
    ],
)
def test_the_state_of_the_things_counted(
    text: str, quote: str, language: str, state: str | None
) -> None:
    assert _measured(text, quote, language).state == state


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("Nach ersten Erkenntnissen erbeuteten die Männer rund 80.000 Euro.", "80.000", "de"),
        ("Initial estimates put the loot at about $80,000.", "80,000", "en"),
    ],
)
def test_a_figure_of_first_findings_is_interim(text: str, quote: str, language: str) -> None:
    """A later, higher figure of the same thing is the count that followed."""
    assert _measured(text, quote, language).interim


def test_people_of_a_kind_on_board_are_kept_apart_from_that_kind() -> None:
    """ "Im Bus saßen 38 Kinder": those on board, not the 19 children hurt; a crew is on
    board whatever the clause says, and stays the crew."""
    assert counted_concept("child", "aboard", True) == "aboard:child"
    assert counted_concept("crew", "aboard", True) == "crew"
    (claim,) = extract_text("Im Bus saßen knapp 40 Kinder.", language="de")
    assert claim.measure is not None and claim.measure.key == "aboard:child"


@pytest.mark.parametrize(
    ("text", "quote", "language", "state"),
    [
        ("Rund 260 Anlagen wurden im ersten Halbjahr abgebaut.", "Rund 260 Anlagen", "de",
         "dismantled"),
        # a list line's label tells what its figure counts
        ("- Rückbau: 178 Anlagen", "178 Anlagen", "de", "dismantled"),
        ("Some 40 old turbines were dismantled in the first half.", "40 old turbines", "en",
         "dismantled"),
        # jobs are cut, not dismantled, nor destroyed
        ("3.000 Stellen wurden bereits abgebaut.", "3.000 Stellen", "de", None),
        ("Dadurch werden rund 5.000 Arbeitsplätze vernichtet.", "rund 5.000 Arbeitsplätze", "de",
         None),
    ],
)  # fmt: skip
def test_installations_taken_down_are_a_count_of_their_own(
    text: str, quote: str, language: str, state: str | None
) -> None:
    assert _measured(text, quote, language).state == state


@pytest.mark.parametrize(
    ("text", "quote", "language", "concept"),
    [
        ("Das Schiff ist für 150 Fahrgäste zugelassen.", "150 Fahrgäste", "de", "capacity"),
        ("Das Schiff bietet Platz für 150 Fahrgäste.", "150 Fahrgäste", "de", "capacity"),
        ("The ferry was licensed to carry no more than 20 passengers.", "20 passengers", "en",
         "capacity"),
        # the limit written before the noun it qualifies
        ("Das für 300 Passagiere zugelassene Schiff sank.", "300 Passagiere", "de", "capacity"),
        ("Die für 2000 Besucher ausgelegte Halle war voll.", "2000 Besucher", "de", "capacity"),
        ("The vessel, certified for 300 passengers, was half full.", "300 passengers", "en",
         "capacity"),
        # those on board are no capacity
        ("An Bord waren 87 Fahrgäste.", "87 Fahrgäste", "de", "passenger"),
        # a shelter's limit of people of a kind
        ("The chambers are designed to support up to 14 miners.", "up to 14 miners", "en",
         "capacity"),
        ("Die Kammer bietet Platz für 14 Bergleute.", "14 Bergleute", "de", "capacity"),
    ],
)  # fmt: skip
def test_the_passengers_a_craft_may_carry_are_its_capacity(
    text: str, quote: str, language: str, concept: str
) -> None:
    assert _measured(text, quote, language).concept == concept


@pytest.mark.parametrize(
    ("text", "quote", "language", "state"),
    [
        ("Some 300 schools were closed on Tuesday.", "Some 300 schools", "en", "closed"),
        # a part of a counted whole is the whole's things in that state, adjectives or not
        ("41 der 58 städtischen Kitas blieben geschlossen.", "41 der 58 städtischen Kitas",
         "de", "closed"),
        ("31 der 112 alten Waggons entgleisten.", "31 der 112 alten Waggons", "de", "derailed"),
        # a market index closes, it is not shut
        ("The Dow closed 200 points higher.", "200 points", "en", None),
    ],
)  # fmt: skip
def test_places_shut_are_a_count_of_their_own(
    text: str, quote: str, language: str, state: str | None
) -> None:
    assert _measured(text, quote, language).state == state


@pytest.mark.parametrize(
    ("text", "quote", "key"),
    [
        ("Twelve people died and 40 patients were treated.", "40 patients", "patient"),
        ("59 people died and 30 more were believed missing.", "30", "missing"),
        ("Three people were killed and 12 in Sulphur.", "12", "dead"),
    ],
)
def test_a_harm_before_a_coordinator_is_not_a_conjunct_with_its_own_verb(
    text: str, quote: str, key: str
) -> None:
    """ "12 died and 40 patients *were treated*": the harm of the first conjunct is not the
    second's, whose own verb follows; a conjunct with no verb of its own shares it."""
    (c,) = [c for c in extract_text(text, language="en") if c.quote == quote]
    assert c.measure is not None and c.measure.key == key


@pytest.mark.parametrize(
    ("text", "quote", "language", "key"),
    [
        ("Tamm finished 187 votes ahead of Mayor Okafor.", "187 votes", "en", "margin"),
        ("The recount left Tamm ahead by 163 votes.", "163 votes", "en", "margin"),
        ("Er lag mit 187 Stimmen Vorsprung vorn.", "187 Stimmen", "de", "margin"),
        # the votes cast are all of them, and a side's votes no lead
        ("In all, 60,617 votes were cast in the race.", "60,617 votes", "en", "votes_cast"),
        ("Insgesamt wurden 60.617 Stimmen abgegeben.", "60.617 Stimmen", "de", "votes_cast"),
        ("Tamm won 30,402 of the 60,617 votes cast.", "30,402", "en", "vote"),
    ],
)
def test_a_lead_in_votes_is_a_margin(text: str, quote: str, language: str, key: str) -> None:
    """ "led by 214 votes": the lead, which narrows as ballots are counted, never set
    against the votes cast (all of them) or a side's votes."""
    assert _measured(text, quote, language).key == key


@pytest.mark.parametrize(
    ("text", "end", "found"),
    [
        # the window's end cuts "Hochwasser": its "Hoch" is no "hoch"
        ("2,84 Meter über dem mittleren Hochwasser.", 34, []),
        ("Die Mauer ist 2,84 Meter hoch.", 29, ["height"]),
    ],
)
def test_a_word_the_window_cuts_is_no_table_word(text: str, end: int, found: list[str]) -> None:
    from factcheck.extract.roles import subject_words

    assert [kind for _, _, kind in subject_words(text, 0, end, "de")] == found


@pytest.mark.parametrize(
    ("text", "quote", "language", "key"),
    [
        ("The hospital treated 14 patients after they ate death cap mushrooms.",
         "14 patients", "en", "patient"),
        ("Two men had received death threats.", "Two men", "en", "lemma:man"),
        ("Der Fahrer hatte die zwei Radfahrer im toten Winkel übersehen.",
         "zwei Radfahrer", "de", "lemma:radfahrer"),
        # the cue outside the phrase still counts
        ("Five people died after they ate death cap mushrooms.", "Five people", "en", "dead"),
        # a road's toll is no death toll
        ("Three were killed and 17 others injured when a truck struck the toll plaza.",
         "17 others", "en", "injured"),
        # a dwelling unfit to live in has no residents counted
        ("Engineers said 85 were unfit to live in.", "85", "en", None),
    ],
)  # fmt: skip
def test_a_phrase_that_hides_a_harm_word_is_no_harm(
    text: str, quote: str, language: str, key: str | None
) -> None:
    """ "ate *death cap* mushrooms", "im *toten Winkel*" (``nouns.NOT_ROLE_CUES``): the harm
    word is part of a name, and says nothing of what befell the people counted."""
    (c,) = [c for c in extract_text(text, language=language) if c.quote == quote]
    assert (c.measure.key if c.measure else None) == key


@pytest.mark.parametrize(
    ("text", "quote", "language", "key"),
    [
        ("Medics treated 300 spectators for heat exhaustion.", "300 spectators", "en",
         "treated:attendance"),
        ("Die Sanitäter versorgten 120 Zuschauer.", "120 Zuschauer", "de", "treated:attendance"),
        # the crowd itself stays the attendance
        ("About 40 guests were in the bar.", "About 40 guests", "en", "attendance"),
    ],
)  # fmt: skip
def test_a_crowd_treated_is_a_part_of_it(text: str, quote: str, language: str, key: str) -> None:
    """ "Five guests were treated": those the medics saw, a part of the crowd
    (``concepts.SUBGROUP_ROLES``), never its size."""
    assert _measured(text, quote, language).key == key


@pytest.mark.parametrize(
    ("text", "quote", "language", "key"),
    [
        ("Drei Schwerverletzte wurden in eine Druckkammer gebracht.", "Drei Schwerverletzte",
         "de", "hyperbaric"),
        ("Fünf Gäste kamen in eine Druckkammer.", "Fünf Gäste", "de", "hyperbaric"),
        ("Five people were treated in a hyperbaric chamber.", "Five people", "en",
         "hyperbaric"),
        # guests taken to hospital are the hospitalised, as people are
        ("Drei Gäste meldeten sich später in Notaufnahmen.", "Drei Gäste", "de",
         "hospitalised"),
        ("Seven spectators were taken to hospital.", "Seven spectators", "en", "hospitalised"),
        # the injured flown out are the airlifted, as the injured taken in are
        ("Zwei Schwerverletzte wurden mit Rettungshubschraubern in Kliniken geflogen.",
         "Zwei Schwerverletzte", "de", "airlifted"),
        ("Three injured people were flown to hospital by helicopter.", "Three injured people",
         "en", "airlifted"),
    ],
)  # fmt: skip
def test_those_sent_to_a_pressure_chamber_are_a_count_of_their_own(
    text: str, quote: str, language: str, key: str
) -> None:
    """ "in eine *Druckkammer* gebracht": a part of those taken in, whatever the noun calls
    them (the injured, guests, people), never the injured or the crowd."""
    assert _measured(text, quote, language).key == key


@pytest.mark.parametrize(
    ("text", "quote", "language", "key"),
    [
        ("Nach der Vergiftung von 17 Gästen in einer Shisha-Bar stellt sich die Frage.",
         "17 Gästen", "de", "injured:attendance"),
        ("Seventeen guests were poisoned by carbon monoxide.", "Seventeen guests", "en",
         "injured:attendance"),
        ("14 people were treated for carbon monoxide poisoning.", "14 people", "en", "injured"),
        # a severe poisoning is a serious injury
        ("Sechs Gäste hatten schwere Vergiftungen erlitten.", "Sechs Gäste", "de",
         "seriously_injured:attendance"),
        # a mere suspicion of one outranks it
        ("Bei fünf Patienten besteht der Verdacht auf eine Vergiftung.", "fünf Patienten", "de",
         "suspected:patient"),
        ("Five patients are suspected of mushroom poisoning.", "Five patients", "en",
         "suspected:patient"),
        # but the suspicion a fate names as its reason is no count of its own: they were cared
        # for ("*mit Verdacht auf* Rauchgasvergiftung *behandelt*")
        ("Zwölf Menschen wurden mit Verdacht auf Rauchgasvergiftung vor Ort behandelt.",
         "Zwölf Menschen", "de", "patient"),
        ("Zwölf Menschen kamen mit Verdacht auf Rauchgasvergiftung ins Krankenhaus.",
         "Zwölf Menschen", "de", "hospitalised"),
        ("Twelve people were taken with suspected smoke inhalation to hospital.",
         "Twelve people", "en", "hospitalised"),
        # taken in to be watched, not come to a rally ("kamen zu*")
        ("Zwei Schüler kamen zur Beobachtung in eine Klinik.", "Zwei Schüler", "de",
         "hospitalised:pupil"),
        ("Rund 500 Menschen kamen zur Kundgebung.", "Rund 500 Menschen", "de", "attendance"),
    ],
)  # fmt: skip
def test_the_poisoned_are_injured(text: str, quote: str, language: str, key: str) -> None:
    """ "nach der *Vergiftung* von 17 Gästen": a harm, never the crowd's size; "*schwere*
    Vergiftungen" a serious one; a suspicion ("*Verdacht auf* eine Vergiftung") no harm."""
    assert _measured(text, quote, language).key == key


@pytest.mark.parametrize(
    ("text", "quote", "key"),
    [
        ("The lift derailed, sending three chairs crashing onto the slope and injuring 10 "
         "people.", "three chairs", "lemma:chair"),
        ("The lift derailed, sending three chairs crashing onto the slope and injuring 10 "
         "people.", "10 people", "injured"),
        ("The blast destroyed 12 homes, injuring at least 5 people.", "at least 5 people",
         "injured"),
        ("Part of the roof fell, injuring 3 people and damaging 12 cars.", "3 people",
         "injured"),
    ],
)  # fmt: skip
def test_a_participle_right_before_the_next_figure_is_its_own(
    text: str, quote: str, key: str
) -> None:
    """ "sending three chairs crashing and *injuring* 10 people": the participle takes the
    next figure as its object, not the one before (``nouns.DESCRIPTIVE_ENDINGS``)."""
    (c,) = [c for c in extract_text(text, language="en") if c.quote == quote]
    assert c.measure is not None and c.measure.key == key


@pytest.mark.parametrize(
    ("text", "quote", "language", "key"),
    [
        ("16 Kinder wurden in die Kliniken in Brakenau gebracht.", "16 Kinder", "de",
         "hospitalised:child"),
        ("27 Kinder hatten über Beschwerden geklagt.", "27 Kinder", "de", "case:child"),
        ("Eleven students complained of headaches or nausea.", "Eleven students", "en",
         "case:student"),
    ],
)  # fmt: skip
def test_those_taken_to_clinics_and_those_with_symptoms(
    text: str, quote: str, language: str, key: str
) -> None:
    """ "in die *Kliniken* gebracht": taken in; "über *Beschwerden* geklagt", "complained
    of *nausea*": those who fell ill, never all the children."""
    assert _measured(text, quote, language).key == key


@pytest.mark.parametrize(
    ("text", "quote", "language", "key"),
    [
        ("Paramedics evaluated 11 riders once they reached the ground.", "11 riders", "en",
         "treated:passenger"),
        ("Sanitäter untersuchten elf Fahrgäste vor Ort.", "elf Fahrgäste", "de",
         "treated:passenger"),
        # things looked at are no patients
        ("Ermittler untersuchten zwölf entgleiste Wagen.", "zwölf entgleiste Wagen", "de",
         "carriage"),
    ],
)  # fmt: skip
def test_those_medics_looked_at_are_a_part_and_things_are_no_patients(
    text: str, quote: str, language: str, key: str
) -> None:
    assert _measured(text, quote, language).key == key


@pytest.mark.parametrize(
    ("text", "quote", "language", "key"),
    [
        ("20 Insassen blieben unverletzt oder erlitten nur Prellungen.", "20 Insassen", "de",
         "unhurt:aboard"),
        ("Twenty passengers were unhurt.", "Twenty passengers", "en", "unhurt:passenger"),
        ("Twelve guests escaped injury.", "Twelve guests", "en", "unhurt:attendance"),
    ],
)  # fmt: skip
def test_those_who_came_through_unhurt_are_a_part(
    text: str, quote: str, language: str, key: str
) -> None:
    """ "20 Insassen blieben unverletzt": a part of those on board, never all of them."""
    assert _measured(text, quote, language).key == key


@pytest.mark.parametrize(
    ("text", "quote", "language", "key"),
    [
        ("At least 60 guests who attended a wedding reception on Saturday have fallen ill.",
         "At least 60 guests", "en", "case:attendance"),
        ("Mindestens 60 Gäste, die an der Feier teilgenommen hatten, erkrankten.",
         "Mindestens 60 Gäste", "de", "case:attendance"),
        # taking part is said of the count itself
        ("About 5,000 people attended the vigil.", "About 5,000 people", "en", "attendance"),
    ],
)  # fmt: skip
def test_those_a_relative_clause_says_took_part_are_what_befell_them(
    text: str, quote: str, language: str, key: str
) -> None:
    """ "60 guests *who attended* the reception have fallen ill": the ill, no crowd."""
    assert _measured(text, quote, language).key == key


def test_a_cue_after_a_number_in_words_is_that_figures() -> None:
    """ "Von den 21 Verletzten werden noch *neun in Krankenhäusern* behandelt": the hospital
    is the nine's, as it would be after a digit; the 21 are the injured."""
    text = "Von den insgesamt 21 Verletzten werden noch neun in Krankenhäusern behandelt."
    assert _measured(text, "21", "de").key == "injured"


@pytest.mark.parametrize(
    ("text", "lang", "role"),
    [
        ("der Polizei in Kliniken gebracht", "de", "hospitalised"),
        ("der Polizei in Köln", "de", None),
        ("police said in a statement", "en", None),
    ],
)
def test_role_cue_at_reads_a_cue_that_starts_at_the_offset(
    text: str, lang: str, role: str | None
) -> None:
    at = text.index(" in ") + 1
    assert role_cue_at(text, at, len(text), lang) == role
