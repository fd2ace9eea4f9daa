"""What a negated statement denies (spaCy's real parse), and whether the other side says it."""

import pytest

from factcheck.denial import denied_lemmas, denies_what_other_says


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("North Korea has not supplied Russia with any weapons.", {"supply"}),
        ("No one was injured.", {"harm"}),
        ("No arrests have been made.", {"arrest"}),
        ("John Smith did not die at the scene.", {"death"}),
        ("The suspect was never arrested.", {"arrest"}),
        ("Three children in the home were unharmed.", {"harm"}),
        ("Her injuries are non-life-threatening, police said.", {"threatening"}),
    ],
)
def test_denied_lemmas(text, denied):
    assert denied <= denied_lemmas(text)


@pytest.mark.parametrize(
    ("negated", "other", "denies"),
    [
        ("The suspect was not arrested.", "Police arrested the suspect on Monday.", True),
        ("Three children in the home were unharmed.", "Three children in the home were injured.", True),
        ("Nobody was hurt.", "Two people were wounded.", True),
        # one class of words for dying: "not killed" denies "fatally shot"
        ("The suspect was not killed in the exchange.", "The suspect was fatally shot by officers.", True),
        ("She doesn't know if that person survived.", "People rallied around those who survived.", False),
        ("The younger suspect is not suspected of shooting the victims.", "Both victims are from West Allis.", False),
        # "no one", "neither ... nor", "without", "denied that", a curly apostrophe, "cannot"
        ("No one was injured in the blast.", "Two people were injured in the blast.", True),
        ("No shots were fired.", "Officers fired at the suspect.", True),
        ("Neither the driver nor the passenger was hurt.", "The driver was injured.", True),
        ("He was released without charge.", "He was charged with murder.", True),
        ("The Kremlin denied that it had received weapons from Pyongyang.",
         "Russia received weapons from Pyongyang.", True),
        ("The mayor didn\u2019t resign.", "The mayor resigned on Friday.", True),
        ("The suspect cannot be named for legal reasons.", "The suspect was named as John Smith.", True),
        # a verb spaCy lists as a stop word still counts
        ("Police did not name him.", "Police named him as John Doe.", True),
        # two arguments in common (subject and object), with another verb
        ("North Korea has not supplied Russia with any weapons.",
         "North Korea has sent roughly 600 containers of munitions to Russia.", True),
        # one argument in common is not enough
        ("North Korea has not supplied Russia with any weapons.", "Russia launched missiles at Kyiv overnight.", False),
        # what the reporter could not learn denies nothing
        ("The company did not immediately respond to a request for comment.", "Deputies responded to a 911 call.", False),
        ("It was not immediately clear what caused the crash.", "Crews worked to clear the wreckage.", False),
        ("The family could not be reached for comment.", "The fire reached the second floor.", False),
        ("The plane didn't land in Pyongyang until 3 a.m.", "The plane landed in Pyongyang at 3 a.m.", False),
        ("There was never an active shooter.", "Police called it an isolated shooting incident.", False),
    ],
)
def test_denies_what_other_says(negated, other, denies):
    assert denies_what_other_says(negated, other) is denies
