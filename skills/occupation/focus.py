"""What a question about an occupation asks about, when it asks about one fact."""

from __future__ import annotations

from enum import StrEnum


class Focus(StrEnum):
    """What the question asked about, when it asked about one fact."""

    DURATION = "duration"
    REQUIREMENTS = "requirements"  # school certificate, entry requirements
    PAY = "pay"  # training pay ("in der Ausbildung")
    EARNINGS = "earnings"  # pay once qualified ("nach der Ausbildung", "als Geselle")
    PAY_ANY = "pay_any"  # pay asked without saying when: both sources are offered
    # Asked as follow-ups to a card (skills.occupation.follow_up); a card shows them anyway.
    TASKS = "tasks"  # what the work is ("Was macht man da genau?")
    PROSPECTS = "prospects"  # prospects, further training ("Wie sind die Aussichten?")
    LEGAL = "legal"  # the legal basis of the training ("Nach welchem Gesetz …?")
    TRAINING_TYPE = "training_type"  # dual, school-based, study ("Ist das eine duale …?")
    # Working conditions the catalogue does not hold: holidays, hours, shifts ("Wie viel
    # Urlaub hat man da?"); the answer says where they are and the legal minimums.
    CONDITIONS = "conditions"
    # Rules of the training system asked about one occupation; the answer is general.
    AGE = "age"  # minimum age ("Ab wie viel Jahren kann man eine Ausbildung zum Koch …?")
    PART_TIME = "part_time"  # part-time training ("Geht die Ausbildung auch in Teilzeit?")
    STUDY = "study"  # studying afterwards ("Kann man danach studieren?")
    GENDER = "gender"  # women or men in the occupation ("und als Frau?")
    SCHOOL_CONTENT = "school_content"  # what the vocational school teaches
    TAKEOVER = "takeover"  # being kept on after the training ("Übernahmechancen?")
    LOCAL = "local"  # a town or the area ("und in Hamm?"): the catalogue has no local data
    # The recognition of a certificate from abroad ("wird das hier anerkannt?"): the procedure
    # and where to ask, the same for every occupation.
    RECOGNITION = "recognition"
    # Where the training takes place, from the entry's type of training ("Wo lernt man das?").
    PLACE = "place"
    # Rules of the training system with a reviewed answer of their own (data/training_system.yaml)
    FURTHER_TRAINING = "further_training"  # what comes after ("Meister, Techniker, Fachwirt")
    TIMING = "timing"  # when a training starts, when to apply ("wann muss man sich bewerben?")
    SCHOOL_DUTY = "school_duty"  # attending the vocational school ("muss man Berufsschule …?")
    INTERNSHIP = "internship"  # what an internship is worth, its pay ("Bringt ein Praktikum …?")
    ABROAD = "abroad"  # part of the training abroad (§ 2 Abs. 3 BBiG)
    FUNDING = "funding"  # public money for a training ("Förderung für eine Ausbildung als …")
    SCHOOL_COSTS = "school_costs"  # what the vocational school costs ("Wer bezahlt …?")
    TAX = "tax"  # wage tax and social insurance on the training pay
    # A requirement beyond the school certificate ("braucht man dafür einen Führerschein?",
    # "muss man gut Deutsch können?"): the catalogue gives only the usual certificate, which
    # the answer says, with the link to BERUFENET.
    NEED = "need"
    # A topic neither the card nor a rule answers ("Ist das körperlich anstrengend?"): said
    # so, with the link to BERUFENET, never another section instead.
    UNLISTED = "unlisted"
