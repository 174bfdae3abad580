"""TEMPLATE for a new language: figures.

What it holds: the words around a figure that say which figure it is: an earlier
    figure, an interim or running count, a total or a part, a peak or an average, the
    day it was reported.

Copy this folder to factcheck/lang/<code>/ and fill every value: the folder is the whole
language (factcheck finds it; nothing else is edited). Every name must stay, with its
type: mypy and tests/lang/test_packs.py check each module against
factcheck.lang.spec.Figures, where each name is described. The comments repeat those notes
with an example of the English values; a function returns "nothing applies" until it is
written.
"""

from __future__ import annotations

# Words right before a day that make it the day something was reported ("in ihrer *Bilanz* am
# Samstag", "*said* on Saturday"): a crowd or deployment the paragraph counts is not dated by
# it.
# English: 'said', 'told', 'reported', 'announced', ...
REPORT_DAY_CUES: tuple[str, ...] = ()

# Verbs of saying right after a day, closing a clause with the verb at its end, that make it the
# day something was reported ("wie ein Polizeisprecher am Sonntag *sagte*"); empty in a language
# whose verb comes before the day.
# English:
REPORT_DAY_AFTER_CUES: tuple[str, ...] = ()

# Source frames that end in a link word right before a day, as ``(opener, link)``: the day is
# the report's ("nach *Angaben* der Polizei *vom* Sonntag", "*according to* police *on*
# Sunday"), with a few words of the source between them.
# English: ('according to', 'on')
REPORT_DAY_FRAMES: tuple[tuple[str, str], ...] = ()

# Words naming a figure without saying of what ("bezifferten *die Zahl* auf 9.000"): a bare
# number there counts what the count of the sentence before counted.
# English: 'the figure', 'the number', 'the count', 'the tally', ...
FIGURE_WORDS: tuple[str, ...] = ()

# Words in a crowd's or a deployment's clause that make its figure a total over a span of days
# ("am ersten *Wochenende*", "in den ersten zwei *Wochen*", "over the *tournament*"): a running
# total that grows, not the count of one occasion.
# English: 'weekend*', 'tournament', 'season', 'so far', ...
SPAN_CUES: tuple[str, ...] = ()

# Words of a paragraph that give its figures as a projection of a count still running
# ("Hochrechnung*", "exit poll*"): an estimate, not the count (``concepts.PROJECTION_SCOPE``).
# English: 'projection', 'projections', 'exit poll*'
PROJECTION_CUES: tuple[str, ...] = ()

# Words in a number's clause marking an early or partial count ("*bereits* 3000", "*bislang* 12
# Tote"): a higher figure of the same thing elsewhere is a later count, no contradiction.
# English: 'already', 'so far', 'initially', 'at first', ...
INTERIM_CUES: tuple[str, ...] = ()

# Words right before a number that set it out as an earlier figure of the same thing ("*up from*
# 4,130 reported last Tuesday", "*nach zuvor* 12"): the times in its stretch are its own, not
# the sentence's.
# English: 'up from', 'down from', 'compared with', 'compared to', ...
EARLIER_FIGURE_CUES: tuple[str, ...] = ()

# A regular expression (case-insensitive) matched at a sentence's start that sets its figures
# beside another event ("*By comparison*, ...", "*Zum Vergleich*: ...", "*The last storm to*
# cause comparable outages left 1.3 million in the dark"): they are that event's, never set
# against the story's figures in other articles; "" for none.
# English: '\\W*(?:(?:by|in|for)\\s+comparison\\b|back\\s+then\\b|(?:the|its)\\s+(?:last|previou
# s|prior)\\s+[a-z]+\\s+(?:to|that|wh
OTHER_EVENT_OPENERS: str = ""

# Words right before a clock time that make it the time a sentence's counts are given as of
# ("*By* 9 a.m. fire officers had confirmed three deaths", "*Bis* 9 Uhr ..."): a reading at that
# time of the article's day, which a later one that day may exceed.
# English: 'by', 'as of', 'as at'
CLOCK_AS_OF_CUES: tuple[str, ...] = ()

# Words in a number's stretch that give it as the figure of one more occurrence of a repeated
# event ("*Diesmal* wurden acht Schafe getötet", "*this time*"): like an increment, never set
# against another article's figure.
# English: 'this time', 'this time around'
OCCURRENCE_CUES: tuple[str, ...] = ()

# A regular expression matched right after a cue of ``CURRENT_CUES`` or ``RUNNING_CUES``: a
# superlative the cue is said of ("der *bislang schwerste* Übergriff"), not the figure; "" for
# none.
# English: ''
SUPERLATIVE_AFTER: str = ""

# Words that tell that one of the injured died ("*erlag* ihren Verletzungen", "*died of his
# injuries*", "*died in hospital*"): only then may a later count of the injured fall by as many
# as the toll rose (``concepts.DEATHS_PREFIX``); an unexplained fall is flagged.
# English: 'died of his injuries', 'died of her injuries', 'died of their injuries', 'died from
# his injuries', ...
DIED_OF_INJURIES: tuple[str, ...] = ()

# Whole words (adjectives) that name another event of the story's kind ("ein *ähnlicher*
# Angriff", "a *similar* fire"): a sentence that names one in its first clause and gives a time
# months before the publication opens that event's part of the paragraph; its figures with no
# recent time of their own are that event's, never set against the story's figures in other
# articles.
# English: 'similar', 'comparable', 'smaller', 'larger', ...
SIMILAR_EVENT_WORDS: tuple[str, ...] = ()

# Of those, the ones that point back to a time ("damals"): with a time in the sentence, the
# figure is that time's, not an earlier one of the sentence's thing.
# English: 'at the time', 'back then'
THEN_CUES: tuple[str, ...] = ()

# Words right before a time that make it the time a sentence's figures are counted at ("*as of*
# 9 p.m.", "*Stand* Sonntagmorgen"): it outranks the sentence's other times for them.
# English: 'as of', 'as at', 'updated'
AS_OF_CUES: tuple[str, ...] = ()

# Words in a number's stretch that give the figure as of the time of writing ("*now* counts
# 6,900 dead", "*inzwischen* 41 Tote"): a date days before then names the event.
# English: 'now', 'by now', 'currently', 'to date', ...
CURRENT_CUES: tuple[str, ...] = ()

# Words in a number's stretch that give people as still in a state some leave again ("three
# people who *remained* in hospital", "liegen *noch immer* im Krankenhaus"): the rest of those
# once counted (``concepts.STILL_CONCEPTS``).
# English: 'remain', 'remains', 'remained', 'still', ...
STILL_CUES: tuple[str, ...] = ()

# Words in a number's clause that count people taken into hospital ("were *taken to* hospital",
# "ins Krankenhaus *gebracht*"): a running total of admissions, which grows and never falls, not
# the patients in hospital at one time.
# English: 'taken to', 'brought to', 'rushed to', 'transported to', ...
ADMISSION_CUES: tuple[str, ...] = ()

# Words in a count's stretch that tell it has grown to what it is by the time of writing
# ("*inzwischen* 68 Verstöße", "*so far* 41 arrests"): a running total, which a later report may
# give higher.
# English: 'by now', 'to date', 'so far', 'thus far', ...
RUNNING_CUES: tuple[str, ...] = ()

# A regular expression matched right after a count's stretch that gives the count as more than
# an earlier report said ("26 cars derailed, *three more than the railroad first reported*",
# "*zwei mehr als zunächst gemeldet*"): a figure that grew, like a running total; "" for none.
# English: "[\\s,;(–—-]*(?:[\\w-]+\\s+)?(?:more|higher)\\s+than\\s+(?:[\\w'’-
# ]+\\s+){0,4}?(?:first|initially|originally|previously|
RAISED_AFTER: str = ""

# Words in a number's clause (or opening its sentence) that make it a total over the story's
# parts ("*together*", "*in both countries*", "*insgesamt*"): not one part's figure.
# English: 'together', 'combined', 'in total', 'altogether', ...
TOTAL_CUES: tuple[str, ...] = ()

# Words after (or glued to) an ordinal that make it a ranking ("second-*deadliest*",
# "zweit*größte*"; ``word*`` a prefix): only rankings are compared, an ordinal of a sequence
# ("the second day", "der erste Notruf") is not.
# English: 'deadliest', 'largest', 'biggest', 'worst', ...
RANKING_WORDS: tuple[str, ...] = ()

# Words in a number's clause that give its figure for one part of the story ("*alone*", "*davon*
# 12 Kinder"): a part and a total over the parts are two things.
# English: 'alone', 'of them', 'of whom', 'among them', ...
PART_CUES: tuple[str, ...] = ()

# Regular expressions (case-insensitive) for a vote's result told as two numbers, groups ``yes``
# and ``no`` ("mit 31 *zu* 14 Stimmen", "by 31 votes *to* 14"): the first counts the votes for,
# the second those against (``concepts.VOTE_ROLES``).
# English: '(?<![\\d.,])(?P<yes>\\d{1,4})\\s+votes?\\s+to\\s+(?P<no>\\d{1,4})(?![\\d.,]\\d)'
VOTE_TALLIES: tuple[str, ...] = ()

# The words of PART_CUES that open a list of the parts after the whole ("12 people died,
# *including* a child", "12 Tote, *darunter* drei Kinder"): a part cue for a figure after them
# or one right before them ("15 *davon* schwer"), never for the whole before a comma or a few
# words.
# English: 'including', 'among them', 'of whom'
PART_INTRODUCERS: tuple[str, ...] = ()

# The words of PART_CUES that say a part is one of several ("*allein* die Bottroper Feuerwehr",
# "the city *alone*"): the whole is larger (``concepts.ALONE_SCOPE``).
# English: 'alone', 'on the sidelines of', 'on the fringes of'
ALONE_CUES: tuple[str, ...] = ()

# Words in a number's clause that make it an average ("*im Schnitt* 43 Dezitonnen", "an
# *average* of 52", ``word*`` a prefix): compared only with other averages
# (``concepts.AVERAGE_SCOPE``); one kind's or one place's figure is none.
# English: 'on average', 'average*', 'on an average basis', 'on a normal', ...
AVERAGE_CUES: tuple[str, ...] = ()

# Words right before a figure, at most a verb between, that make it each one's of several things
# ("two crashes, *each* killing two people", "*jeweils* zwei Tote"): the figure of one of them,
# never set against a total (``concepts.EACH_SCOPE``).
# English: 'each'
EACH_CUES: tuple[str, ...] = ()

# Determiners that, opening a sentence, make its subject one of several and its figures each
# one's ("*Each* train had six cars and was carrying roughly 450 passengers", "*Jeder* Zug war
# mit rund 450 Fahrgästen besetzt").
# English: 'each', 'every'
EACH_OPENERS: tuple[str, ...] = ()

# Words right before a figure that make it those left out of what the clause says ("*All but*
# one have been released", "*alle bis auf* einen"): a part of the group, no count of the
# clause's role (``concepts.SUBSET_SCOPE``).
# English: 'all but', 'all except', 'everyone but', 'everyone except'
ALL_BUT_CUES: tuple[str, ...] = ()

# Words in a number's clause that give the highest level it reached ("*at its peak*").
# English: 'at the peak', 'at its peak', 'at their peak', 'at the height', ...
PEAK_CUES: tuple[str, ...] = ()

# Words opening a clause about the event behind the figures before it ("38 people were killed
# *after* the typhoon swept the islands at the weekend", "..., *nachdem* der Sturm am Samstag
# ..."): a time in that clause, with no comma between, dates the event, not those figures.
# English: 'after'
EVENT_CLAUSE_OPENERS: tuple[str, ...] = ()

# Words right before a plan cue that make it a comparison, no plan of the clause ("a snowstorm
# moved in faster *than* forecast", "schneller *als* vorhergesagt").
# English: 'than'
COMPARED_PLAN_WORDS: tuple[str, ...] = ()
