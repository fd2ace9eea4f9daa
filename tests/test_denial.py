"""What a negated statement denies (spaCy's real parse), and whether the other side says it."""

import pytest

from factcheck.denial import denied_lemmas, denies_what_other_says


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("North Korea has not supplied Russia with any weapons.", {"supply", "russia"}),
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
        ("There was never an active shooter.", "Police called it an isolated shooting incident.", False),
    ],
)
def test_denies_what_other_says(negated, other, denies):
    assert denies_what_other_says(negated, other) is denies
