"""The slot engine: dates, times, figures and names, normalized and compared.

    from factcheck.slots import extract_article_slots, compare_slots
    slots = extract_article_slots(sentences, published)   # one list of Slot per sentence
    comparisons = compare_slots(slots[i], other_slots[j])  # list of SlotComparison

See docs/slots.md for the rules (hedge tolerances, tense, zones) and the measured accuracy.
"""

from factcheck.slots.compare import compare_pair, compare_slots
from factcheck.slots.extract import extract_article_slots, extract_slots
from factcheck.slots.types import SLOT_KINDS, Slot, SlotComparison

__all__ = [
    "SLOT_KINDS",
    "Slot",
    "SlotComparison",
    "compare_pair",
    "compare_slots",
    "extract_article_slots",
    "extract_slots",
]
