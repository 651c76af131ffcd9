"""Does the extractor's cost grow linearly? Adversarial texts at 1x, 2x, 4x and 8x their base size.

    .venv/bin/python -m benchmarks.extract_growth                 # every input, sizes 1 2 4 8
    .venv/bin/python -m benchmarks.extract_growth --only names    # one input
    .venv/bin/python -m benchmarks.extract_growth --scale 2 --json

Each input is built from a unit repeated n times (with distinct names where the input is about
names); it is read whole (no time budget) and CPU seconds are measured, the best of --rounds
runs. Linear cost: the seconds per unit stay flat from 1x to 8x (a quadratic step doubles them
at each doubling). The inputs aim at the steps that look at all of something for each of
something: a scan over the whole text per proposed name or surname, loops over every mention of
a sentence per mention, over every candidate named so far per pronoun, over every sentence per
quotation.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Callable

if __package__ in (None, ""):  # run as a file: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.floor import STORY_FILE  # noqa: E402
from natowatch.extract.events import extract_article  # noqa: E402
from natowatch.flows.files.storyfile import load_story  # noqa: E402

TITLE = "The race for NATO secretary general"
STATES = ["Germany", "Poland", "Italy", "Spain", "Canada", "Norway", "Denmark", "Portugal", "Belgium", "Greece",
          "Hungary", "Turkey", "Slovakia", "Finland", "Sweden", "Estonia", "Latvia", "Lithuania", "Croatia", "Albania"]
_SYLLABLES = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu " \
             "ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu".split()


def names(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """n distinct invented (first name, surname) pairs, capitalised, no word of any lexicon."""
    rng, seen, out = random.Random(seed), set(), []
    while len(out) < n:
        first = "".join(rng.choice(_SYLLABLES) for _ in range(2)).capitalize() + "x"
        last = "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize() + "sk"
        if last not in seen:
            seen.add(last)
            out.append((first, last))
    return out


def many_names(n: int) -> str:
    """n distinct unlisted people, each proposed by a sentence of the race, half with a pronoun
    after, half named again far away by surname alone (the pronoun and full-name searches)."""
    people = names(n)
    out = []
    for i, (first, last) in enumerate(people):
        if i % 2:
            out.append(f"{first} {last} announced her candidacy for NATO secretary general on Monday.")
        else:
            out.append(f"{first} {last} is a candidate for the post of secretary general.")
        out.append("Officials talked about ammunition and the summit in July.")
    # surnames alone, later: in sentences of the race and not
    out += [f"{STATES[i % len(STATES)]} nominated {last} for the top job." for i, (_, last) in enumerate(people)]
    return " ".join(out)


def surnames_listed(n: int) -> str:
    """A sentence of the race listing n capitalised single words (surnames it does not name in full),
    each named in full once elsewhere: the full name is looked for per surname."""
    people = names(n, seed=11)
    out = ["The candidates for secretary general include " + ", ".join(last for _, last in people) + "."]
    out += [f"{first} {last} met delegates in Brussels." for first, last in people]
    return " ".join(out)


def long_sentence(n: int) -> str:
    """One sentence of n clauses, a different unlisted name in each, no full stop."""
    people = names(n, seed=13)
    clauses = [f"{STATES[i % len(STATES)]} backs {first} {last} for secretary general while "
               f"{STATES[(i + 3) % len(STATES)]} said on Tuesday that it would back Mark Rutte"
               for i, (first, last) in enumerate(people)]
    return ", and ".join(clauses) + "."


def names_in_a_sentence(n: int) -> str:
    """One sentence of n states each backing a different unlisted name."""
    return ", and ".join(f"{STATES[i % len(STATES)]} backs {first} {last} for secretary general"
                         for i, (first, last) in enumerate(names(n, seed=23))) + "."


def short_sentences(n: int) -> str:
    """n groups of short sentences: stances, pronouns, unlisted names, sentences of nothing."""
    people = names(n, seed=17)
    out = []
    for i, (first, last) in enumerate(people):
        out += [f"{STATES[i % len(STATES)]} backs Mark Rutte.", "He thanked it.",
                f"{first} {last} is running for secretary general.", "She said so.", "The talks went on."]
    return " ".join(out)


def followed(n: int) -> str:
    """n stances, each repeated by another state in the next sentence ("followed suit", "did too")."""
    return " ".join(f"{STATES[i % len(STATES)]} backs Mark Rutte for secretary general. "
                    f"{STATES[(i + 5) % len(STATES)]} {'followed suit' if i % 2 else 'did too'}."
                    for i in range(n))


def state_lists(n: int) -> str:
    """One sentence listing n states (names repeat: 20 of them) backing a candidate."""
    listed = [STATES[i % len(STATES)] for i in range(n)]
    return ", ".join(listed[:-1]) + f" and {listed[-1]} back Mark Rutte for secretary general."


def nested(n: int) -> str:
    """Parentheses and quotations n deep around a stance, in one sentence."""
    opening = "".join(f'{STATES[i % len(STATES)]} said ("' if i % 2 else f"{STATES[i % len(STATES)]} (which said "
                      for i in range(n))
    closing = "".join('")' if i % 2 else ")" for i in reversed(range(n)))
    return opening + "Hungary backs Mark Rutte for secretary general" + closing + "."


def quotations(n: int) -> str:
    """n quotations with speakers, each after sentences naming a different unlisted candidate."""
    people = names(n, seed=19)
    return " ".join(f'{first} {last} entered the race for secretary general. "We will back {last}," '
                    f"{STATES[i % len(STATES)]}'s foreign minister said. \"He is the best,\" she added."
                    for i, (first, last) in enumerate(people))


# name -> (builder, units at 1x)
INPUTS: dict[str, tuple[Callable[[int], str], int]] = {
    "names": (many_names, 200),
    "surnames": (surnames_listed, 200),
    "long_sentence": (long_sentence, 100),
    "names_in_a_sentence": (names_in_a_sentence, 200),
    "short_sentences": (short_sentences, 200),
    "followed": (followed, 400),
    "state_lists": (state_lists, 400),
    "nested": (nested, 100),
    "quotations": (quotations, 200),
}


def cpu_seconds(text: str, story, rounds: int) -> tuple[float, int, bool]:
    best, result = float("inf"), None
    for _ in range(rounds):
        started = time.process_time()
        result = extract_article(TITLE, text, None, story, budget_seconds=None)
        best = min(best, time.process_time() - started)
    return best, len(result.events), result.truncated


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=sorted(INPUTS), help="these inputs only")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1, 2, 4, 8], help="multiples of the base (1 2 4 8)")
    parser.add_argument("--scale", type=float, default=1.0, help="base size multiplier (default 1)")
    parser.add_argument("--rounds", type=int, default=1, help="runs per size, the best kept (default 1)")
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = parser.parse_args(argv)
    story = load_story(STORY_FILE)
    extract_article(TITLE, "NATO backs Mark Rutte.", None, story)       # the story's patterns, built once
    figures: dict = {"load": os.getloadavg()[0], "inputs": {}}
    for name in args.only or INPUTS:
        build, base = INPUTS[name]
        rows = []
        for k in args.sizes:
            units = max(1, round(base * args.scale * k))
            text = build(units)
            seconds, events, truncated = cpu_seconds(text, story, args.rounds)
            rows.append({"x": k, "units": units, "kb": round(len(text) / 1000, 1), "cpu_seconds": round(seconds, 3),
                         "ms_per_unit": round(1000 * seconds / units, 3), "events": events, "truncated": truncated})
        first = rows[0]["ms_per_unit"] or 1e-9
        print(f"{name}: " + "; ".join(f"{r['x']}x {r['kb']} KB {r['cpu_seconds']} s ({r['ms_per_unit'] / first:.2f} per unit)"
                                      for r in rows) + f"; load {os.getloadavg()[0]:.1f}", flush=True)
        figures["inputs"][name] = rows
    if args.json:
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
