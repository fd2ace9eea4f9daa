"""factcheck: find the facts that agree and the facts that conflict across news articles about one story."""

__version__ = "0.1.0"
