"""Event frames: one module per event family over the sentence shape (clauses.py).

Each family module declares its rules (a name, the event type, a pattern over the shape with
the roles `subj` (candidate), `actor`/`actor2` (states or the organisation), `trig` (the
predicate), `gap` and `tail`, and a check that fills the roles and asks scope.py whether the
predicate states a fact) and the checks themselves; `base.py` and `vocab.py` hold what they share.
"""
from natowatch.extract.frames.base import Context, Finding
from natowatch.extract.frames.candidacy_checks import denied_candidacies
from natowatch.extract.frames.following import withdrawn_in
from natowatch.extract.frames.grammar import Grammar

__all__ = ["Context", "Finding", "Grammar", "denied_candidacies", "withdrawn_in"]
