"""English figure cues: the words of a figure's stretch of text that say which
figure it is (an earlier one, an interim or running count, a total, a part, a peak, an
average; see :class:`factcheck.lang.spec.Figures`)."""

from __future__ import annotations

REPORT_DAY_CUES: tuple[str, ...] = (
    "said", "told", "reported", "announced", "briefing", "news conference",
    "press conference", "statement",
)  # fmt: skip
"""Words right before a day that make it a day of reporting. See the German file."""


REPORT_DAY_AFTER_CUES: tuple[str, ...] = ()
"""Empty: English says the verb before the day ("said on Sunday")."""


REPORT_DAY_FRAMES: tuple[tuple[str, str], ...] = (("according to", "on"),)
"""Source frames whose day is a report's ("*according to* police *on* Sunday")."""


FIGURE_WORDS: tuple[str, ...] = (
    "the figure", "the number", "the count", "the tally", "the total", "their figure",
    "their count", "that figure", "the crowd at",
)  # fmt: skip
"""Words that name a figure without saying of what. See the German file."""


SPAN_CUES: tuple[str, ...] = (
    "weekend*", "tournament", "season", "so far", "to date", "since the start",
    "in the first", "over the first", "over the past", "in the past",
    "over the course of", "in the course of",  # "over the course of the three-day search"
)  # fmt: skip
"""Words in a crowd's or a deployment's clause that make its figure a total over a span of
days. See the German file."""


PROJECTION_CUES: tuple[str, ...] = ("projection", "projections", "exit poll*")
"""Words of a paragraph that gives a projection's figures. See the German file."""


INTERIM_CUES: tuple[str, ...] = (
    # "early" only of a count ("early reports") or "early on" a day, never of an event's
    # time ("escaped early Saturday")
    "already", "so far", "initially", "at first", "early report*", "early estimate*",
    "early count*", "early figure*", "early tall*", "early on", "preliminary", "by morning",
    "by midday", "by noon", "thus far", "as of now", "first count*", "first report*",
    "overnight", "initial estimate*", "initial report*", "initial count*", "first estimate*",
    # a count of votes not yet finished ("with 58 of 71 precincts reporting")
    "precincts reporting", "precincts counted", "of the vote counted", "of votes counted",
    "of ballots counted",
)  # fmt: skip
"""Words in a number's clause that mark an early or partial count. See the German file."""


OTHER_EVENT_OPENERS: str = (
    r"\W*(?:(?:by|in|for)\s+comparison\b|back\s+then\b"
    r"|(?:the|its)\s+(?:last|previous|prior)\s+[a-z]+\s+(?:to|that|which)\b)"
)
"""See the German file."""

CLOCK_AS_OF_CUES: tuple[str, ...] = ("by", "as of", "as at")
"""See the German file ("*By* 9 a.m. fire officers had confirmed three deaths")."""

OCCURRENCE_CUES: tuple[str, ...] = ("this time", "this time around")
"""See the German file ("*This time* eight sheep were killed")."""

SUPERLATIVE_AFTER: str = ""
"""None: English puts "so far", "to date" after the superlative ("the worst so far")."""

DIED_OF_INJURIES: tuple[str, ...] = (
    "died of his injuries", "died of her injuries", "died of their injuries",
    "died from his injuries", "died from her injuries", "died from their injuries",
    "succumbed to", "died in hospital", "died in the hospital", "later died", "died later",
)  # fmt: skip
"""Words that tell that one of the injured died ("a teenage survivor *later died*"): only
then may a later count of the injured fall by as many as the toll rose."""

SIMILAR_EVENT_WORDS: tuple[str, ...] = ("similar", "comparable", "smaller", "larger", "bigger")
"""See the German file ("Three years ago a *similar* attack hit the neighbouring town", "In
2017 a *smaller* sinkhole, about 4 metres wide, opened")."""

EARLIER_FIGURE_CUES: tuple[str, ...] = (
    "up from", "down from", "compared with", "compared to", "instead of", "rather than",
    "had stood at", "previously", "at the time", "back then", "earlier reports of",
    "initial reports of", "an earlier toll of", "an earlier estimate of", "an earlier figure of",
    "had initially reported", "had initially said", "had earlier reported", "had earlier said",
    "prior year:", "previous year:", "a year earlier:", "year-earlier period,",
    # the level a change set out from ("The figure has *risen from* 85")
    "risen from", "rose from", "grown from", "grew from", "climbed from", "increased from",
    "jumped from", "fallen from", "fell from", "dropped from", "decreased from",
    "raising the toll from the", "raising the toll from", "raised the toll from the",
    "raised the toll from", "raising the death toll from the", "raising the death toll from",
)  # fmt: skip
"""Words right before a number that make it an earlier figure. See the German file."""


THEN_CUES: tuple[str, ...] = ("at the time", "back then")
"""Earlier-figure cues pointing back to a time of the sentence. See the German file."""


AS_OF_CUES: tuple[str, ...] = ("as of", "as at", "updated")
"""Words right before a time that make it the time the sentence's figures are counted at.
See the German file."""


CURRENT_CUES: tuple[str, ...] = (
    "now", "by now", "currently", "to date", "so far", "thus far",
    # a state that lasts to the time of writing ("13 workers *remain* trapped")
    "remain", "remains", "still",
)  # fmt: skip
"""Words in a number's stretch that give the figure as of the time of writing. See the
German file."""


STILL_CUES: tuple[str, ...] = ("remain", "remains", "remained", "still", "remaining")
"""Words giving people as still in a state some leave again. See the German file."""


ADMISSION_CUES: tuple[str, ...] = (
    "taken to", "brought to", "rushed to", "transported to", "admitted", "were hospitalized",
    "were hospitalised", "was hospitalized", "was hospitalised", "been hospitalized",
    "been hospitalised", "needed hospital", "required hospital", "went to",
)  # fmt: skip
"""Words in a number's clause that count people taken into hospital. See the German
file."""


RUNNING_CUES: tuple[str, ...] = (
    "by now", "to date", "so far", "thus far", "has since", "have since", "had since",
    # counted from the start of the story ("16 patients have been hospitalized *since the
    # outbreak began*")
    "since the outbreak", "since the start", "since the beginning",
)  # fmt: skip
"""Words in a count's stretch that tell it has grown to what it is by the time of writing
("*so far* 41 arrests have been made"). See the German file."""

RAISED_AFTER: str = (
    r"[\s,;(–—-]*(?:[\w-]+\s+)?(?:more|higher)\s+than\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:first|initially|originally|previously|earlier)\s+"
    r"(?:reported|said|stated|thought|announced|given|believed)"
)
"""What follows a count that gives it as more than an earlier report said ("26 cars
derailed, *three more than the railroad first reported*"). See the German file."""


TOTAL_CUES: tuple[str, ...] = (
    "together", "combined", "in total", "altogether", "all told", "overall", "across both",
    "both fires", "both countries", "in both", "across all", "nationwide", "across the country",
    "across the nation", "around the country", "in cities across", "of cities across",
    "of US cities", "of U.S. cities", "in US cities", "in U.S. cities", "in several cities",
    "in dozens of cities", "worldwide", "globally", "around the world", "across the world",
    "company-wide",
)  # fmt: skip
"""Words in a number's clause that make it a total over the parts the story tells of
("*together* the fires destroyed 12,000", "*in both countries*"). See the German file."""


RANKING_WORDS: tuple[str, ...] = (  # see the German file
    "deadliest", "largest", "biggest", "worst", "highest", "longest", "costliest",
    "most", "strongest", "busiest", "tallest", "hottest", "wettest", "greatest", "heaviest",
)  # fmt: skip


PART_CUES: tuple[str, ...] = (
    # words in a number's clause that give it for one part of the story (see the German file)
    "alone", "of them", "of whom", "among them", "including", "lion's share",
    # a place at the edge of the event ("arrested *on the sidelines of* the march")
    "on the sidelines of", "on the fringes of",
    # a replacement for the trip ("a *replacement* aircraft left with 151 passengers")
    "replacement aircraft", "replacement plane", "replacement flight*", "replacement bus*",
    "replacement train*",
)  # fmt: skip


VOTE_TALLIES: tuple[str, ...] = (
    r"(?<![\d.,])(?P<yes>\d{1,4})\s+votes?\s+to\s+(?P<no>\d{1,4})(?![\d.,]\d)",
)
"""See the German file."""

PART_INTRODUCERS: tuple[str, ...] = ("including", "among them", "of whom")
"""See the German file."""


ALONE_CUES: tuple[str, ...] = ("alone", "on the sidelines of", "on the fringes of")
"""The words of PART_CUES that say a part is one of several. See the German file."""


AVERAGE_CUES: tuple[str, ...] = (
    "on average", "average*", "on an average basis",
    # what holds on an ordinary day ("*on a normal* winter morning, 30 to 40 crashes"): no
    # figure of the event
    "on a normal", "on a typical", "on an ordinary", "typically", "normally", "usually",
)  # fmt: skip
"""Words that make a figure an average ("yields averaged 52 bushels"). See the German file."""


EACH_OPENERS: tuple[str, ...] = ("each", "every")
"""Determiners opening a sentence whose figures are each one's ("*Each* train had six cars
and was carrying roughly 450 passengers"). See the German file."""

EACH_CUES: tuple[str, ...] = ("each",)
"""Words right before a figure that make it each one's ("two crashes, *each* killing two
people"; not "each of"). See the German file."""


ALL_BUT_CUES: tuple[str, ...] = ("all but", "all except", "everyone but", "everyone except")
"""Words right before a figure that make it those left out ("*All but* one have since been
released"). See the German file."""


PEAK_CUES: tuple[str, ...] = (
    # words in a number's clause that give the highest level it reached (see the German file)
    "at the peak", "at its peak", "at their peak", "at the height", "at its height",
    "peaked at", "peak of", "at one point", "crested", "crest of",
)  # fmt: skip


EVENT_CLAUSE_OPENERS: tuple[str, ...] = ("after",)
"""Words opening a clause about the event behind the figures before it ("38 were killed
*after* the typhoon swept the islands at the weekend"): its time is the event's."""


COMPARED_PLAN_WORDS: tuple[str, ...] = ("than",)
"""Words right before a plan cue that make it a comparison ("faster *than* forecast")."""
