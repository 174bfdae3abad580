"""English: what happened to the people a number's clause counts. Part of
:mod:`factcheck.lang.en.nouns`, which passes the name on (the contract:
:class:`factcheck.lang.spec.Nouns`)."""

ROLE_CUES: dict[str, tuple[str, ...]] = {
    "casualties": ("killed or wounded", "killed or injured", "dead or wounded", "dead or injured",
                   "killed and wounded", "killed and injured", "dead and wounded",
                   "dead and injured", "casualties"),
    "seriously_injured": (
        "seriously injured", "critically injured", "severely injured", "serious injuries",
        "critical condition", "serious condition", "critical but stable",
        "serious but stable", "seriously hurt", "seriously wounded", "life-threatening",
        "severe burns", "serious burns", "severe poisoning", "serious poisoning",
    ),
    "lightly_injured": ("slightly injured", "minor injuries", "lightly injured"),
    "dead": (
        "dead", "died", "die", "dies", "killed", "killing", "death*", "fatalit*", "toll",
        "lost their lives", "perished", "bodies", "drowned", "lives",
        "culled",  # animals killed to stop a disease ("66,500 birds must be culled")
    ),
    "injured": ("injur*", "wounded", "wounding", "hurt",
                "poisoned", "poisoning"),  # by carbon monoxide ("17 guests were poisoned")
    "missing": ("missing", "unaccounted", "unaccounted for", "at large", "on the run"),
    # held fast by rubble, water or a collapse ("12 miners were trapped")
    "trapped": ("trapped", "trapping", "entombed", "stuck underground",
                # miners waiting in a refuge ("12 miners are sheltering in a refuge chamber")
                "refuge chamber", "sealed in"),
    "rescued": ("rescued", "saved", "pulled alive", "pulled out alive", "survived",
                "survivor*", "out alive", "found safe", "found alive", "found unharmed",
                # taken out by helicopter ("11 hikers were hoisted out"; not "airlifted",
                # said of the injured flown to hospital too)
                "hoisted", "winched", "flown out", "plucked from", "plucked off",
                # stranded animals put back afloat ("24 whales were refloated")
                "refloated", "re-floated", "returned to the sea", "back out to sea"),
    "evacuated": ("evacuat*", "forced from their homes", "forced to leave their homes",
                  # "forced 430 residents of the community ... *from their homes*"
                  "from their homes",
                  # taken from a stricken ship or aircraft ("all 24 crew members were taken
                  # off the vessel")
                  "taken off the", "taken off by", "lifted off the",
                  "ordered to leave", "led out", "led to safety", "brought to safety",
                  "ushered out", "ordered out of", "ordered from their homes",
                  "told to leave",
                  # a building cleared ("about 3,000 people *left the building*"), as German
                  # "verließen das Gebäude"
                  "left the building", "left the buildings", "had to leave the building"),
    "displaced": ("displaced", "homeless", "fled", "flee*", "in shelters",
                  "emergency shelters", "evacuation centres", "evacuation centers",
                  # people put up for the night ("taken to a warming shelter")
                  "sheltered", "warming shelter*", "emergency shelter", "to a shelter",
                  "to shelters", "spent the night in", "spent the night at", "housed"),
    # a data leak's people: "data of 70 million customers was leaked"
    "affected": ("affected", "leaked", "leak of", "data of", "data belonging to", "exposed",
                 "compromised"),
    "case": ("sickened", "infected", "fell ill", "falling ill", "fallen ill", "taken ill",
             "sick with", "ill with", "symptoms", "vomiting", "diarrhoea", "diarrhea",
             "reported illness", "reported being ill", "reported feeling ill", "became ill",
             "become ill", "got sick", "gotten sick", "fell sick", "fallen sick",
             # who complained of symptoms ("27 pupils complained of nausea")
             "complained of", "nausea", "headaches", "dizziness"),
    "arrested": ("arrest*", "detained", "in custody", "recaptured"),
    # out of custody ("ten inmates escaped"); not "escapees", a part's whole ("three of them")
    "escaped": ("escaped", "broke out of", "breaking out of", "made it out", "got out",
                # got out on their own ("29 workers managed to walk out"); not "walked out",
                # a strike's word
                "managed to walk out", "managed to get out", "managed to escape",
                "made their way out", "made their way to the surface"),
    "released": ("released", "freed", "set free", "handed over", "release of", "freeing",
                 "let go"),
    # out of hospital again ("Two passengers were discharged over the weekend"): a count
    # of its own, not of those taken in (before "hospitalised": "released from hospital")
    "discharged": ("were discharged", "was discharged", "been discharged", "discharged from",
                   "released from hospital", "released from the hospital", "left hospital",
                   "left the hospital"),
    # flown to hospital, the worst hurt: a part of those taken in, a count of its own
    # (only to a hospital: "airlifted to safety", "flown off the mountain" were rescued)
    "airlifted": ("airlifted to hospital*", "airlifted to a hospital", "airlifted to the hospital",
                  "flown to hospital*", "flown to the hospital", "flown to a hospital",
                  "flown by helicopter to hospital*", "flown by helicopter to a hospital",
                  "flown by helicopter to the hospital", "by air ambulance",
                  "by medical helicopter", "by rescue helicopter", "by air ambulances",
                  "trauma center", "trauma centre"),
    # treated in a pressure chamber (carbon monoxide, diving): a part of those taken in
    "hyperbaric": ("hyperbaric", "pressure chamber*", "decompression chamber*",
                   "recompression chamber*", "oxygen chamber*"),
    "hospitalised": ("hospitalised", "hospitalized", "in hospital", "in the hospital",
                     "in hospitals", "taken to hospital", "taken to the hospital",
                     "taken to a hospital", "taken to area hospitals", "transported to hospital",
                     "transported to a hospital",
                     "taken to hospitals", "admitted to hospital", "rushed to hospital",
                     "hospitalisation", "hospitalization",
                     # "23 needed hospital treatment", "received hospital care"
                     "hospital treatment", "hospital care",
                     # "sending six to the hospital", "flown to hospital"
                     "to hospital", "to the hospital", "to a hospital", "to hospitals",
                     "to local hospitals", "to nearby hospitals", "to several hospitals",
                     "to three hospitals", "to two hospitals",
                     # went to the emergency room ("two riders went to emergency rooms")
                     "went to emergency rooms", "went to the emergency room",
                     "went to an emergency room",
                     # a hospital named by its name ("taken to Castlebridge Royal *Infirmary*")
                     "infirmary", "general hospital", "university hospital",
                     "memorial hospital", "children's hospital", "county hospital",
                     "district hospital", "regional hospital", "medical center",
                     "medical centre", "trauma center", "trauma centre"),
    # cared for by medics: patients ("paramedics treated 6,900 people")
    # also those medics only looked at ("Paramedics *evaluated* 11 riders")
    "treated": ("treated", "cared for", "evaluated", "examined", "checked out", "assessed",
                # "left 21 people *needing treatment* for smoke inhalation"
                "needing treatment", "needed treatment", "requiring treatment",
                "required treatment"),
    # the crew who stayed on a ship the others left: a part of the crew ("its 24 crew
    # *remained* on board" may be all of them, so not that word)
    # who came through unhurt: a part of those aboard ("20 passengers were *unhurt*")
    "unhurt": ("unhurt", "uninjured", "unharmed", "escaped injury", "escaped unhurt"),
    "stayed_aboard": ("still on board", "still aboard", "remaining on board",
                      "remaining aboard", "stayed behind"),
    # those who moved to another trip: a part of the passengers ("23 passengers rebooked")
    "rebooked": ("rebooked", "rebook", "rebooking", "booked onto", "booked on a later"),
    # patients moved to other hospitals ("23 patients were *transferred to* three other
    # hospitals", "moved by ambulance to other hospitals"), and those kept breathing by
    # machine ("nine patients were *on ventilators*"): parts of the patients
    "relocated": ("transferred to", "were transferred", "be transferred", "been transferred",
                  "moved to other hospitals", "moved to another hospital",
                  "moved by ambulance"),
    "ventilated": ("on ventilators", "on a ventilator", "on ventilation", "ventilated"),
    # only suspected ill or poisoned ("five patients are suspected of death cap poisoning")
    "suspected": ("suspected of", "with suspected", "suspicion of"),
    "participant": (
        "attend*", "marched", "protest*", "rally", "rallied", "gathered", "crowd*", "demonstrat*",
        "participant*", "took part", "turned out", "turned up", "turnout", "visitors",
        "spectators", "festivities", "celebrations", "partygoers", "revellers", "joined", "vigil*",
        "gathering", "participat*", "showed up", "show up", "took to the streets",
        "take to the streets", "taking to the streets", "swarmed", "thronged", "marches",
        "marchers", "drew", "draws", "went on strike", "on strike", "walked out",
        "strike by", "walkout by", "striking",
        "walked off the job", "watched", "tuned in", "viewership",  # an audience too
    ),
    "without_power": ("without power", "without electricity", "lost power", "lose power",
                      "losing power", "knocked out power", "knocked out electricity",
                      "cut power", "cut off power", "power outage*", "outages", "in the dark"),
    # after a water main burst ("2,300 customers were left without running water")
    "without_water": ("without water", "without running water", "without drinking water",
                      "no running water", "no water", "lost water", "without water pressure",
                      "from the water supply", "cut off from water"),
    # electricity back: a count of its own ("power was restored to 9,000 customers")
    "power_restored": ("restored", "reconnected", "power back", "power again",
                       "electricity back", "back on the grid"),
    # what air defences bring down is destroyed ("shot down 102 missiles")
    # both together, also with a degree ("destroyed or *badly* damaged")
    "damaged_or_destroyed": ("damaged or destroyed", "destroyed or damaged",
                             "destroyed or badly damaged", "destroyed or seriously damaged",
                             "destroyed or heavily damaged", "destroyed or severely damaged",
                             "destroyed or partly damaged", "destroyed or partially damaged"),
    "destroyed": ("destroyed", "razed", "burned down", "burnt down", "levelled", "leveled",
                  "shot down", "shoots down", "intercepted", "downed",
                  "collapsed", "flattened", "burned out", "burnt out", "gutted",
                  # what a fire took: "has burned 5,000 acres", "scorched 400 hectares" (not
                  # "burned" alone: "found dead in a burned factory" tells of the dead)
                  "has burned", "have burned", "had burned", "has burnt", "had burnt",
                  "burned through", "burned across", "acres burned", "hectares burned",
                  "scorched", "charred", "blackened"),
    "damaged": ("damaged", "damage to", "damaging"),
    # those waiting for a place ("more than 200 households on the *waiting list*")
    "waiting": ("waiting list*", "waitlist*", "wait list*"),
    "derailed": ("derailed", "left the tracks", "came off the tracks", "jumped the tracks",
                 "came off the rails", "left the rails", "went off the rails"),
    # vessels torn loose ("Three barges broke free"): not the tow's size, nor those that
    # sank ("sank" is a fall's word too: "the toll sank to 441")
    "adrift": ("broke free", "broke loose", "broke away", "drifted away", "went adrift",
               "ran aground"),
    # things carried onto the shore ("11 containers had come ashore"): not what was lost at
    # sea; people are never counted so; not "stranded", the whole of a stranding
    "ashore": ("came ashore", "come ashore", "comes ashore", "washed ashore", "washed up",
               "wash up"),
    # moved off the vessel ("32 containers were offloaded"): not the cargo on board, nor
    # the cargo lost
    "transferred": ("offloaded", "off-loaded", "unloaded", "lightered"),
    "administered": ("administered", "given out", "into arms"),  # doses, not the delivered
    # what a maker turned out, not what it delivered or sold ("produced 410,244 vehicles")
    "produced": ("produced", "production", "manufactured", "output of"),
    # homes finished and homes permitted are two counts ("completions", "permits")
    "completed": ("completed", "completions", "built"),
    "approved": ("approved", "permits", "permitted", "authorized", "authorised"),
    "dismantled": ("dismantled", "decommissioned", "taken out of service", "removed from service"),
    "closed": ("closed", "shut", "shuttered", "remained closed", "stayed closed"),
    "occupied": ("occupied", "in use"),  # things in use: "58 cabins were occupied"
    "searched": ("searched", "raided", "searches of", "raids on", "raids of"),
    "cancelled": ("cancelled", "canceled", "cancellation*", "scrapped", "axed"),  # trips
    "delayed": ("delayed", "delays"),
    "diverted": ("diverted", "rerouted", "re-routed", "redirected"),  # landed elsewhere
    # what was got back of a spill ("crews had recovered 3,150 gallons of oil")
    "recovered": ("recovered", "skimmed", "cleaned up", "removed from the water", "pumped off",
                  "pumped out of"),
    # what escaped in a leak ("300 kilograms of ammonia leaked from"), not what a plant held
    # ("leaked" alone is a data leak's, see "affected");
    # of measures only (masses, volumes), never of people ("escaped" is theirs)
    "leaked": ("leaked from", "leaked into", "leaked out", "leaking from", "leaking into",
               "spilled", "spilt", "spewed", "gushed", "discharged"),
    # people on board: passengers and crew together (see roles.ABOARD)
    # (not "carrying" alone: "11 were carrying hazardous materials" counts tank cars; a
    # craft that carries them: "a boat carrying 46 people")
    "aboard": ("on board", "aboard", "passenger*", "riders", "boat carrying", "vessel carrying",
               "ship carrying", "ferry carrying", "dinghy carrying", "plane carrying",
               "aircraft carrying", "bus carrying", "helicopter carrying", "balloon carrying",
               "coach carrying", "minibus carrying",
               # a vehicle named before a clause set off ("The minibus, operated by the
               # school, *was carrying* 11 pupils"; not "were carrying": "11 were carrying
               # hazardous materials" are tank cars)
               "was carrying",
               "jet carrying", "airliner carrying", "boat with", "balloon with",
               # a car or a cabin with people in it ("plunged down its shaft with 11 people
               # inside")
               "people inside"),
    "employed": ("employs", "employ", "employing", "workforce of", "payroll"),
    # the people who live in a place: its residents ("86 people live in the home")
    "resident": ("live", "lived", "living", "reside", "resided", "residing"),
    "hired": ("hired", "newly hired", "recruited", "new hires"),
    "lacking": ("vacant", "unfilled", "unstaffed"),
    # employees who lose their jobs are jobs cut ("lay off 15,000 employees")
    "laid_off": ("lay off", "lays off", "laid off", "laying off", "layoff*", "lose their jobs",
                 "lost their jobs", "losing their jobs", "made redundant"),
    # the sides of a vote ("319 lawmakers voted for the bill", "225 voted against", "53
    # abstained", "318 yes votes")
    "voted_for": ("voted for", "voted in favour", "voted in favor", "votes in favour",
                  "votes in favor", "in favour", "in favor", "yes votes", "ayes"),
    "voted_against": ("voted against", "votes against", "no votes", "nays", "against it",
                      "against the bill", "against the motion", "against the resolution"),
    "abstained": ("abstained", "abstaining", "abstention*"),
    # all the votes cast ("60,617 votes were cast"), the whole of the sides' votes
    "votes_cast": ("cast", "were cast", "ballots cast", "votes cast"),
    # the lead of one side ("Tamm led by 214 votes", "finished 187 votes ahead of")
    "margin": ("ahead by", "ahead of", "led by", "leads by", "leading by", "won by", "lost by",
               "lead of", "margin of", "lead stood at", "lead shrank to", "lead shrinks to",
               "lead narrowed to", "lead grew to", "decided by", "separate", "separated"),
    "capacity": ("capacity", "room for", "designed for", "accommodate*", "holds up to",
                 "can hold", "space for", "which holds", "that holds",
                 # a permit's limit: "organisers had permission for 80,000"
                 "permission for", "permit for", "permitted", "allowed to host",
                 "approved for", "licensed for", "licensed to carry", "certified for",
                 "certified to carry",
                 # a craft's limit: "licensed to carry 150 passengers"
                 "licensed to carry", "licensed for", "certified to carry", "certified for",
                 "rated for", "allowed to carry", "authorized to carry", "authorised to carry",
                 "can carry", "able to carry",
                 # a shelter's limit: "designed to support up to 14 miners"
                 "designed to support", "designed to hold", "built to hold", "can support",
                 "able to support", "sleeps up to",
                 # a licence's limit on what a site may store ("allowed it to store up to 25
                 # tonnes")
                 "allowed it to store", "allowed to store", "permitted to store",
                 "licensed to store", "licence to store", "license to store",
                 "authorized to store", "authorised to store"),
}  # fmt: skip
"""What happened to the people a number's clause counts. See the German file."""
