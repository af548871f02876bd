#!/usr/bin/env python3
"""Generate Curbside's synthetic clinician network sample.

Everything this script writes is FICTIONAL. Surnames are built from invented syllables
("Quill" + "brook"), every handle ends in ``_fic``, account ids are 13-digit strings
starting ``91000`` and tweet ids are 19-digit strings starting ``90000``. No real
person's name, handle or text is used.

Usage (Python 3.8+, standard library only)::

    python3 Samples/generator/generate_sample.py                 # writes into Samples/
    python3 Samples/generator/generate_sample.py --out /tmp/s    # writes elsewhere
    python3 Samples/generator/generate_sample.py --seed 7        # another network

All randomness flows from one ``random.Random(seed)`` (default seed 20261122) and every
output is written in a fixed order, so the same seed gives byte-identical files.

What is generated (see Samples/README.md for the counts):

* ~1,400 accounts with a ground-truth specialty (cardiology, oncology, cardio-oncology,
  pediatrics, emergency-medicine, nursing, pharmacy, researcher, patient-advocate,
  journal, society, generic, media) and a home community. Bios mix specialty words and
  hashtags with noise: empty bios, misleading bios, mixed case, emoji, ``|``, quotes,
  the odd line break.
* A follow graph: targets are drawn mostly from the follower's own community, with
  cardio-oncology bridging cardiology and oncology, and weighted by a heavy-tailed
  "fitness" so journals, societies and a few prominent clinicians become hubs. A
  follow-back pass gives roughly 30-50 % reciprocity among clinicians.
* Interaction events (mention, reply, repost, quote, like), one row each with a UTC
  timestamp: background activity from 2026-02-12 to 2026-03-13 and a burst during the
  fictional #CurbCon26 conference week, 2026-03-14..20.
* The hashtags of the post behind each interaction (a mention's, reply's or quote's own
  post; a like's or repost's original): #CurbCon26 on about half of the conference week's
  interactions and a few before it, specialty tags (#cardioonc, #FOAMed, …) on others, in
  mixed case. The focus account's interactions carry exactly the hashtags of its tweets in
  the archive (and of the liked tweet's text). Drawn after everything else, so adding them
  changed no other byte of the sample.
* The X personal-archive export (late-2022 shape) of one focus account, the fictional
  cardio-oncologist @dr_ada_quillbrook_fic. Its follower.js/following.js are exactly its
  follow edges in edges.csv; each reply, mention, repost and quote edge it emits in
  edges.csv is one tweet in tweets.js, and each like edge it emits is one item in
  like.js (like.js does not name the liked tweet's author, as in real archives).

Conventions shared with the CSV: a reply's leading ``@handle`` is the reply edge only
(not also a mention); ``RT @handle:`` is the repost edge only; a quote is recognised by
the ``https://twitter.com/<handle>/status/<id>`` URL in ``entities.urls``.
"""

import argparse
import csv
import io
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

DEFAULT_SEED = 20261122

# ----------------------------------------------------------------------------------------
# Vocabulary (all invented)
# ----------------------------------------------------------------------------------------

SURNAME_HEADS = [
    "Quill", "Marrow", "Thistle", "Cinder", "Vell", "Tamb", "Kest", "Gorse", "Ivel",
    "Nettle", "Pirr", "Glim", "Sorv", "Yarl", "Oss", "Drav", "Corv", "Wyth", "Zell",
    "Hask", "Prill", "Tove", "Umber", "Rusk", "Mirr", "Quen", "Brask", "Fol", "Jarr",
    "Loam", "Nimb", "Olv", "Pell", "Skarr", "Trill", "Vorn", "Wex", "Ysel",
]
SURNAME_TAILS = [
    "brook", "vane", "wick", "stead", "thorne", "mere", "holt", "combe", "croft", "vale",
    "spire", "fallow", "wold", "hollow", "ridge", "wyn", "moor", "quist", "mantle", "gard",
]
GIVEN_NAMES = [
    "Ada", "Bex", "Cato", "Dilys", "Elio", "Fenna", "Gideon", "Halle", "Ines", "Joss",
    "Kiran", "Lior", "Maren", "Nico", "Odile", "Pax", "Quinn", "Rhea", "Soren", "Tamsin",
    "Umi", "Veda", "Wren", "Xavi", "Yara", "Zev", "Anouk", "Bram", "Cleo", "Dario",
    "Esme", "Felix", "Greta", "Hugo", "Isla", "Jonah", "Kaia", "Leif", "Mina", "Nils",
    "Orla", "Pia", "Ravi", "Saoirse", "Teo", "Uma", "Vito", "Wilma", "Yusuf", "Zora",
    "Amara", "Beno", "Calla", "Dov", "Elke", "Farid", "Gala", "Hiro", "Idris", "Juno",
]
PLACES = [
    "Quillmouth", "Marrowvale", "Thistleport", "Cinderford Bay", "Vellhaven", "Kestmere",
    "Gorsewick", "Ivelton", "Nettlecombe", "Glimstead", "Sorvholt", "Yarlbridge",
    "Drav Harbour", "Corvmoor", "Zellwater", "Haskridge", "Prillfield", "Toveham",
]
REGIONS = ["Northshire", "Eastmarch", "Westfold", "Southreach", "Midvale", "Isle of Oss"]
INSTITUTIONS = [
    "Quillbrook General", "Marrowvane University Hospital", "Thistlemere Children's",
    "Kestholt Cancer Centre", "Gorsewick Heart Institute", "St. Ivel's Infirmary",
    "Nettlecombe Medical Centre", "Vellhaven Royal", "Sorvmoor Health", "Yarlgard Clinic",
    "Corvspire Academic Medical Center", "Tovewold Community Hospital",
]

# Specialty -> how many accounts.
SPECIALTY_COUNTS = [
    ("cardiology", 230),
    ("oncology", 230),
    ("cardio-oncology", 60),
    ("pediatrics", 150),
    ("emergency-medicine", 150),
    ("nursing", 170),
    ("pharmacy", 110),
    ("researcher", 130),
    ("patient-advocate", 80),
    ("journal", 16),
    ("society", 12),
    ("generic", 8),
    ("media", 6),
]
PEOPLE = {"cardiology", "oncology", "cardio-oncology", "pediatrics", "emergency-medicine",
          "nursing", "pharmacy", "researcher", "patient-advocate"}
CLINICIANS = {"cardiology", "oncology", "cardio-oncology", "pediatrics", "emergency-medicine",
              "nursing", "pharmacy", "researcher"}
HUB_KINDS = {"journal", "society", "media"}

COMMUNITIES = ["cardiology", "oncology", "cardio-oncology", "pediatrics",
               "emergency-medicine", "nursing", "pharmacy", "general"]
CLINICAL_COMMUNITIES = COMMUNITIES[:7]

# Home community by specialty: list of (community, weight).
HOME = {
    "cardiology": [("cardiology", 1)],
    "oncology": [("oncology", 1)],
    "cardio-oncology": [("cardio-oncology", 1)],
    "pediatrics": [("pediatrics", 1)],
    "emergency-medicine": [("emergency-medicine", 1)],
    "nursing": [("nursing", 60), ("cardiology", 10), ("oncology", 12), ("pediatrics", 9),
                ("emergency-medicine", 9)],
    "pharmacy": [("pharmacy", 65), ("oncology", 15), ("cardiology", 10),
                 ("emergency-medicine", 10)],
    "researcher": [("cardiology", 30), ("oncology", 35), ("cardio-oncology", 15),
                   ("pediatrics", 20)],
    "patient-advocate": [("oncology", 45), ("cardiology", 25), ("cardio-oncology", 10),
                         ("pediatrics", 20)],
    "generic": [("general", 1)],
    "media": [("general", 1)],
}
JOURNAL_COMMUNITIES = ["cardiology", "cardiology", "cardiology", "oncology", "oncology",
                       "oncology", "cardio-oncology", "cardio-oncology", "pediatrics",
                       "pediatrics", "emergency-medicine", "emergency-medicine", "nursing",
                       "nursing", "pharmacy", "general"]
SOCIETY_COMMUNITIES = ["cardiology", "cardiology", "oncology", "oncology", "cardio-oncology",
                       "pediatrics", "pediatrics", "emergency-medicine", "emergency-medicine",
                       "nursing", "pharmacy", "general"]

# Where follows go: own community, then neighbours (weights), then anywhere.
NEIGHBOURS = {
    "cardiology": [("cardio-oncology", 5), ("emergency-medicine", 3), ("pharmacy", 1),
                   ("nursing", 1)],
    "oncology": [("cardio-oncology", 5), ("pharmacy", 2), ("nursing", 2), ("pediatrics", 1)],
    "cardio-oncology": [("cardiology", 1), ("oncology", 1)],
    "pediatrics": [("emergency-medicine", 5), ("nursing", 3), ("oncology", 2)],
    "emergency-medicine": [("pediatrics", 35), ("cardiology", 35), ("nursing", 30)],
    "nursing": [(c, 1) for c in CLINICAL_COMMUNITIES if c != "nursing"],
    "pharmacy": [("oncology", 4), ("cardiology", 4), ("emergency-medicine", 2)],
    "general": [(c, 1) for c in CLINICAL_COMMUNITIES],
}
# (own, neighbour, anywhere) probabilities per community.
MIX = {c: (0.72, 0.20, 0.08) for c in COMMUNITIES}
MIX["cardio-oncology"] = (0.30, 0.64, 0.06)
MIX["general"] = (0.20, 0.60, 0.20)

CONFERENCE_TAG = "CurbCon26"
BACKGROUND_START = datetime(2026, 2, 12, tzinfo=timezone.utc)
CONFERENCE_START = datetime(2026, 3, 14, tzinfo=timezone.utc)
CONFERENCE_END = datetime(2026, 3, 21, tzinfo=timezone.utc)  # exclusive
# Relative activity by UTC hour (conference and most accounts in a UTC-ish timezone).
HOUR_WEIGHTS = [1, 1, 1, 1, 1, 2, 4, 7, 9, 10, 10, 9, 8, 9, 10, 10, 9, 8, 8, 8, 7, 5, 3, 2]

FOCUS_HANDLE = "dr_ada_quillbrook_fic"
FOCUS_NAME = "Dr. Ada Quillbrook"

ACCOUNT_ID_BASE = 9100000000000
TWEET_ID_BASE = 9000000000000000000

# Bio fragments per specialty (hashtags in deliberately mixed case).
BIO = {
    "cardiology": [
        "Cardiologist at {inst}", "Interventional cardiology fellow", "Heart failure doc",
        "Echo & cardiac imaging", "EP physician. AFib nerd", "General cardiology",
        "Preventive cardiology", "Structural heart", "Cardiology attending @ {inst}",
    ],
    "oncology": [
        "Medical oncologist at {inst}", "Breast oncology", "Thoracic oncology",
        "Heme/onc fellow", "Radiation oncologist", "GI oncology", "Lymphoma & myeloma doc",
        "Oncologist. Clinical trials", "Surgical oncology @ {inst}",
    ],
    "cardio-oncology": [
        "Cardio-oncologist at {inst}", "Cardio-oncology clinic lead",
        "Protecting hearts during cancer therapy", "Cardiotoxicity & imaging",
        "Cardiology x oncology", "Cardio-Onc fellow",
    ],
    "pediatrics": [
        "Pediatrician at {inst}", "Peds hospitalist", "PICU attending", "NICU doc",
        "Pediatric resident", "General pediatrics", "Paediatric emergency",
    ],
    "emergency-medicine": [
        "Emergency physician", "EM attending at {inst}", "ER doc", "EM resident",
        "Emergency medicine & ultrasound", "Resus & critical care", "EMS medical director",
    ],
    "nursing": [
        "RN at {inst}", "ICU nurse", "Oncology nurse", "Cardiac nurse", "Nurse practitioner",
        "ED nurse", "Peds nurse", "Nurse educator", "BSN, RN",
    ],
    "pharmacy": [
        "Clinical pharmacist", "PharmD at {inst}", "Oncology pharmacist",
        "Cardiology pharmacist", "ED pharmacist", "Pharmacy resident", "Antimicrobial stewardship PharmD",
    ],
    "researcher": [
        "Epidemiologist", "Postdoc in cancer biology", "PhD, cardiovascular research",
        "Health services researcher", "Biostatistician", "Translational scientist at {inst}",
        "Lab PI: cardiac regeneration", "Clinical trialist",
    ],
    "patient-advocate": [
        "Cancer survivor", "Heart patient & advocate", "Patient advocate",
        "Mom of a heart warrior", "Stage IV and still here", "Caregiver. Advocate. Loud",
        "Survivor of breast cancer & cardiotoxicity",
    ],
}
TAGS = {
    "cardiology": ["#cardiotwitter", "#CardioTwitter", "#cardiology", "#echofirst", "#meded"],
    "oncology": ["#oncology", "#OncTwitter", "#cancer", "#meded", "#Oncology"],
    "cardio-oncology": ["#cardioonc", "#CardioOnc", "#cardiotwitter", "#oncology"],
    "pediatrics": ["#pedstwitter", "#PedsTwitter", "#pediatrics", "#meded"],
    "emergency-medicine": ["#FOAMed", "#FOAMEd", "#EMtwitter", "#meded"],
    "nursing": ["#nursetwitter", "#NurseTwitter", "#nursing", "#FOAMed"],
    "pharmacy": ["#pharmacy", "#PharmTwitter", "#pharmacist", "#meded"],
    "researcher": ["#research", "#epitwitter", "#AcademicTwitter", "#openscience"],
    "patient-advocate": ["#patientvoice", "#survivor", "#bcsm", "#hearthealth"],
}
COMMON_TAGS = ["#womeninmedicine", "#WomenInMedicine", "#meded", "#MedEd", "#HCLDR"]
SUFFIXES = ["Views my own", "RT ≠ endorsement", "Tweets are my own", "she/her", "he/him",
            "they/them", "Opinions my own", "Dad", "Mom", "Runner", "Coffee ☕", "🏃‍♀️",
            "🩺", "❤️", "🎗️", "Dog person 🐕", "Cyclist 🚴"]
MISLEADING = [
    "Dad, runner, coffee ☕", "Living my best life 🌞", "Opinions are my own.",
    "Big heart ❤️, bigger dog", "Tweeting about sourdough and jazz", "Here for the memes",
    "\"Keep calm and carry on\"", "Lifelong learner | Reader | Hiker",
]

# Tweet text fragments for the focus account and for the tweets it likes/quotes/retweets.
TOPIC_TEXT = {
    "cardiology": ["New data on heart failure outcomes", "Echo case of the day",
                   "Great session on AFib ablation", "Lipids, again: LDL is causal"],
    "oncology": ["Practice-changing trial in lung cancer", "Immunotherapy toxicity update",
                 "Survivorship care matters", "Tumour board pearls"],
    "cardio-oncology": ["Baseline echo before anthracyclines", "Immune checkpoint myocarditis is rare but serious",
                        "Troponin surveillance during trastuzumab", "Cardio-oncology clinic pearls"],
    "pediatrics": ["Bronchiolitis season tips", "Pediatric sepsis recognition",
                   "Kids are not small adults"],
    "emergency-medicine": ["Point-of-care ultrasound pearl", "Chest pain pathway review",
                           "Resus lessons from last night"],
    "nursing": ["Nurses make the difference", "Handover done right",
                "Safe staffing saves lives"],
    "pharmacy": ["Drug interaction alert", "Dosing pearls for renal impairment",
                 "QT-prolonging drugs: a checklist"],
    "researcher": ["Preprint out today", "Our cohort study is published",
                   "Open data for everyone"],
    "patient-advocate": ["Listen to patients", "My scan was clear today",
                         "Patients belong on the panel"],
    "journal": ["New issue online", "Editor's pick", "Just published"],
    "society": ["Registration is open", "Join our webinar", "Guideline update released"],
    "generic": ["Health headlines this morning", "Five things to know today"],
    "media": ["Breaking health news", "Our reporter at the conference"],
}
SOURCES = [
    '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
    '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
    '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
]


# ----------------------------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------------------------

def weighted(rng, pairs):
    """Pick the first element of one (value, weight) pair."""
    values = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return rng.choices(values, weights=weights, k=1)[0]


def iso(ts):
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def twitter_time(ts):
    return ts.strftime("%a %b %d %H:%M:%S +0000 %Y")


def random_time(rng, conference_share):
    """A UTC time in the conference week (with probability conference_share) or the month before."""
    if rng.random() < conference_share:
        start, days = CONFERENCE_START, (CONFERENCE_END - CONFERENCE_START).days
    else:
        start, days = BACKGROUND_START, (CONFERENCE_START - BACKGROUND_START).days
    day = rng.randrange(days)
    hour = rng.choices(range(24), weights=HOUR_WEIGHTS, k=1)[0]
    return start + timedelta(days=day, hours=hour, minutes=rng.randrange(60),
                             seconds=rng.randrange(60))


def jackson(value, indent=0, compact_lists=False):
    """Serialise like the Jackson pretty printer Twitter's archive uses ("key" : value)."""
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{ }"
        items = [pad + "  " + json.dumps(k, ensure_ascii=False) + " : "
                 + jackson(v, indent + 1, compact_lists) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[ ]"
        if compact_lists:
            return "[ " + ", ".join(jackson(v, indent, compact_lists) for v in value) + " ]"
        items = [pad + "  " + jackson(v, indent + 1, compact_lists) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


# ----------------------------------------------------------------------------------------
# Accounts
# ----------------------------------------------------------------------------------------

class Account:
    __slots__ = ("index", "id", "handle", "name", "bio", "location", "specialty",
                 "community", "fitness", "activity", "out_target", "followers_count",
                 "following_count", "given", "surname")

    def __init__(self, index):
        self.index = index


def make_bio(rng, acc):
    spec = acc.specialty
    if spec in ("journal", "society", "generic", "media"):
        return org_bio(rng, acc)
    roll = rng.random()
    if roll < 0.08:
        return ""
    if roll < 0.15:
        return rng.choice(MISLEADING)
    parts = []
    frag = rng.choice(BIO[spec]).format(inst=rng.choice(INSTITUTIONS))
    parts.append(frag)
    if rng.random() < 0.35:  # a second role fragment, sometimes from a neighbouring field
        other = spec if rng.random() < 0.7 else rng.choice(list(BIO))
        parts.append(rng.choice(BIO[other]).format(inst=rng.choice(INSTITUTIONS)))
    tags = rng.sample(TAGS[spec], k=min(len(TAGS[spec]), rng.choice([0, 1, 1, 2, 2, 3])))
    if rng.random() < 0.3:
        tags.append(rng.choice(COMMON_TAGS))
    if rng.random() < 0.25:
        parts.append(rng.choice(SUFFIXES))
    sep = rng.choice([". ", " | ", " · ", " • ", ". "])
    text = sep.join(parts)
    if tags:
        text += " " + " ".join(tags)
    if rng.random() < 0.05:
        text = '"' + text + '"'
    if rng.random() < 0.04:
        text = text.replace(sep, "\n", 1)
    if rng.random() < 0.03:
        text = text.upper()
    if rng.random() < 0.1:
        text = rng.choice(["🩺 ", "❤️ ", "🎗️ ", "👩‍⚕️ ", "👨‍⚕️ "]) + text
    return text


def org_bio(rng, acc):
    spec, comm = acc.specialty, acc.community
    field = {"cardiology": "cardiovascular medicine", "oncology": "cancer care",
             "cardio-oncology": "cardio-oncology", "pediatrics": "child health",
             "emergency-medicine": "emergency medicine", "nursing": "nursing practice",
             "pharmacy": "pharmacotherapy", "general": "medicine"}[comm]
    tag = {"cardiology": "#cardiotwitter", "oncology": "#oncology", "cardio-oncology": "#cardioonc",
           "pediatrics": "#pedstwitter", "emergency-medicine": "#FOAMed",
           "nursing": "#nursetwitter", "pharmacy": "#pharmacy", "general": "#meded"}[comm]
    if spec == "journal":
        return "Official account of a peer-reviewed journal in %s. Fictional. %s" % (field, tag)
    if spec == "society":
        return "Professional society for %s | Annual meeting #%s | %s" % (field, CONFERENCE_TAG, tag)
    if spec == "media":
        return "Health news and features. Not medical advice | fictional outlet"
    return rng.choice(["News, views and the occasional cat picture",
                       "Daily health headlines", "Aggregating medical news since 2015", ""])


def person_name_and_handle(rng, acc, used):
    for _ in range(1000):
        given = rng.choice(GIVEN_NAMES)
        surname = rng.choice(SURNAME_HEADS) + rng.choice(SURNAME_TAILS)
        g, s = given.lower(), surname.lower()
        spec = acc.specialty
        if spec in ("cardiology", "oncology", "cardio-oncology", "pediatrics",
                    "emergency-medicine"):
            handle = rng.choice(["dr_%s_%s", "%s%smd", "dr%s%s", "%s_%s_md"]) % (g, s)
            name = rng.choice(["Dr. %s %s", "%s %s, MD", "%s %s MD", "%s %s"]) % (given, surname)
        elif spec == "nursing":
            handle = rng.choice(["%s_%s_rn", "nurse%s%s", "%s%srn"]) % (g, s)
            name = rng.choice(["%s %s, RN", "%s %s RN BSN", "%s %s"]) % (given, surname)
        elif spec == "pharmacy":
            handle = rng.choice(["%s_%s_pharmd", "%s%srx", "%s_%s"]) % (g, s)
            name = rng.choice(["%s %s, PharmD", "%s %s"]) % (given, surname)
        elif spec == "researcher":
            handle = rng.choice(["%s_%s_phd", "%s%slab", "%s_%s"]) % (g, s)
            name = rng.choice(["%s %s, PhD", "Dr %s %s", "%s %s"]) % (given, surname)
        else:
            handle = rng.choice(["%s_%s", "%s%s", "%s_%s_advocate"]) % (g, s)
            name = "%s %s" % (given, surname)
        handle += "_fic"
        if handle not in used and handle != FOCUS_HANDLE:
            used.add(handle)
            return given, surname, name, handle
    raise RuntimeError("could not find a unique handle")


def org_name_and_handle(rng, acc, used, serial):
    comm = acc.community
    label = {"cardiology": "Cardiology", "oncology": "Oncology",
             "cardio-oncology": "Cardio-Oncology", "pediatrics": "Pediatrics",
             "emergency-medicine": "Emergency Medicine", "nursing": "Nursing",
             "pharmacy": "Pharmacotherapy", "general": "Medicine"}[comm]
    short = {"cardiology": "cardio", "oncology": "onc", "cardio-oncology": "cardioonc",
             "pediatrics": "peds", "emergency-medicine": "em", "nursing": "nursing",
             "pharmacy": "pharm", "general": "med"}[comm]
    for _ in range(1000):
        place = rng.choice(SURNAME_HEADS) + rng.choice(SURNAME_TAILS)
        if acc.specialty == "journal":
            name = rng.choice(["%s Journal of %s", "Annals of %s %s", "%s Review of %s"]) % (place, label)
            handle = "%s_%s_journal" % (place.lower(), short)
        elif acc.specialty == "society":
            name = rng.choice(["%s Society of %s", "%s Association for %s", "%s College of %s"]) % (place, label)
            handle = "%s_%s_society" % (place.lower(), short)
        elif acc.specialty == "media":
            name = "%s Health %s" % (place, rng.choice(["News", "Wire", "Daily", "Post"]))
            handle = "%s_health_news" % place.lower()
        else:
            name = "%s %s" % (place, rng.choice(["Health Digest", "Med Feed", "Clinic Buzz", "Wellness Hub"]))
            handle = "%s_feed" % place.lower()
        handle += "_fic"
        if handle not in used:
            used.add(handle)
            return name, handle
    raise RuntimeError("could not find a unique org handle")


def make_location(rng):
    roll = rng.random()
    if roll < 0.15:
        return ""
    if roll < 0.2:
        return rng.choice(["🌍", "Earth", "Wherever the coffee is", "she/her", "Remote"])
    place = rng.choice(PLACES)
    if rng.random() < 0.5:
        return "%s, %s" % (place, rng.choice(REGIONS))
    return place


def build_accounts(rng):
    accounts = []
    for spec, count in SPECIALTY_COUNTS:
        for k in range(count):
            acc = Account(len(accounts))
            acc.specialty = spec
            if spec == "journal":
                acc.community = JOURNAL_COMMUNITIES[k]
            elif spec == "society":
                acc.community = SOCIETY_COMMUNITIES[k]
            else:
                acc.community = weighted(rng, HOME[spec])
            accounts.append(acc)
    # Shuffle before assigning ids so that neither id nor file order reveals the specialty.
    rng.shuffle(accounts)
    next_id = ACCOUNT_ID_BASE + 1000
    used = set()
    for i, acc in enumerate(accounts):
        acc.index = i
        next_id += rng.randint(3, 97)
        acc.id = str(next_id)
    # The focus account: the first cardio-oncologist in shuffled order.
    focus = next(a for a in accounts if a.specialty == "cardio-oncology")
    for acc in accounts:
        spec = acc.specialty
        if acc is focus:
            acc.given, acc.surname = "Ada", "Quillbrook"
            acc.name, acc.handle = FOCUS_NAME, FOCUS_HANDLE
            acc.bio = ("Cardio-oncologist at Marrowvane University Hospital | protecting hearts "
                       "through cancer therapy | #cardioonc #cardiotwitter #WomenInMedicine | "
                       "views my own 🫀🎗️")
            acc.location = "Marrowvale, Northshire"
        elif spec in PEOPLE:
            acc.given, acc.surname, acc.name, acc.handle = person_name_and_handle(rng, acc, used)
            acc.bio = make_bio(rng, acc)
            acc.location = make_location(rng)
        else:
            acc.given = acc.surname = ""
            acc.name, acc.handle = org_name_and_handle(rng, acc, used, acc.index)
            acc.bio = make_bio(rng, acc)
            acc.location = "" if rng.random() < 0.5 else rng.choice(PLACES)
        # Fitness drives in-degree (hubs); activity drives interactions; out_target drives out-degree.
        if spec == "journal":
            acc.fitness = 40.0 * rng.uniform(0.5, 2.0)
            acc.activity = 3.0 * rng.uniform(0.5, 1.5)
            acc.out_target = int(rng.lognormvariate(math.log(6), 0.5))
        elif spec == "society":
            acc.fitness = 30.0 * rng.uniform(0.5, 2.0)
            acc.activity = 3.0 * rng.uniform(0.5, 1.5)
            acc.out_target = int(rng.lognormvariate(math.log(12), 0.5))
        elif spec == "media":
            acc.fitness = 15.0 * rng.uniform(0.5, 2.0)
            acc.activity = 2.0
            acc.out_target = int(rng.lognormvariate(math.log(6), 0.5))
        elif spec == "generic":
            acc.fitness = 3.0 * rng.uniform(0.5, 2.0)
            acc.activity = 1.0
            acc.out_target = int(rng.lognormvariate(math.log(8), 0.5))
        else:
            acc.fitness = min(rng.paretovariate(1.6), 60.0)
            if spec == "patient-advocate":
                acc.fitness *= 0.8
            acc.activity = rng.lognormvariate(0.0, 0.9)
            acc.out_target = int(rng.lognormvariate(math.log(18), 0.7))
        acc.out_target = max(2, min(acc.out_target, 250))
    # A few prominent clinicians.
    clinicians = [a for a in accounts if a.specialty in CLINICIANS]
    for acc in rng.sample(clinicians, 12):
        acc.fitness = rng.uniform(25.0, 60.0)
        acc.activity *= 3.0
    focus.fitness = 22.0
    focus.activity = 4.0
    focus.out_target = 130
    return accounts, focus


# ----------------------------------------------------------------------------------------
# Follow graph
# ----------------------------------------------------------------------------------------

def build_follows(rng, accounts, focus):
    pools = {}
    for c in COMMUNITIES:
        members = [a.index for a in accounts if a.community == c]
        cum, total = [], 0.0
        for m in members:
            total += accounts[m].fitness
            cum.append(total)
        pools[c] = (members, cum)
    everyone = [a.index for a in accounts]
    everyone_cum, total = [], 0.0
    for a in accounts:
        total += a.fitness
        everyone_cum.append(total)

    follows = set()
    out = [[] for _ in accounts]
    for acc in accounts:
        own, neigh, _anywhere = MIX[acc.community]
        chosen = set()
        attempts = 0
        while len(chosen) < acc.out_target and attempts < acc.out_target * 20:
            attempts += 1
            r = rng.random()
            if r < own:
                members, cum = pools[acc.community]
            elif r < own + neigh:
                members, cum = pools[weighted(rng, NEIGHBOURS[acc.community])]
            else:
                members, cum = everyone, everyone_cum
            t = rng.choices(members, cum_weights=cum, k=1)[0]
            if t != acc.index and t not in chosen:
                chosen.add(t)
                out[acc.index].append(t)
                follows.add((acc.index, t))

    # Follow-back pass, in a fixed order.
    for (s, t) in sorted(follows):
        if (t, s) in follows:
            continue
        a, b = accounts[s], accounts[t]
        if b.specialty in HUB_KINDS or b.specialty == "generic":
            p = 0.03
        elif b.specialty in PEOPLE and a.specialty in PEOPLE:
            p = 0.32 if a.community == b.community else 0.18
        else:
            p = 0.05
        if b is focus:
            p = 0.45
        if rng.random() < p:
            follows.add((t, s))
    return sorted(follows)


# ----------------------------------------------------------------------------------------
# Interactions
# ----------------------------------------------------------------------------------------

KIND_WEIGHTS = [("like", 40), ("repost", 20), ("reply", 17), ("mention", 15), ("quote", 8)]


def pick_target(rng, accounts, acc, following, pools):
    fol = following[acc.index]
    if fol and rng.random() < 0.78:
        return rng.choices(fol, weights=[accounts[t].fitness ** 0.8 for t in fol], k=1)[0]
    members, cum = pools[acc.community]
    return rng.choices(members, cum_weights=cum, k=1)[0]


def build_interactions(rng, accounts, focus, follows, n_events):
    following = [[] for _ in accounts]
    for s, t in follows:
        following[s].append(t)
    pools = {}
    for c in COMMUNITIES:
        members = [a.index for a in accounts if a.community == c]
        cum, total = [], 0.0
        for m in members:
            total += accounts[m].fitness ** 0.8
            cum.append(total)
        pools[c] = (members, cum)
    actors = [a.index for a in accounts if a is not focus]
    actor_weights = [accounts[i].activity for i in actors]
    events = []  # (time, source index, target index, kind)
    while len(events) < n_events:
        s = rng.choices(actors, weights=actor_weights, k=1)[0]
        acc = accounts[s]
        t = pick_target(rng, accounts, acc, following, pools)
        if t == s:
            continue
        kind = weighted(rng, KIND_WEIGHTS)
        if acc.specialty in ("journal", "society", "media") and kind == "like":
            kind = "repost"
        when = random_time(rng, 0.62)
        events.append((when, s, t, kind))
        # Conversations: some replies get a reply back (the focus answers through its archive).
        if kind == "reply" and rng.random() < 0.25 and accounts[t] is not focus:
            back = when + timedelta(minutes=rng.randint(3, 240))
            if back < CONFERENCE_END:
                events.append((back, t, s, "reply"))
    return events


# ----------------------------------------------------------------------------------------
# The focus account's archive
# ----------------------------------------------------------------------------------------

class TweetText:
    """Builds tweet text while recording entity indices (in code points, as Twitter does)."""

    def __init__(self):
        self.text = ""
        self.hashtags = []
        self.mentions = []
        self.urls = []

    def plain(self, s):
        self.text += s

    def hashtag(self, tag):
        start = len(self.text)
        self.text += "#" + tag
        self.hashtags.append({"text": tag, "indices": [str(start), str(len(self.text))]})

    def mention(self, acc):
        start = len(self.text)
        self.text += "@" + acc.handle
        self.mentions.append({"name": acc.name, "screen_name": acc.handle,
                              "indices": [str(start), str(len(self.text))],
                              "id_str": acc.id, "id": acc.id})

    def url(self, rng, expanded, display):
        start = len(self.text)
        short = "https://t.co/" + "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                                          for _ in range(10))
        self.text += short
        self.urls.append({"url": short, "expanded_url": expanded, "display_url": display,
                          "indices": [str(start), str(len(self.text))]})


def topic_sentence(rng, acc):
    spec = acc.specialty if acc.specialty in TOPIC_TEXT else "generic"
    return rng.choice(TOPIC_TEXT[spec])


def build_focus_archive(rng, accounts, focus, follows):
    """Returns (tweets, likes, edges) for the focus account; edges are (time, s, t, kind)."""
    following = sorted(t for s, t in follows if s == focus.index)
    followers = sorted(s for s, t in follows if t == focus.index)
    neighbourhood = sorted(set(following) | set(followers))
    weights = [accounts[i].fitness ** 0.7 for i in neighbourhood]

    next_tweet = [TWEET_ID_BASE + 1_000_000]

    def new_tweet_id():
        next_tweet[0] += rng.randint(1000, 900000)
        return str(next_tweet[0])

    def other():
        return accounts[rng.choices(neighbourhood, weights=weights, k=1)[0]]

    plan = (["original"] * 55 + ["reply"] * 42 + ["repost"] * 36 + ["quote"] * 16)
    rng.shuffle(plan)
    tweets, edges = [], []
    edge_tags = []  # the hashtags of the post behind each edge, parallel to edges
    for kind in plan:
        first_edge = len(edges)
        when = random_time(rng, 0.7)
        tid = new_tweet_id()
        tt = TweetText()
        extra = {}
        retweet = False
        if kind == "original":
            tt.plain(rng.choice(["", "Day %d at " % rng.randint(1, 5), "Loved this: ", "Reminder: "]))
            tt.plain(rng.choice(TOPIC_TEXT["cardio-oncology"]))
            n_mentions = rng.choice([0, 0, 1, 1, 2])
            mentioned = []
            for _ in range(n_mentions):
                m = other()
                if m not in mentioned:
                    mentioned.append(m)
            if mentioned:
                tt.plain(" with ")
                for j, m in enumerate(mentioned):
                    if j:
                        tt.plain(" and ")
                    tt.mention(m)
                    edges.append((when, focus.index, m.index, "mention"))
            tt.plain(". ")
            if when >= CONFERENCE_START or rng.random() < 0.2:
                tt.hashtag(CONFERENCE_TAG)
                tt.plain(" ")
            tt.hashtag(rng.choice(["cardioonc", "CardioOnc", "cardiotwitter", "oncology", "meded"]))
            if rng.random() < 0.3:
                tt.plain(" ")
                tt.url(rng, "https://example.org/fictional/%s" % tid[-6:], "example.org/fictional/…")
        elif kind == "reply":
            target = other()
            tt.mention(target)
            tt.plain(" ")
            start = len(tt.text)
            tt.plain(rng.choice(["Great point!", "Agree, and baseline echo helps.",
                                 "Thanks for sharing this.", "We see the same in our clinic.",
                                 "Would love to collaborate on this.", "Congrats on the talk!"]))
            if rng.random() < 0.3:
                tt.plain(" ")
                tt.hashtag(rng.choice([CONFERENCE_TAG, "cardioonc"]))
            extra = {"in_reply_to_status_id_str": new_tweet_id(), "in_reply_to_user_id": target.id,
                     "in_reply_to_screen_name": target.handle, "in_reply_to_user_id_str": target.id}
            extra["in_reply_to_status_id"] = extra["in_reply_to_status_id_str"]
            extra["_display_start"] = start
            edges.append((when, focus.index, target.index, "reply"))
        elif kind == "repost":
            target = other()
            retweet = True
            tt.plain("RT ")
            tt.mention(target)
            tt.plain(": " + topic_sentence(rng, target))
            if rng.random() < 0.5:
                tt.plain(" ")
                tt.hashtag(CONFERENCE_TAG if when >= CONFERENCE_START else "meded")
            edges.append((when, focus.index, target.index, "repost"))
        else:  # quote
            target = other()
            quoted = new_tweet_id()
            tt.plain(rng.choice(["Must read.", "This!", "Important for our patients.",
                                 "Cardio-oncology angle here:", "Worth your time."]) + " ")
            tt.url(rng, "https://twitter.com/%s/status/%s" % (target.handle, quoted),
                   ("twitter.com/%s/status/" % target.handle)[:24] + "…")
            edges.append((when, focus.index, target.index, "quote"))
        display_start = extra.pop("_display_start", 0)
        tweet = {
            "edit_info": {"initial": {"editTweetIds": [tid],
                                      "editableUntil": (when + timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                      "editsRemaining": "5", "isEditEligible": not retweet}},
            "retweeted": False,
            "source": rng.choice(SOURCES),
            "entities": {"hashtags": tt.hashtags, "symbols": [], "user_mentions": tt.mentions,
                         "urls": tt.urls},
            "display_text_range": [str(display_start), str(len(tt.text))],
            "favorite_count": "0" if retweet else str(int(rng.paretovariate(1.2)) - 1 + rng.randint(0, 4)),
        }
        if "in_reply_to_status_id_str" in extra:
            tweet["in_reply_to_status_id_str"] = extra["in_reply_to_status_id_str"]
        tweet["id_str"] = tid
        if "in_reply_to_user_id" in extra:
            tweet["in_reply_to_user_id"] = extra["in_reply_to_user_id"]
        tweet["truncated"] = False
        tweet["retweet_count"] = "0" if retweet else str(rng.choice([0, 0, 0, 1, 1, 2, 3, 5, 8]))
        tweet["id"] = tid
        if "in_reply_to_status_id" in extra:
            tweet["in_reply_to_status_id"] = extra["in_reply_to_status_id"]
        if tt.urls:
            tweet["possibly_sensitive"] = False
        tweet["created_at"] = twitter_time(when)
        tweet["favorited"] = False
        tweet["full_text"] = tt.text
        tweet["lang"] = "en"
        if "in_reply_to_screen_name" in extra:
            tweet["in_reply_to_screen_name"] = extra["in_reply_to_screen_name"]
            tweet["in_reply_to_user_id_str"] = extra["in_reply_to_user_id_str"]
        tweets.append((when, tid, {"tweet": tweet}))
        edge_tags += [[h["text"] for h in tt.hashtags]] * (len(edges) - first_edge)

    likes = []
    for _ in range(85):
        when = random_time(rng, 0.6)
        target = other()
        tid = new_tweet_id()
        text = topic_sentence(rng, target)
        tags = []
        if rng.random() < 0.4:
            tags = [CONFERENCE_TAG if when >= CONFERENCE_START else "meded"]
            text += " #" + tags[0]
        likes.append((when, tid, {"like": {"tweetId": tid, "fullText": text,
                                           "expandedUrl": "https://twitter.com/i/web/status/" + tid}}))
        edges.append((when, focus.index, target.index, "like"))
        edge_tags.append(tags)

    # Archives list newest first.
    tweets.sort(key=lambda x: (x[0], x[1]), reverse=True)
    likes.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return [t[2] for t in tweets], [l[2] for l in likes], edges, edge_tags, following, followers


# Topic hashtags by the specialty of a post's author (mixed case on purpose).
TOPIC_TAGS = {
    "cardiology": ["cardiotwitter", "CardioTwitter", "HeartFailure"],
    "oncology": ["oncology", "OncTwitter", "BCSM"],
    "cardio-oncology": ["cardioonc", "CardioOnc"],
    "pediatrics": ["pedstwitter", "PedsICU"],
    "emergency-medicine": ["FOAMed", "EMtwitter"],
    "nursing": ["nursetwitter", "NursesRock"],
    "pharmacy": ["pharmacytwitter", "PharmTwitter"],
}


def interaction_hashtags(rng, accounts, events):
    """The hashtags of the post behind each (time, source, target, kind) event."""
    result = []
    for when, s, t, kind in events:
        author = accounts[t] if kind in ("like", "repost") else accounts[s]
        tags = []
        if rng.random() < (0.55 if when >= CONFERENCE_START else 0.04):
            tags.append(CONFERENCE_TAG if rng.random() < 0.8 else CONFERENCE_TAG.lower())
        if rng.random() < 0.35:
            tags.append(rng.choice(TOPIC_TAGS.get(author.specialty, ["meded", "MedEd"])))
        result.append(tags)
    return result


# ----------------------------------------------------------------------------------------
# Writers
# ----------------------------------------------------------------------------------------

def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for row in rows:
        w.writerow(row)
    return buf.getvalue()


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def archive_files(rng, accounts, focus, tweets, likes, following, followers):
    ids = [accounts[i].id for i in following]
    fids = [accounts[i].id for i in followers]
    rng.shuffle(ids)   # real archives list follows newest first; we have no follow times
    rng.shuffle(fids)
    files = {}
    files["account.js"] = "window.YTD.account.part0 = " + jackson([{"account": {
        "email": None, "createdVia": "web", "username": focus.handle, "accountId": focus.id,
        "createdAt": "2014-05-02T10:11:12.000Z", "accountDisplayName": focus.name}}])
    files["profile.js"] = "window.YTD.profile.part0 = " + jackson([{"profile": {
        "description": {"bio": focus.bio, "website": "https://example.org/quillbrook-fictional",
                        "location": focus.location},
        "avatarMediaUrl": "./data/profile_media/%s-avatar.jpg" % focus.id,
        "headerMediaUrl": "./data/profile_media/%s-1400000000.jpg" % focus.id}}])
    files["follower.js"] = "window.YTD.follower.part0 = " + jackson(
        [{"follower": {"accountId": i, "userLink": "https://twitter.com/intent/user?user_id=" + i}} for i in fids])
    files["following.js"] = "window.YTD.following.part0 = " + jackson(
        [{"following": {"accountId": i, "userLink": "https://twitter.com/intent/user?user_id=" + i}} for i in ids])
    files["tweets.js"] = "window.YTD.tweets.part0 = " + jackson(tweets)
    files["like.js"] = "window.YTD.like.part0 = " + jackson(likes)
    data_types = [("account", "account.js", "YTD.account.part0", 1),
                  ("follower", "follower.js", "YTD.follower.part0", len(fids)),
                  ("following", "following.js", "YTD.following.part0", len(ids)),
                  ("like", "like.js", "YTD.like.part0", len(likes)),
                  ("profile", "profile.js", "YTD.profile.part0", 1),
                  ("tweets", "tweets.js", "YTD.tweets.part0", len(tweets))]
    size = sum(len(t.encode("utf-8")) for t in files.values())
    dt = {}
    for name, fname, glob, count in data_types:
        entry = {}
        if name == "profile":
            entry["mediaDirectory"] = "data/profile_media"
        if name == "tweets":
            entry["mediaDirectory"] = "data/tweets_media"
        entry["files"] = [{"fileName": "data/" + fname, "globalName": glob, "count": str(count)}]
        dt[name] = entry
    manifest = {
        "userInfo": {"accountId": focus.id, "userName": focus.handle, "displayName": focus.name},
        "archiveInfo": {"sizeBytes": str(size), "generationDate": "2026-03-22T08:15:42.137Z",
                        "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": dt,
    }
    files["manifest.js"] = "window.__THAR_CONFIG = " + jackson(manifest, compact_lists=True)
    return files


def generate(out_dir, seed=DEFAULT_SEED):
    rng = random.Random(seed)
    accounts, focus = build_accounts(rng)
    follows = build_follows(rng, accounts, focus)
    background = build_interactions(rng, accounts, focus, follows, 7000)
    tweets, likes, focus_edges, focus_tags, following, followers = build_focus_archive(rng, accounts, focus, follows)

    in_deg = [0] * len(accounts)
    out_deg = [0] * len(accounts)
    for s, t in follows:
        out_deg[s] += 1
        in_deg[t] += 1
    for acc in accounts:
        if acc is focus:  # the archive holds all of its follows, so the counts match exactly
            acc.followers_count, acc.following_count = in_deg[acc.index], out_deg[acc.index]
            continue
        mult = {"journal": (40, 400), "society": (30, 250), "media": (50, 500),
                "generic": (20, 200)}.get(acc.specialty, (2, 14))
        acc.followers_count = int(in_deg[acc.index] * rng.uniform(*mult)) + rng.randint(0, 60)
        acc.following_count = int(out_deg[acc.index] * rng.uniform(1.5, 6.0)) + rng.randint(0, 80)

    node_rows = [[a.id, "x", a.handle, a.name, a.bio, a.location, str(a.followers_count),
                  str(a.following_count)] for a in sorted(accounts, key=lambda a: a.id)]
    truth_rows = [[a.id, a.handle, a.specialty, a.community] for a in sorted(accounts, key=lambda a: a.id)]

    write(os.path.join(out_dir, "clinician-network", "nodes.csv"),
          csv_text(["id", "platform", "handle", "name", "bio", "location", "followers_count",
                    "following_count"], node_rows))
    write(os.path.join(out_dir, "ground-truth.csv"),
          csv_text(["id", "handle", "specialty", "community"], truth_rows))
    for name, text in archive_files(rng, accounts, focus, tweets, likes, following, followers).items():
        write(os.path.join(out_dir, "x-archive-focus", "data", name), text)

    # Drawn last: the random stream above is what it was before interactions had hashtags.
    tags = interaction_hashtags(rng, accounts, background) + focus_tags
    edge_rows = [[accounts[s].id, accounts[t].id, "follow", "", "1", ""] for s, t in
                 sorted(follows, key=lambda e: (accounts[e[0]].id, accounts[e[1]].id))]
    interactions = sorted((iso(w), accounts[s].id, accounts[t].id, k, " ".join("#" + h for h in g))
                          for (w, s, t, k), g in zip(background + focus_edges, tags))
    edge_rows += [[s, t, k, w, "1", g] for w, s, t, k, g in interactions]
    write(os.path.join(out_dir, "clinician-network", "edges.csv"),
          csv_text(["source", "target", "kind", "timestamp", "weight", "hashtags"], edge_rows))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=os.path.dirname(here), help="output folder (default: Samples/)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default %(default)s)")
    args = parser.parse_args()
    generate(args.out, args.seed)


if __name__ == "__main__":
    main()
