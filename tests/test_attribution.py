import pytest

from factcheck.attribution import claim_text


@pytest.mark.parametrize("text, speaker, claim", [
    ("North Korea has not supplied Russia with any weapons, the Kremlin said, calling the reports groundless.",
     "the Kremlin", "North Korea has not supplied Russia with any weapons."),
    ("North Korea has supplied Russia with shells for its war, U.S. and South Korean officials say.",
     "officials", "North Korea has supplied Russia with shells for its war."),
    ("Seoul estimates that nearly 7,000 containers have been shipped.", "Seoul",
     "Nearly 7,000 containers have been shipped."),
    ("According to police, two men were arrested.", "police", "Two men were arrested."),
    ("Two men were arrested, according to the state police.", "the state police", "Two men were arrested."),
    # A denial carries the meaning: never stripped.
    ("The Kremlin denied that North Korea had supplied weapons.", "The Kremlin",
     "The Kremlin denied that North Korea had supplied weapons."),
    ("Two men were arrested on Monday.", None, "Two men were arrested on Monday."),
    ("Police said.", "Police", "Police said."),
])
def test_claim_text(text, speaker, claim):
    assert claim_text(text, speaker) == claim
