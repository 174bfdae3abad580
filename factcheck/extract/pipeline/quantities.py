"""The pipeline, quantities: a number made into a quantity claim with what it counts, where
the counted things come from and go to, and when. Part of :mod:`factcheck.extract.pipeline`.
"""

from __future__ import annotations

from dataclasses import replace

from factcheck.extract.clauses import after_content_marker, past_apposition
from factcheck.extract.figure_cues import (
    above_threshold,
    in_projection,
    is_alone,
    is_average,
    is_current,
    is_earlier_figure,
    is_increment,
    is_interim,
    is_occurrence,
    is_peak,
    is_ranking,
    is_running,
    is_span_total,
    is_still,
    level_reached_by,
    list_label_end,
    moved_by,
    moves_by,
    names_its_count,
    names_segment,
    part_cue_at,
    part_or_total,
    reaches_level,
    refers_to_figure,
    scope_before,
    tells_of_another_event,
)
from factcheck.extract.matches import NumberRole, QuantityMatch, TimeMatch
from factcheck.extract.nouns import CountedNoun, concept_of, content_class, find_counted_noun
from factcheck.extract.numbers import trailing_hedge
from factcheck.extract.pipeline.ages import _age_of, _apposed_age, as_age, lemma_kind, named_at
from factcheck.extract.pipeline.current import (
    as_of_clock,
    as_of_writing,
    before_the_article,
    in_other_event,
    now,
    paragraph_day,
    ticker_time,
)
from factcheck.extract.pipeline.current import cumulative as running_total
from factcheck.extract.pipeline.falls import HEIGHT, fall_height
from factcheck.extract.pipeline.forms import (
    dimension_of_form,
    harmed_extent,
    idle_one,
    moved_level,
    new_level,
    per_base,
    per_number,
    rehedged,
    sized_by_word,
    sizes_a_thing,
)
from factcheck.extract.pipeline.lists import list_role
from factcheck.extract.pipeline.modality import _modality, restated
from factcheck.extract.pipeline.parts import (
    as_population,
    body_size,
    described_role,
    holds_all,
    homes_of_people,
    joint_count,
    label_kind,
    later_harm,
    mixed_people,
    of_them,
    own_fate,
    part_kind,
    part_role,
    partitive_noun,
    partitive_whole,
    spread_of,
    whole_before,
    whole_of_part,
    whole_role,
)
from factcheck.extract.pipeline.prices import price_thing, priced
from factcheck.extract.pipeline.scope import nationality
from factcheck.extract.pipeline.state import (
    NO_ATTRIBUTION,
    _Flow,
    _memo,
    _sentence_index,
    _sentence_span,
    _State,
)
from factcheck.extract.pipeline.stretches import (
    expanded,
    number_of_noun,
    opening_interim,
    source_name_end,
)
from factcheck.extract.pipeline.subjects import (
    OF_ROLES,
    RESTATED_BEFORE,
    _dimension,
    _restated_concept,
    change_subject,
    concept_before,
    duration_thing,
    fractional,
    glued_subject,
    in_event_relative,
    in_name,
    later_clause_role,
    length_owner,
    main_clause_role,
    measure_owner,
    noun_subject,
    plural,
    ratio_of,
    share_of_role,
    thing_for,
    with_crew,
)
from factcheck.extract.pipeline.unnamed import unnamed_subject
from factcheck.extract.roles import (
    DEAD,
    EVACUATED,
    RoleCues,
    counted_concept,
    role_at,
    staff_of,
    subject_words,
)
from factcheck.lang import get_language
from factcheck.lang.concepts import (
    ABOARD,
    ABOARD_CONCEPTS,
    ALONE_SCOPE,
    AREA_DIMENSION,
    AVERAGE_SCOPE,
    CAPACITY,
    CLEARED,
    CLOSED,
    CURRENT_CONCEPTS,
    CUT_OFF_CONCEPTS,
    DIAMETER,
    EACH_SCOPE,
    EARLIER_SCOPE,
    EXPANDED,
    FALL,
    FALLEN_SCOPE,
    FIXED_CONCEPTS,
    GROWING_MEASURES,
    HARM_ROLES,
    HELD_CONCEPTS,
    INCREMENT_SCOPE,
    JOB_CONCEPTS,
    JOB_LOSS_WORDS,
    JOINT_SCOPE,
    LEAKED,
    LENGTH,
    MEMBER_OF_PARLIAMENT,
    OBJECT_ROLES,
    OCCASION_CONCEPTS,
    PART_NAMING_ROLES,
    PART_SCOPE,
    PASSENGER,
    PEAK_SCOPE,
    PERSON_CONCEPTS,
    PREMISES_CONCEPTS,
    PROJECTION_SCOPE,
    RATIO_WHOLES,
    RECOVERED,
    RISEN_SCOPE,
    STILL_CONCEPTS,
    SUBSET_SCOPE,
    THICKNESS,
    TO_DATE_SCOPE,
    TRIP_CONCEPTS,
    TRIP_ROLES,
    WHOLE_SCOPE,
)
from factcheck.lang.concepts import CUMULATIVE_CONCEPTS as CUMULATIVE_ROLES
from factcheck.lang.concepts import ESTIMATE_MEASURES as ESTIMATES
from factcheck.models import (
    Attribution,
    Claim,
    Direction,
    Measure,
    Modality,
    Qualifier,
    Span,
    TimeRef,
    UnitKind,
    claim_id,
)


def _quantity_claim(
    st: _State,
    qm: QuantityMatch,
    s: int,
    e: int,
    attribution: Attribution | None,
    flow: _Flow,
    own_time: TimeMatch | None,
    sentence_time: TimeRef | None,
    seg: tuple[int, int] | None = None,
    sibling: Measure | None = None,
    scope: tuple[str, ...] = (),
) -> Claim | None:
    text, lang = st.article.text, st.lang
    if per_base(text, s, qm.start, lang):
        return None  # "13 Verletzte je *100.000* Einwohner": the base of a rate
    qm = as_age(qm, text, lang)  # "the dead boy was 13", "eine Frau aus Rheda (63)"
    q = new_level(qm.quantity)
    if own_time is None and sentence_time is not None and qm.role is NumberRole.AMOUNT:
        sentence_time = as_of_writing(st, sentence_time, seg or (s, e))
    measure: Measure | None = None
    end = qm.end
    noun = held_whole = hurt = None
    if qm.role in (
        NumberRole.AMOUNT,
        NumberRole.ORDINAL,
        NumberRole.MEASURE,
        NumberRole.MONEY,
        NumberRole.DURATION,
        NumberRole.AGE,
        NumberRole.PERCENT,
    ):
        by_unit, share = qm.role is NumberRole.MEASURE, qm.role is NumberRole.PERCENT
        # a figure glued to the noun after it names a kind of that noun ("Fünf-Prozent-Hürde")
        at = qm.end + 1 if text[qm.end : qm.end + 1] == "-" and share else qm.end
        noun = find_counted_noun(text, at, e, lang, measure=by_unit, share=share)
        if noun is None and qm.role is NumberRole.AMOUNT:
            noun = partitive_noun(text, qm.end, e, lang)  # "31 of the train's 112 cars"
        elif noun is not None and (
            noun.head.casefold() in get_language(lang).nouns.MULTIPLIERS
            or per_number(text, noun.end, lang)
        ):
            return None  # "three times its size", "13 Verletzte je 100.000": ratio, rate
        if qm.role is NumberRole.PERCENT and noun is not None and noun.concept in HELD_CONCEPTS:
            held_whole, noun = noun.concept, None  # "34 percent of the vote": by its holder
        if noun is not None and noun.head in get_language(lang).nouns.RESTATED_NOUNS:
            restated_as = _restated_concept(
                text, max(s, qm.start - RESTATED_BEFORE), qm.start, lang
            )
            if restated_as is not None:
                # "rund die Hälfte davon waren Traktoren, also gut 3.000 Maschinen": tractors
                noun = replace(noun, concept=restated_as)
    confidence = 0.9
    if qm.role is NumberRole.AMOUNT:
        a, b = seg if seg is not None else (s, e)
        wider = _sentence_index(st).clause(qm.start)
        if noun is not None and noun.end <= wider[1] and st.role_cues is not None:
            # "Two other passengers, a married couple, were airlifted": past an apposition
            # with no role cue of its own ("58 Züge, die umgeleitet wurden, ausfielen")
            idx = _sentence_index(st)
            past = past_apposition(idx, wider[1], lang)
            inside = (wider[1], idx.clause(wider[1] + 1)[1])  # the apposition itself
            if past > wider[1] and not any(inside[0] < x < inside[1] for x in st.role_cues.starts):
                wider = (wider[0], past)
        label = list_label_end(text, s, qm.start)
        if label is not None and wider[0] > label:
            wider = (s, wider[1])  # "- Rückbau: 178 Anlagen": the line's label tells
        if (opens := source_name_end(text, s, qm.start, attribution)) is not None:
            # "Survivors told rescuers that 500 people had been aboard": who opens the
            # sentence saying so is not what befell the people counted
            a, wider = max(a, opens), (max(wider[0], opens), wider[1])
        # a cue after the figure is as near as it is to the end of the figure's noun when
        # the clause goes on from it: "3 died and 12 more people were injured" counts the
        # injured, "destroyed 9,418 structures and damaged 1,073" the destroyed
        tail = own = noun.end if noun is not None and noun.start - qm.end <= 40 else None
        if own is not None:
            after = text[own : own + 12].split(maxsplit=1)
            word = after[0].casefold() if after else ""
            if not word[:1].isalpha() or word in get_language(lang).syntax.COORDINATORS:
                tail = None
        if st.role_cues is not None:
            role = st.role_cues.role_at(a, b, qm.start, qm.end, wider, tail=tail, noun_end=own)
        else:
            role = role_at(text, a, b, qm.start, qm.end, lang, wider, tail=tail, noun_end=own)
        role = list_role(st, qm, role)  # "Five were killed: the pilot and four passengers"
        if role is None:  # "12 people, including three children, were killed"
            role = later_clause_role(st, qm, noun.end if noun else qm.end)
            if role is None and noun is None:  # "The toll, which stood at 158, rose to 170"
                role = main_clause_role(st, qm)
        elif noun is None:  # "Twelve of the 30 injured were taken to hospital"
            role = part_role(st, qm, wider[1], role)
        elif noun.start - qm.end <= 40:  # "five people wounded ... remain hospitalized"
            role = described_role(st, qm, noun.end, b, role, e)
        is_whole = whole_of_part(text, s, qm.start, lang)  # "Three of its seven hospitals"
        if is_whole:
            # "150 of the village's 1,800 residents were killed": residents, but "two of the
            # nine miners *trapped* there": what befell them, said right after their noun
            role = whole_role(st, qm, noun)
            scope = (*scope, WHOLE_SCOPE)  # "200 of the city's 1,100 computers": all of them
        elif holds_all(text, s, qm.start, noun, role, lang):
            scope = (*scope, WHOLE_SCOPE)  # "Castlemont, which has 3.6 million customers"
        people = (
            noun is not None and noun.concept in PERSON_CONCEPTS and role not in CUT_OFF_CONCEPTS
        )
        state = role if role in OBJECT_ROLES and not people else None  # "450 Beamte durchsuchten"
        if role == CAPACITY and noun is not None and noun.concept not in PERSON_CONCEPTS:
            state = CAPACITY  # "Platz für 72 Fahrzeuge": no count of the cars there
        elif (
            noun is not None
            and noun.concept in PREMISES_CONCEPTS
            and (role == EVACUATED or homes_of_people(text, s, qm.start, lang))
        ):
            # "residents from five homes were evacuated", "300 people from 210 homes spent
            # the evening at the leisure centre": the homes of those the story affected
            state = CLEARED
        if (
            _trip_state_of_no_trip(state, noun)
            or (state in JOB_LOSS_WORDS and noun is not None and noun.concept in JOB_CONCEPTS)
            or (state == CLOSED and noun is not None and moves_by(text[qm.end : noun.end], lang))
            or (
                noun is not None
                and noun.concept in FIXED_CONCEPTS
                and sizes_a_thing(text, qm, noun)
            )
            or (noun is not None and sized_by_word(text, noun.end, lang))
        ):
            # jobs cut are no trips; "a seven-story building collapsed": the building did
            state = role = None
        if state is not None and after_content_marker(text, s, qm.start, lang):
            state = None  # "derailed ... with 141 cars": what the train carried
        if noun is not None and noun.start - qm.end > 40:
            noun = None  # a noun far after the number is not what it counts
        apposed = noun is None and _apposed_age(text, qm.start, qm.end, lang)
        if apposed:
            role = None  # "Ana Ruiz, 66, and ...": an age, not a count
        if (home := as_population(text, s, qm, noun, lang)) is not None:
            noun, role, state = home, None, None  # "a town of 12,000 residents" live there
        concept = counted_concept(noun.concept if noun else None, role, noun is not None)
        if concept == PASSENGER and noun is not None and with_crew(text, noun.end, lang):
            concept = ABOARD  # "4,000 passengers and crew": all on board
        elif (mixed := mixed_people(text, noun, role, lang)) is not None:
            concept = mixed  # "evacuated 46 guests and staff": the evacuated
        if (hurt := later_harm(st, qm, noun, b, concept)) is not None:
            role, concept = hurt  # "two injured people died": dead, a part of the dead
        if noun is None and concept in HARM_ROLES and (kind := part_kind(st, qm, b)):
            concept = f"{concept}:{kind}"  # "Four of the dead were minors": dead minors
        elif noun is None and concept in HARM_ROLES and (kind := label_kind(st, s, qm.start)):
            concept = f"{concept}:{kind}"  # "Children among dead: 13": dead children
        if concept in HELD_CONCEPTS and is_whole:
            concept = CAPACITY  # "52 of 151 seats": the seats there are, none held
        elif concept in SEATED and body_size(text, s, qm.start, lang):
            concept = CAPACITY  # "im Landtag mit 101 Abgeordneten": all its seats
        if noun is None and not apposed and role not in HARM_ROLES:
            # "a crew of 21", "eine Besatzung von 21": the noun the count is of, before
            # a cue of the clause ("a crew of 21 and 300 passengers"); not before what
            # happened to them ("a crew of 21 died" counts dead)
            before = concept_before(text, _sentence_index(st).clause(qm.start)[0], qm, lang)
            concept = before or concept
        if noun is None and concept is None and not apposed:
            # "Die Zahl der Arbeitslosen stieg auf 2,81 Millionen": the noun named before
            named = number_of_noun(text, seg[0] if seg is not None else s, qm.start, lang)
            if named is None and seg is not None and reaches_level(text, qm.start, qm.end, lang):
                # "Die Zahl der Wohnungen sank um 17,8 Prozent auf 215.900": the level the
                # change reached, its size between them
                named = number_of_noun(text, s, qm.start, lang)
            if named is None and reaches_level(text, qm.start, qm.end, lang):
                # "Burglaries fell to 414": the subject heading the clause of the change
                head = _sentence_index(st).clause(qm.start)[0]
                named = change_subject(text, head, qm.start, lang)
            if named is not None:
                concept = named.concept or "lemma:" + named.head.casefold()
        elif noun is None and role is not None and not apposed:
            # "The assessment released on Monday put the number of destroyed shelters at
            # 2,100": a thing named counts, not the people a verb nearby befell
            named = number_of_noun(text, seg[0] if seg is not None else s, qm.start, lang)
            if named is not None and named.concept not in PERSON_CONCEPTS and plural(named):
                concept = named.concept or "lemma:" + named.head.casefold()
        moved = moved_by(text, qm.start, noun.head, lang) if noun is not None else None
        fraction = fractional(q) and moved is None
        if fraction:  # (index points move by fractions: "fell 1,214.6 points")
            # "the 7.8-magnitude temblor", "7.8 magnitude quake": no count of people or
            # things has a fraction without a scale word ("1.5 million" has one)
            noun, concept, role, state = None, None, None, None
        if (
            state is None
            and role in HARM_ROLES
            and noun is not None
            and noun.concept not in PERSON_CONCEPTS
            and st.role_cues is not None
        ):
            # harm to people names no state of things: "14 fatalities and damage to more
            # than 3,200 structures" counts damaged structures
            state = st.role_cues.role_at(a, b, qm.start, qm.end, wider, among=OBJECT_ROLES)
            state = None if _trip_state_of_no_trip(state, noun) else state
        if concept in HARM_ROLES or role in HARM_ROLES or concept in ABOARD_CONCEPTS:
            # what happened to people has a place, not an origin and a destination
            # ("the ministry gave a count of 1,414 dead" delivers nothing); the people on
            # board travel the route of their bus ("mit 52 Fahrgästen ... von Hamburg nach
            # München"), no flow between two parties
            flow = _Flow()
        if (
            noun is None
            and concept is None
            and not apposed
            and not fraction
            and sibling is not None
            and sibling.concept
            and (
                not sibling.concept.startswith("lemma:")
                # "Im September 2024 waren es 95": the figure named before, whatever noun
                # (not "die Zahl der Sterbefälle": a new thing named)
                or (refers_to_figure(text, s, e, lang) and not names_its_count(text, s, e, lang))
            )
            and q.direction is None  # "to raise the retirement age from 62 to 64"
        ):
            # "die Polizei nannte 50.000 Demonstrierende, die Veranstalter 80.000": an
            # amount with no noun and no role counts what its sibling counts (a part of
            # the seats there are, "von den 120 Sitzen entfallen 42", counts seats)
            concept, state = sibling.concept, state or sibling.state  # "genehmigt ... 18.600"
            seats = concept_of(sibling.thing, lang) if concept == CAPACITY else None
            if seats in HELD_CONCEPTS:
                concept = seats
        if noun is None and concept is None:
            confidence = 0.5
            measure = None
        elif noun is None:
            assert concept is not None
            time = own_time.time if own_time else sentence_time
            # a noun outside the lexicon, from the count before: said by its word
            word = (
                sibling.thing
                if sibling is not None
                and sibling.concept == concept
                and concept.startswith("lemma:")
                else concept
            )
            measure = Measure(
                thing=word,
                concept=concept,
                origin=flow.origin,
                destination=flow.destination,
                cumulative=running_total(concept, time, lang, state),
                scope=scope,
                state=state,
                # "15 davon", "12 of them": a part of the figure named before is anchored;
                # so is the level a change reached ("the death toll rose to 14")
                inferred=not of_them(text, qm.end, lang)
                and not reaches_level(text, qm.start, qm.end, lang),
            )
            q = q.model_copy(update={"unit": word, "unit_kind": UnitKind.COUNT})
        else:
            if concept is None and noun.concept is None:
                concept = "lemma:" + noun.head.casefold()  # outside the lexicon: by lemma
                if role in PART_NAMING_ROLES and state is None:
                    concept = f"{role}:{concept}"  # "Three miners died": dead miners
            elif concept is None:
                concept = noun.concept  # people with no role: kept, but not compared
            spread = spread_of(st, qm, concept, sibling)
            if spread is not None:
                # "sickened nine people in five states": the states of those cases
                concept = spread
                if sibling is not None and EARLIER_SCOPE in sibling.scope:
                    scope = (*scope, EARLIER_SCOPE)  # "up from nine cases in five states"
            if noun.head in get_language(lang).nouns.GENERIC_STAFF:
                # "die Polizei war mit 1.800 Kräften im Einsatz": police officers
                # (not an organisation among its parts: "150 Einsatzkräfte, *darunter* die
                # Feuerwehren" are forces of several)
                part = part_cue_at(text, noun.end, e, lang)
                staff = staff_of(text, s, e if part is None else part, st.previous_start, lang)
                if staff is not None:
                    concept = f"{role}:{staff}" if role in HARM_ROLES else staff
            content = tuple(
                c for c in (content_class(_concept(x, lang), lang) for x in noun.content) if c
            )
            time = own_time.time if own_time else sentence_time
            cumulative = running_total(concept, time, lang, state)
            if noun.concept in PERSON_CONCEPTS:
                scope = nationality(text, qm.end, noun.end, scope, lang)
            measure = Measure(
                thing=noun.head,
                concept=concept,
                surface=noun.surface,
                modifiers=noun.modifiers,
                content=content,
                origin=flow.origin,
                destination=flow.destination,
                cumulative=cumulative,
                scope=scope,
                state=state,
            )
            q = q.model_copy(update={"unit": noun.head, "unit_kind": UnitKind.COUNT})
            if moved is not None:  # "fell 1,214 points": one move
                q = q.model_copy(update={"change": True, "direction": moved})
            end = qm.end if noun.start - qm.end > 40 else noun.end
            bound = trailing_hedge(text, end, e, lang) if q.qualifier is Qualifier.EXACT else None
            if bound is not None:  # "20 people or more", "110 degrees or higher"
                q = rehedged(q, bound[0])
                end = bound[1]
    elif qm.role is NumberRole.ORDINAL and not is_ranking(text, qm.end, e, lang):
        # "on the second day": a place in a sequence; a ranking is a figure ("zweitgrößte")
        measure = None
    else:
        q = priced(st, qm, q)  # "eine Kilowattstunde Gas kostet 10,3 Cent": per kWh
        thing = thing_for(qm, noun)
        if noun is not None and noun.concept in PERSON_CONCEPTS:
            scope = nationality(text, qm.end, noun.end, scope, lang)  # "of its Irish staff"
        if noun is not None and noun.concept in RATIO_WHOLES:
            thing = ratio_of(text, s, qm.start, thing, lang)  # "a deficit of 1.4% of GDP"
        measured: tuple[str, ...] = ()
        if noun is not None and qm.role is NumberRole.DURATION:
            thing = duration_thing(noun.head, lang) or thing  # "a 72-hour *strike*"
            if noun.head.casefold() in get_language(lang).nouns.MATURITY_NOUNS:
                thing = ""  # "the 10-year Treasury note": a kind of note, no duration told
        elif noun is not None and qm.role is NumberRole.MEASURE:
            a_name = in_name(text, noun.start, noun.end, lang)  # "the 300-metre Aurora Crest"
            subject = None if a_name else noun_subject(noun.head, q, lang)
            if subject is not None:
                a0 = _sentence_index(st).clause(qm.start)[0]
                subject = length_owner(text, a0, qm, subject, lang)  # "the tailback was"
                if subject == HEIGHT and fall_height(text, a0, qm, noun.start, lang):
                    subject = FALL  # "stürzte aus rund zwölf Metern Höhe": how far it fell
                thing = f"measure:{subject}"  # "2.6 km long" and "a length of 2.6 km"
                owner, each = measure_owner(text, s, qm.start, subject, lang)
                measured = (owner,) if owner else measured  # "Schutzzone mit 3 km Radius"
                scope = (*scope, EACH_SCOPE) if each else scope  # "140 Nägel mit 12 m Länge"
            elif (between := subject_words(text, qm.end, noun.start, lang)) and (
                noun.concept is None or between[0][2] != LENGTH
            ):
                # "die 120 Meter lange Halle" is a length, of a hall: the same subject as
                # "die Halle ist 80 Meter lang", and not the length of a train; "das 45
                # Meter *hohe* Gebäude" is a building's height, never its width (a noun the
                # lexicon knows keeps its own length: "der 854 Kilometer lange Strom")
                subject = between[0][2]
                if subject == THICKNESS and glued_subject(q, noun.head, lang) == DIAMETER:
                    subject = DIAMETER  # "die 60 Zentimeter dicke Leitung": its diameter
                thing = f"measure:{subject}"
                measured = (noun.concept or noun.head.casefold(),)
            elif (
                noun.concept is None  # a noun the lexicon knows keeps its own ("190-metre ship")
                and "-" in text[qm.start : qm.end]
                and (glued := glued_subject(q, noun.head, lang))
            ):
                # "the 985-foot Dali", "a 500-kilogram bomb": a length or a mass glued to the
                # noun is its length or weight, as in "the Dali is 948 feet long"
                thing = f"measure:{glued}"
                measured = (noun.head.casefold(),)
        elif noun is None and qm.role in OF_ROLES:
            subject, group, scope = unnamed_subject(st, qm, seg, s, e, scope)
            if subject is not None:
                thing = f"{OF_ROLES[qm.role]}:{subject}"
                if group is not None:
                    thing = f"{thing}@{group}"  # "the youth unemployment rate": a group's
                owner, each = measure_owner(text, s, qm.start, subject, lang)
                measured = (owner,) if owner else measured  # "eine Schutzzone mit einem Radius"
                scope = (*scope, EACH_SCOPE) if each else scope
        if (
            qm.role is NumberRole.MEASURE
            and noun is not None
            and _dimension(q.unit or "") == AREA_DIMENSION
        ):
            # an area of a thing named is its area: "rund 500 Hektar Wald", "die 8000
            # Quadratmeter große Halle" (an area of nothing named, "23,000 acres", keeps
            # no subject: compared only within its named scope, see reconcile)
            thing = "measure:area"
            measured = measured or (noun.head.casefold(),)
        thing = price_thing(thing, q)  # "9,8 Cent pro Kilowattstunde", "$3.20 a gallon"
        concept = thing.casefold()
        growing = True if concept in GROWING_MEASURES else None  # a damage estimate
        if qm.role is NumberRole.AGE:
            if (aged := _age_of(st, qm, s, e)) is not None:  # "ein 13 Jahre alter Junge"
                concept, kinds = aged  # "Bewohnerin", "the tanker driver"
                measured = kinds or measured
            elif (
                noun is not None
                and not text[qm.end : noun.start].strip()
                and not named_at(st, noun.start, noun.end)
            ):
                # a noun no list of kinds knows, right after the age: "eine 47-jährige
                # *Tierpflegerin*", "the 40-year-old *building*" (ages.lemma_kind)
                concept = lemma_kind(noun) or concept
            flow = _Flow()  # "ein 13 Jahre alter Junge aus der Gegend": an age goes nowhere
        measure = Measure(
            thing=thing,
            concept=concept,
            surface=noun.surface if noun else "",
            origin=flow.origin,
            destination=flow.destination,
            scope=scope,
            cumulative=growing,
            content=measured,
        )
        measure = measure if thing else None  # a maturity's term measures nothing
    span = Span(start=qm.start, end=end)
    time = own_time.time if own_time else sentence_time
    if (
        time is not None
        and own_time is None
        and measure is not None
        and measure.cumulative
        and before_the_article(st, time)
        and in_event_relative(text, s, _sentence_index(st).clause(qm.start)[0], qm.start, lang)
    ):
        time = None  # "The tornado that killed three people on Thursday": the toll as of now
    modality = restated(st, s, qm.start, q.unit_kind) or _modality(
        _sentence_index(st), qm.start, attribution is not None
    )
    if modality is Modality.HYPOTHETICAL and measure is not None and measure.key in ESTIMATES:
        modality = Modality.ESTIMATED  # "would cost £35 million to replace": an estimate
    elif modality is Modality.PLANNED and qm.role is NumberRole.AGE:
        # "are expected to interview the 52-year-old captain": the plan is the
        # interview's, the age is the captain's now
        modality = Modality.REPORTED if attribution is not None else Modality.ASSERTED
    kind = "quantity"
    cid = claim_id(st.article.id, kind, span)
    if measure is not None and seg is not None:
        update: dict[str, object] = {}
        # its own stretch first, then the sentence's opening when no figure stands in it
        # ("Across both fires, at least 16,244"; but "insgesamt 103.000, davon allein 72.000")
        opening = not any(map(str.isdigit, text[s : seg[0]]))
        # the size of a thing named is no early count ("als die ersten Kräfte eintrafen,
        # stand die rund 5000 Quadratmeter große Halle in Flammen")
        sized = qm.role is NumberRole.MEASURE and bool(measure.content)
        said = attribution.span if attribution is not None else None
        if not sized and (
            is_interim(text, seg[0], seg[1], lang)
            # "600 were evacuated, according to an initial estimate": the source says it
            or (said is not None and is_interim(text, said.start, said.end, lang))
            or _memo(
                st,
                ("interim", s, seg[0] if opening else -1),
                lambda: opening_interim(text, s, seg[0], lang),
            )
        ):
            # "Early on Tuesday, the chief put the toll at 88"; "Overnight, ... 610
            # killed and 1,240 injured": the sentence's opening governs its figures
            update["interim"] = True
        # (not how far something fell: "fell from a height of 10 metres" tells no change)
        earlier = (
            measure.thing != f"measure:{FALL}"
            and is_earlier_figure(text, qm.start, lang, dated=time is not None and time.resolved)
        ) or _memo(
            st,
            ("other event",),
            lambda: tells_of_another_event(text, s, lang) or in_other_event(st, s),
        )
        clause_start = _sentence_index(st).clause(qm.start)[0]
        # "31,9 Prozent der Stimmen", "30 days of national mourning": of something, no part
        of_any = qm.role in (NumberRole.PERCENT, NumberRole.DURATION)
        whole = None if of_any else partitive_whole(st, qm.end, s, clause_start, measure.state)
        subset = whole is not None or (hurt is not None and hurt[0] == DEAD)
        if subset or (noun is not None and above_threshold(text, noun.end, lang)):
            _mark(update, measure, SUBSET_SCOPE)  # "of the dead", "of magnitude 4.5 or greater"
            if whole in CUMULATIVE_ROLES and measure.cumulative is None:
                update["cumulative"] = True  # "Of the dead, 41 were women": a running total
        elif mark := (
            part_or_total(text, *seg, lang, qm.start)
            or (part_or_total(text, s, seg[0], lang) if opening else None)
            or (PART_SCOPE if names_segment(text, seg[0], qm.start, lang) else None)
        ):  # its own stretch first, then the opening; "the health care sector added 68,000"
            _mark(update, measure, mark)  # its own stretch first, then the opening
            if mark == PART_SCOPE and (
                is_alone(text, s if opening else seg[0], seg[1], lang)
                or (of_them(text, qm.end, lang) and not own_fate(st, qm.start, measure.key))
                or whole_before(st, s, qm.start, measure.key, q.nominal)
            ):
                # "allein die Feuerwehr", "two of them"; "six deaths, including two ..."
                _mark(update, measure, ALONE_SCOPE)
        elif is_alone(text, s if opening else seg[0], seg[1], lang):
            _mark(update, measure, ALONE_SCOPE)  # "Allein am Sonntag": one day's, of several
        if whole is None and (
            is_increment(text, qm.start, qm.end, lang) or is_occurrence(text, *seg, lang)
        ):
            # "weitere 15.000", "another 20,000"; "Diesmal wurden acht Schafe getötet"
            _mark(update, measure, INCREMENT_SCOPE)
        if noun is not None and joint_count(text, noun.end, noun.concept, lang, q.unit_kind):
            _mark(update, measure, JOINT_SCOPE)  # "200 missiles and drones": both together
        if earlier:
            _mark(update, measure, EARLIER_SCOPE)
        if in_projection(text, qm.start, lang):
            _mark(update, measure, PROJECTION_SCOPE)  # "laut der Hochrechnung ... 30,5 Prozent"
        if measure.cumulative and is_current(text, *seg, lang):
            _mark(update, measure, TO_DATE_SCOPE)  # "so far seven hostages have been freed"
        if measure.key in STILL_CONCEPTS and is_still(text, *seg, lang):
            _mark(update, measure, SUBSET_SCOPE)  # "three who remained in hospital": the rest
        reached = level_reached_by(text, qm.start, qm.end, lang) or moved_level(qm.quantity)
        if reached is Direction.INCREASE:
            _mark(update, measure, RISEN_SCOPE)  # "die Zahl der Verletzten stieg auf 34"
        elif reached is Direction.DECREASE:
            _mark(update, measure, FALLEN_SCOPE)  # "die FDP fällt auf zwei Sitze zurück"
        if is_average(text, *seg, lang) or (opening and is_average(text, s, seg[0], lang)):
            _mark(update, measure, AVERAGE_SCOPE)  # "im Schnitt 43 Dezitonnen je Hektar"
        if qm.role is NumberRole.AMOUNT and (before := scope_before(text, qm.start, lang, s)):
            _mark(update, measure, before)  # "each killing two people", "all but one"
        if is_peak(text, *seg, lang) or (opening and is_peak(text, s, seg[0], lang)):
            _mark(update, measure, PEAK_SCOPE)  # "at its peak, 310,000 without power"
            update.pop("interim", None)  # "at the peak overnight": no early count
        if measure.key == CAPACITY and expanded(text, s, e, lang):
            update["state"] = EXPANDED  # the new layout's capacity, not the old one's
        if (
            qm.role is NumberRole.AMOUNT
            and measure.key in OCCASION_CONCEPTS
            and measure.cumulative is None
            and is_span_total(text, *_sentence_index(st).clause(qm.start), lang)
        ):
            update["cumulative"] = True  # "120.000 am ersten Wochenende": over days
        elif time is None and qm.role is NumberRole.AMOUNT:  # "13 remain trapped": now
            occasion = measure.key in OCCASION_CONCEPTS  # the paragraph's day is its own
            time = (paragraph_day(st, s, seg or (s, e)) if occasion else None) or ticker_time(st, s)
            time = time or as_of_clock(st, s, e)  # "By 9 a.m. ... three deaths"
            time = time or now(st, seg or (s, e))  # (a ticker's "4:15 p.m. - ..." before now)
        if (
            qm.role is NumberRole.AMOUNT
            and measure.cumulative is None
            and "cumulative" not in update
            and measure.key not in CURRENT_CONCEPTS  # the missing move either way
            and measure.key not in OCCASION_CONCEPTS  # one day's crowd
            and (measure.key not in FIXED_CONCEPTS or measure.state is not None)
            and is_running(text, *seg, lang)
        ):
            update["cumulative"] = True  # "inzwischen auf 68 Verstöße": grown to date
        if qm.role is NumberRole.MEASURE and measure.cumulative is None:
            # "1.800 Hektar Rebfläche beschädigt" grows; "auf 80 Metern beschädigt": a state
            update.update(harmed_extent(st, qm, q.unit or "", seg, lang))
        if (
            qm.role not in (NumberRole.AMOUNT, NumberRole.AGE)
            and measure.cumulative is None
            and not dimension_of_form(q.unit)
        ):
            label = list_label_end(text, s, qm.start)
            lo = s if label is not None and seg[0] > label else seg[0]  # "- Ausgelaufen: ..."
            cues = st.role_cues or RoleCues(text, lo, seg[1], lang)
            role = cues.role_at(lo, seg[1], qm.start, qm.end)
            if role in CUMULATIVE_ROLES:
                update["cumulative"] = True  # "158 Tonnen toter Fische": a running total
            elif role == RECOVERED:
                # "crews have recovered 4,800 gallons": a running total, not the spill
                update["state"], update["cumulative"] = RECOVERED, True
            elif role == LEAKED:
                update["state"] = LEAKED  # "bis zu 300 Kilogramm traten aus": not the stock
            elif qm.role is NumberRole.PERCENT and (
                shared := share_of_role(measure.thing, role, held_whole)
            ):
                update["thing"] = update["concept"] = shared  # "52 % ... beteiligten sich"
        if update:
            measure = measure.model_copy(update=update)
    if (kind, span.start, span.end) in st.used or idle_one(st, qm, measure):
        return None
    st.used.add((kind, span.start, span.end))
    claim = Claim(
        id=cid,
        article=st.article.id,
        span=span,
        quote=text[span.start : span.end],
        sentence=_sentence_span(st, s, e),
        kind=kind,
        measure=measure,
        quantity=q,
        time=time,
        attribution=attribution or NO_ATTRIBUTION,
        modality=modality,
        confidence=confidence,
    )
    st.claims.append(claim)
    return claim


SEATED = frozenset({"seat", MEMBER_OF_PARLIAMENT})
"""What the size of an assembly counts: its seats, its members (no votes)."""


def _mark(update: dict[str, object], measure: Measure, mark: str) -> None:
    """Adds ``mark`` to the scope a claim's update gives its measure."""
    had = update.get("scope", measure.scope)
    assert isinstance(had, tuple)
    update["scope"] = tuple(sorted({*had, mark}))


def _concept(word: str, lang: str) -> str | None:
    return concept_of(word, lang) or word.casefold()


def _trip_state_of_no_trip(state: str | None, noun: CountedNoun | None) -> bool:
    """True for a state said of trips ("cancelled", "delayed": ``concepts.TRIP_ROLES``)
    read for a count of no trip ("12.000 Stellen werden gestrichen", households of an
    "Ausfall"): the words say no state there. A noun of no known concept may be a trip's
    ("17 *Maschinen* mussten ausweichen")."""
    return state in TRIP_ROLES and (noun is None or noun.concept not in (None, *TRIP_CONCEPTS))
