"""The pipeline's modality: a plan cue plans its clause, unless it only describes the
noun after it."""

from __future__ import annotations

import pytest

from factcheck import extract_text
from factcheck.models import Modality


def _modality(text: str, quote: str, language: str) -> Modality:
    hits = [c for c in extract_text(text, language=language) if c.quantity and quote in c.quote]
    assert hits, f"no claim quoting {quote!r}"
    return hits[0].modality


@pytest.mark.parametrize(
    ("text", "quote", "language", "modality"),
    [
        # an attributive plan word describes the noun after it, not the figure
        ("Rund 4.200 Menschen demonstrierten gegen die geplante Schließung.", "4.200", "de",
         Modality.ASSERTED),
        ("About 5,500 people marched against the planned closure.", "5,500", "en",
         Modality.ASSERTED),
        # inside the figure's own noun phrase it plans the figure
        ("Die geplanten 64 Millionen Euro reichen nicht.", "64", "de", Modality.PLANNED),
        ("The expected 12,000 visitors did not come.", "12,000", "en", Modality.PLANNED),
        ("Thousands marched against planned cuts, 3,500 by police count.", "3,500", "en",
         Modality.ASSERTED),
        # a participle right after the counted noun says which things are counted
        ("A total of 47 elective surgeries scheduled for Monday have been postponed.", "47",
         "en", Modality.ASSERTED),
        ("47 elective surgeries are scheduled for Monday.", "47", "en", Modality.PLANNED),
        # an age is its person's now, whatever the clause plans
        ("Investigators are expected to interview the 52-year-old captain.", "52", "en",
         Modality.ASSERTED),
        # a plan word of a comparison plans nothing
        ("Nine hikers stranded when a storm moved in faster than forecast were rescued.",
         "Nine", "en", Modality.ASSERTED),
        ("Die Suche nach 300 Vermissten dauerte länger als geplant.", "300", "de",
         Modality.ASSERTED),
        # a passive auxiliary plans nothing
        ("Ein 58 Jahre alter Mann wird seit Sonntag vermisst.", "58", "de", Modality.ASSERTED),
        ("Die Brücke wird 300 Millionen Euro kosten.", "300", "de", Modality.PLANNED),
        # as a verb it plans the clause
        ("Geplant waren 210 Millionen Euro.", "210", "de", Modality.PLANNED),
        # a noun cue's phrase reaches farther than an adjective's
        ("Das Ziel der Regierung von 400.000 Wohnungen rückt in die Ferne.", "400.000", "de",
         Modality.PLANNED),
        ("The city plans to spend $45 million.", "$45", "en", Modality.PLANNED),
        # an expectation in the present tense is one too
        ("Officials expect up to 150,000 visitors to come.", "150,000", "en", Modality.PLANNED),
        ("Organizers anticipate 80,000 visitors.", "80,000", "en", Modality.PLANNED),
        # a refused proposal's figures are no denied claim; a rejected report is
        ("About 17,000 workers walked off the job after members rejected a contract offer.",
         "17,000", "en", Modality.ASSERTED),
        ("Die Gewerkschaft hat das Angebot von 4 Prozent zurückgewiesen.", "4", "de",
         Modality.ASSERTED),
        ("Police rejected reports that 30 people had died.", "30", "en", Modality.DENIED),
        # a determiner's plan noun plans the figure after its infinitive
        ("The government reiterated its plan to raise defence spending to 2% of GDP.", "2%",
         "en", Modality.PLANNED),
        # "due to" gives a cause; "is due", "due to open" a plan
        ("Officials confirmed 30 deaths due to the storm.", "30", "en", Modality.REPORTED),
        ("The bridge is due to open in 2027 at a cost of $40 million.", "$40", "en",
         Modality.PLANNED),
        # "is to be", "are to be" and "foresees" plan
        ("33 hostages are to be freed over six weeks.", "33", "en", Modality.PLANNED),
        ("The deal foresees the release of 33 hostages.", "33", "en", Modality.PLANNED),
        # a proposal is no decision
        ("The paper proposes closing 17 schools.", "17", "en", Modality.PLANNED),
        ("Der Rat hat vorgeschlagen, 17 Schulen zu schließen.", "17", "de", Modality.PLANNED),
        # a company's guidance is a forecast
        ("The company guided for revenue of $28 billion.", "$28", "en", Modality.PLANNED),
        # a likelihood is an expectation: "dürfte", "likely to"
        ("Der Pegel dürfte bis Freitag auf etwa 65 Zentimeter fallen.", "65", "de",
         Modality.PLANNED),
        ("The gauge is likely to fall to about 65 centimetres by Friday.", "65", "en",
         Modality.PLANNED),
    ],
)  # fmt: skip
def test_a_plan_cue_plans_its_clause_unless_it_describes_a_noun(
    text: str, quote: str, language: str, modality: Modality
) -> None:
    assert _modality(text, quote, language) is modality


@pytest.mark.parametrize(
    ("text", "quote", "language", "modality"),
    [
        # an attributive allegation word describes the noun after it, not the figure
        ("Ermittler durchsuchten 45 Wohnungen einer mutmaßlichen Drogenbande.", "45", "de",
         Modality.ASSERTED),
        ("Police searched 45 homes of the alleged gang leaders.", "45", "en",
         Modality.ASSERTED),
        # after a preposition too: the suspicion is the diagnosis the patients came with
        ("Twelve people were treated for suspected smoke inhalation.", "Twelve", "en",
         Modality.ASSERTED),
        ("Four workers were taken to hospital with suspected burns.", "Four", "en",
         Modality.ASSERTED),
        # as an adverb or a verb it alleges the clause
        ("Der Mann hat mutmaßlich 5.000 Euro gestohlen.", "5.000", "de", Modality.ALLEGED),
        ("He allegedly stole $5,000.", "$5,000", "en", Modality.ALLEGED),
        ("Prosecutors alleged that he stole $5,000.", "$5,000", "en", Modality.ALLEGED),
        # inside the figure's own noun phrase it alleges the figure
        ("Die mutmaßlichen 300 Kilogramm Kokain fehlen.", "300", "de", Modality.ALLEGED),
    ],
)  # fmt: skip
def test_an_allegation_cue_alleges_its_clause_unless_it_describes_a_noun(
    text: str, quote: str, language: str, modality: Modality
) -> None:
    assert _modality(text, quote, language) is modality


def test_due_ends_the_noun_group_of_a_figure() -> None:
    (claim,) = [
        c
        for c in extract_text("Officials confirmed 30 deaths due to the storm.", language="en")
        if c.quantity is not None
    ]
    assert claim.measure is not None and claim.measure.concept == "dead"


@pytest.mark.parametrize(
    ("text", "language", "planned", "reported"),
    [
        ("Organisers had expected 1,000 people, but 12,000 came.", "en", "1,000", "12,000"),
        ("Angemeldet waren 1.000 Teilnehmer, gekommen sind 12.000.", "de", "1.000", "12.000"),
        ("Erwartet wurden 1.000 Teilnehmer, es kamen 12.000.", "de", "1.000", "12.000"),
        (
            "Eingeplant hatten die Veranstalter 120.000 Becher, ausgegeben wurden 160.000.",
            "de",
            "120.000",
            "160.000",
        ),
    ],
)
def test_a_plan_does_not_govern_a_clause_that_tells_what_happened(
    text: str, language: str, planned: str, reported: str
) -> None:
    """The plan of the first clause governs the sentence's other clauses ("Die Stadt will
    300 Bäume pflanzen, 200 davon im Park"), not one with a past tense of its own."""
    assert _modality(text, planned, language) is Modality.PLANNED
    assert _modality(text, reported, language) is Modality.ASSERTED


def test_a_plan_governs_a_clause_without_a_verb() -> None:
    text = "Die Stadt will 300 Bäume pflanzen, 200 davon im Park."
    assert _modality(text, "200", "de") is Modality.PLANNED


@pytest.mark.parametrize(
    ("text", "quote", "modality"),
    [
        # "soll" with a plain infinitive announces
        ("Der Neubau soll 50 Millionen Euro kosten.", "50", Modality.PLANNED),
        ("Die Fanzone soll Platz für 60.000 Menschen haben.", "60.000", Modality.PLANNED),
        ("Die Zone soll bis 23 Uhr für 30.000 Gäste geöffnet sein.", "30.000", Modality.PLANNED),
        # with a past infinitive it tells what others claim
        ("Der Mann soll 5000 Euro gestohlen haben.", "5000", Modality.ALLEGED),
        ("Bei dem Brand sollen drei Menschen ums Leben gekommen sein.", "drei",
         Modality.ALLEGED),
        ("Zwei Menschen sollen bei dem Angriff getötet worden sein.", "Zwei", Modality.ALLEGED),
    ],
)  # fmt: skip
def test_soll_plans_with_an_infinitive_and_alleges_with_a_past_one(
    text: str, quote: str, modality: Modality
) -> None:
    assert _modality(text, quote, "de") is modality


def test_hearsay_does_not_turn_a_weekday_ahead() -> None:
    """A plan points a bare weekday ahead, hearsay about the past does not."""
    published = "2024-03-06"  # a Wednesday
    plan = [
        c
        for c in extract_text(
            "Die Leitung soll am Montag 40 Meter verlegt werden.",
            language="de",
            published=published,
        )
        if c.quantity
    ]
    told = [
        c
        for c in extract_text(
            "Der Mann soll am Montag 5000 Euro gestohlen haben.", language="de", published=published
        )
        if c.quantity
    ]
    assert plan[0].time is not None and str(plan[0].time.start) == "2024-03-11"
    assert told[0].time is not None and str(told[0].time.start) == "2024-03-04"


@pytest.mark.parametrize(
    ("text", "quote", "language", "modality"),
    [
        # a future told in the past plans
        ("The company said 300 jobs would go.", "300", "en", Modality.PLANNED),
        ("Rund 80 Prozent der Fernzüge würden ausfallen, sagte eine Bahnsprecherin.", "80",
         "de", Modality.PLANNED),
        # with no source, a condition, or a perfect after it, "would" stays hypothetical
        ("About 300 jobs would go under the plan.", "300", "en", Modality.HYPOTHETICAL),
        ("If the strike goes ahead, 80 percent of trains would be cancelled, the railway said.",
         "80", "en", Modality.HYPOTHETICAL),
        ("Without the levee, 10,000 homes would have flooded, the mayor said.", "10,000", "en",
         Modality.HYPOTHETICAL),
        ("Wenn der Streik käme, würden 80 Prozent der Züge ausfallen, sagte die Bahn.", "80",
         "de", Modality.HYPOTHETICAL),
        # "and that" opens another clause of what is said: its "would" is its own
        ("The minister said the bridge carried 30,000 vehicles a day and that rebuilding it "
         "would take years.", "30,000", "en", Modality.REPORTED),
        ("The minister said 500 soldiers would be sent and that 300 would stay.", "500", "en",
         Modality.PLANNED),
        # the first clause's future governs a clause with no cue of its own
        ("Sanchez said 500 more soldiers would be sent, bringing the total to 1,700.", "1,700",
         "en", Modality.PLANNED),
    ],
)  # fmt: skip
def test_would_under_a_source_is_a_future_told_in_the_past(
    text: str, quote: str, language: str, modality: Modality
) -> None:
    assert _modality(text, quote, language) is modality


def test_a_passive_in_reported_speech_is_reported() -> None:
    """ "würden vermisst" is the passive of reported speech, no future."""
    text = "Die Polizei sagte, 3 Kinder würden vermisst."
    assert _modality(text, "3", "de") is Modality.REPORTED


def test_a_plan_after_a_possessive_describes_its_noun() -> None:
    """ "marched against Macron's plan to raise ...": the marchers were counted, no plan."""
    text = "More than 1.28 million people marched against Macron's plan to raise taxes."
    assert _modality(text, "1.28", "en") is Modality.ASSERTED


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # the month is no "may" of a possibility
        ("Twelve people died on May 5, police said.", Modality.REPORTED),
        ("May 5 saw 12 deaths.", Modality.ASSERTED),
        # the modal is (of a cost, an estimate: concepts.PLAN_FREE_MEASURES)
        ("The storm may cut power to 40,000 homes.", Modality.HYPOTHETICAL),
        ("The bridge may cost $40 million.", Modality.ESTIMATED),
    ],
)
def test_a_month_is_no_modal(text: str, modality: Modality) -> None:
    claim = next(c for c in extract_text(text, language="en") if c.quantity is not None)
    assert claim.modality is modality


@pytest.mark.parametrize(
    ("text", "quote", "language", "modality"),
    [
        # a cue in a clause of cause after the figure does not reach it
        ("The firm is recalling 1.2 million cars because the airbag may fail.", "1.2", "en",
         Modality.ASSERTED),
        ("Officials evacuated 300 homes because the dam might break.", "300", "en",
         Modality.ASSERTED),
        ("Der Konzern ruft 1,2 Millionen Autos zurück, weil der Airbag versagen könnte.",
         "1,2", "de", Modality.ASSERTED),
        # a figure inside that clause keeps the cue there, and a cue before the clause
        # keeps its figure (a guess at the past: an estimate)
        ("The plant shut because 300 workers may have been exposed.", "300", "en",
         Modality.ESTIMATED),
        ("Officials may evacuate 300 homes because the dam is weak.", "300", "en",
         Modality.HYPOTHETICAL),
    ],
)  # fmt: skip
def test_a_subordinate_clause_bounds_its_cues(
    text: str, quote: str, language: str, modality: Modality
) -> None:
    assert _modality(text, quote, language) is modality


@pytest.mark.parametrize(
    ("text", "quote", "language"),
    [
        ("Some 16,000 nurses had threatened to strike.", "16,000", "en"),
        ("He faces up to 10 years in prison.", "10", "en"),
        ("Ihm drohen bis zu zehn Jahre Haft.", "zehn", "de"),
        ("Die Gewerkschaft drohte mit einem Streik von 16.000 Pflegekräften.", "16.000", "de"),
    ],
)
def test_a_threat_or_a_penalty_faced_is_no_report(text: str, quote: str, language: str) -> None:
    """What is threatened or faced did not happen: planned, never set against a report
    ("7,000 nurses walked off the job", "sentenced to eight years")."""
    assert _modality(text, quote, language) is Modality.PLANNED


@pytest.mark.parametrize(
    ("text", "quote", "language", "modality"),
    [
        # a guess at what has already happened is an estimate
        ("Officials said up to 9,500 barrels may have leaked into the water.", "9,500", "en",
         Modality.ESTIMATED),
        ("As many as 40 people might have been aboard.", "40", "en", Modality.ESTIMATED),
        ("Nach Angaben der Behörden könnten bis zu 60.000 Liter Öl ausgelaufen sein.", "60.000",
         "de", Modality.ESTIMATED),
        # what did not happen, or may happen, stays hypothetical
        ("The blast could have killed 300 people.", "300", "en", Modality.HYPOTHETICAL),
        ("If the dam breaks, up to 3,000 homes may be flooded.", "3,000", "en",
         Modality.HYPOTHETICAL),
        ("Bis zu 300 Häuser könnten überflutet werden, sagte der Landrat.", "300", "de",
         Modality.HYPOTHETICAL),
    ],
)  # fmt: skip
def test_a_guess_at_the_past_is_an_estimate(
    text: str, quote: str, language: str, modality: Modality
) -> None:
    assert _modality(text, quote, language) is modality


@pytest.mark.parametrize(
    ("text", "quote", "language", "modality"),
    [
        # a guess at how things stand is an estimate
        ("Nach Angaben der Polizei dürfte der Schaden bei 18 Millionen Euro liegen.",
         "18 Millionen Euro", "de", Modality.ESTIMATED),
        ("Der Schaden dürfte sich auf rund 18 Millionen Euro belaufen.", "18 Millionen",
         "de", Modality.ESTIMATED),
        ("Mindestens zwölf Menschen dürften verletzt worden sein.", "zwölf", "de",
         Modality.ESTIMATED),
        ("Police said the damage was likely to be around 18 million pounds.", "18 million",
         "en", Modality.ESTIMATED),
        # a guess at what will happen stays a plan
        ("Der Pegel dürfte bis Freitag auf 65 Zentimeter fallen.", "65 Zentimeter", "de",
         Modality.PLANNED),
        ("The company is likely to cut 300 jobs next year.", "300", "en", Modality.PLANNED),
    ],
)  # fmt: skip
def test_a_guess_at_how_things_stand_is_an_estimate(
    text: str, quote: str, language: str, modality: Modality
) -> None:
    """ "der Schaden *dürfte bei* 18 Millionen Euro *liegen*": no plan, an estimate
    (the packs' ``attribution.EPISTEMIC_STATE``)."""
    assert _modality(text, quote, language) is modality


@pytest.mark.parametrize(
    ("text", "quote", "language", "modality"),
    [
        # a figure told again in other terms is said as the first one
        ("May 6 (Reuters) - Corvane Systems said on Tuesday it would cut about 4,300 jobs, "
         "or about 9% of its workforce, as it restructures its business to focus on "
         "artificial intelligence products and reduce layers of management.", "9%", "en",
         Modality.PLANNED),
        ("Der Konzern will 4.300 Stellen streichen, also rund neun Prozent der Belegschaft.",
         "neun", "de", Modality.PLANNED),
        # not a figure of the same kind of unit
        ("Five people died or 20 people were hurt.", "20", "en", Modality.ASSERTED),
    ],
)  # fmt: skip
def test_a_restated_figure_is_said_as_the_first(
    text: str, quote: str, language: str, modality: Modality
) -> None:
    assert _modality(text, quote, language) is modality


def test_an_offer_refused_some_words_later_is_no_denied_figure() -> None:
    assert (
        _modality(
            "Cascadia's latest offer of 14% over three years was rejected by the union.",
            "14%",
            "en",
        )
        is Modality.ASSERTED
    )


def test_what_a_coalition_would_reach_is_hypothetical() -> None:
    """ "die auf 67 Sitze käme": arithmetic of a coalition, not a result."""
    text = "Eine Koalition aus CDU und SPD käme auf 67 Sitze."
    assert _modality(text, "67", "de") is Modality.HYPOTHETICAL


def test_what_something_would_cost_is_an_estimate() -> None:
    """ "Die Umrüstung würde ... kosten": what an upgrade would cost is an estimate of its
    cost, as "will cost" is (``concepts.ESTIMATE_MEASURES``); what a coalition would reach
    stays a hypothesis."""
    text = "Die Umrüstung würde etwa 1,8 Millionen Euro kosten."
    assert _modality(text, "1,8", "de") is Modality.ESTIMATED


def test_what_was_scheduled_is_planned() -> None:
    text = "Ursprünglich waren für den Prozess zehn Verhandlungstage angesetzt."
    assert _modality(text, "zehn", "de") is Modality.PLANNED


@pytest.mark.parametrize(
    ("text", "lang", "modality"),
    [
        # what something can do is no count of what it did
        ("Officials estimate the fund can cover training for about 400 workers.", "en",
         Modality.HYPOTHETICAL),
        ("The incubation period can be up to three weeks.", "en", Modality.HYPOTHETICAL),
        ("The new hall can hold 12,000 visitors.", "en", Modality.HYPOTHETICAL),
        # what a kind of thing can grow to is no measure of the one at hand
        ("Adult pilot whales can grow up to 6 metres long.", "en", Modality.HYPOTHETICAL),
        ("A bull can weigh as much as two tonnes.", "en", Modality.HYPOTHETICAL),
        ("Grindwale können bis zu sechs Meter lang werden.", "de", Modality.HYPOTHETICAL),
        ("Ein Bulle kann bis zu zwei Tonnen wiegen.", "de", Modality.HYPOTHETICAL),
        # "can confirm" tells what happened, and "können" alone may tell what is the case
        ("Police can confirm that 12 people died in the crash.", "en", Modality.ASSERTED),
        ("Rund 200 Anwohner können nicht in ihre Häuser zurück.", "de", Modality.ASSERTED),
    ],
)  # fmt: skip
def test_what_a_thing_can_do_is_hypothetical(text: str, lang: str, modality: Modality) -> None:
    claim = next(c for c in extract_text(text, language=lang) if c.quantity is not None)
    assert claim.modality is modality


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Sie verfügt über 62 Kabinen für jeweils zehn Personen und kann bis zu 2.400 "
            "Personen pro Stunde befördern.",
            "de",
        ),
        ("The line has 62 cabins and can carry up to 2,400 people an hour.", "en"),
    ],
)
def test_a_modal_after_a_coordinator_does_not_reach_the_figure_before_it(
    text: str, lang: str
) -> None:
    """ "und kann", "and can" open another predicate: what the line can carry is
    hypothetical, the cabins it has are not."""
    claims = [c for c in extract_text(text, language=lang) if c.quantity is not None]
    cabins = next(c for c in claims if "62" in c.quote)
    carried = next(c for c in claims if "2" in c.quote and "400" in c.quote)
    assert cabins.modality is Modality.ASSERTED
    assert carried.modality is Modality.HYPOTHETICAL


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Der Verein hatte den Schaden auf rund 850.000 Euro beziffert und angekündigt, "
            "sich das Geld von den Tätern zurückzuholen.",
            "de",
        ),
        (
            "The club put the damage at about $850,000 and plans to recover the money from "
            "the rioters.",
            "en",
        ),
    ],
)
def test_a_plan_after_a_coordinator_does_not_reach_the_figure_before_it(
    text: str, lang: str
) -> None:
    """ "und angekündigt, ...", "and plans to" open another predicate: what was announced
    is what follows, the damage told before it is no plan."""
    (damage,) = [c for c in extract_text(text, language=lang) if c.quantity is not None]
    assert damage.modality is Modality.ASSERTED


def test_a_future_told_in_the_past_does_not_reach_the_speaker_s_next_predicate() -> None:
    """ "Police said they would not comment, *but confirmed* the driver, 53, had been
    suspended": the speaker's next predicate says what happened; without one the first
    clause's future governs ("said 500 more soldiers would be sent, bringing the total to
    1,700")."""
    text = (
        "Police said they would not comment on the figures, but confirmed the driver, 53, "
        "had been suspended."
    )
    assert _modality(text, "53", "en") is Modality.REPORTED
    sent = "Police said 500 more soldiers would be sent, bringing the total to 1,700."
    assert _modality(sent, "1,700", "en") is Modality.PLANNED


def test_a_speech_verb_after_a_coordinator_opens_another_thing_said() -> None:
    """ "put the damage at £14 million and said demolition could take up to six weeks":
    the damage is reported, only the demolition's length is hypothetical."""
    text = "The operator put the damage at £14 million and said demolition could take six weeks."
    claims = {c.quote: c for c in extract_text(text, language="en") if c.quantity is not None}
    assert claims["£14 million"].modality is Modality.REPORTED
    assert claims["six weeks"].modality is Modality.HYPOTHETICAL


def test_a_plan_adjective_after_a_count_describes_its_noun_de() -> None:
    """ "410 der 640 geplanten Flüge gestrichen": cancelled flights, no plan."""
    text = "In Westerhaven wurden 410 der 640 geplanten Flüge gestrichen."
    (part,) = [c for c in extract_text(text, language="de") if c.quote.startswith("410")]
    assert part.modality is Modality.ASSERTED
    assert part.measure is not None and part.measure.state == "cancelled"
