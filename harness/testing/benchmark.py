"""Benchmarks: the mutation suite, the real-story set and the attribution set.

    python -m harness.benchmark --variants 200 --generated 50 --seed 1 --json detection.json --check
    python -m harness.benchmark --stories tests/data/stories --check
    python -m harness.benchmark --attribution tests/data/attribution --check
    python -m harness.benchmark --compare tests/data/stories --min-precision 0.9 --min-recall 0.85 --check
    python -m harness.benchmark --scale 1000x100,1000x1000,10000x100,10000x1000

The mutation suite (the default) is deterministic for a seed: recall per breaking edit, false positives per
preserving edit, attribution on the seed story. `--stories` scores flags on real stories against their truth
files; `--attribution` scores speakers on labelled real news; `--compare` scores `wirefacts compare` and
`wirefacts draft` on the real stories (see `harness.testing.comparison`); `--scale` times every way of checking generated
corpora of VERSIONSxFACTS; `--adversarial` times single articles built to be slow. `--check` exits 1 when a threshold is
missed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import yaml

from harness.engine import Engine
from harness.registry.loader import load_registry
from harness.testing import adversarial, comparison, scale
from harness.testing.attribution import render_attribution, score_set
from harness.testing.attribution import summary as attribution_summary
from harness.testing.breaking import BREAKING
from harness.testing.preserving import PRESERVING
from harness.testing.stories import render_stories, score_stories
from harness.testing.stories import summary as stories_summary
from harness.testing.story import RandomChooser, Story, new_discrepancies, outcome
from harness.testing.synthetic import generate_story
from harness.text.article import Article
from harness.text.attribution import attribute, find_quotes
from harness.text.versions import load_versions

TARGET_RECALL = 0.99
TARGET_FALSE_POSITIVES = 0.01
TARGET_ATTRIBUTION = 0.97


def attribution_accuracy(registry_path: Path, labels_path: Path) -> tuple[int, int, int]:
    """(correct, labelled, unlabelled) over a labelled set of quotes (version, line, column, speaker);
    unlabelled counts quotes the engine found that the set does not hold."""
    registry = load_registry(registry_path)
    labels = yaml.safe_load(labels_path.read_text(encoding="utf-8"))["quotes"]
    engine = Engine(registry)
    versions, _ = load_versions(registry.articles)
    found = {}
    for version in versions:
        article = Article.prepare(version, people=engine.people, reference_date=registry.reference_date)
        for attribution in attribute(article, find_quotes(article), registry.people):
            line, column = article.document.position(attribution.quote.start)
            found[(version.path.name, line, column)] = attribution.speaker
    keys = {(label["version"], label["line"], label["column"]): label["speaker"] for label in labels}
    correct = sum(found.get(key, "not found") == speaker for key, speaker in keys.items())
    return correct, len(labels), len(set(found) - set(keys))


def run(*, registry_path: Path, labels_path: Path, variants: int, generated: int, seed: int) -> dict:
    rng = random.Random(seed)
    choose = RandomChooser(rng)
    registry = load_registry(registry_path)
    engine = Engine(registry)
    versions, _ = load_versions(registry.articles)
    stories = [Story(registry, version, engine) for version in versions] + [generate_story(choose) for _ in range(generated)]
    failures: list[str] = []

    def tally(table: dict, classify) -> dict[str, Counter]:
        tallies: dict[str, Counter] = {}
        for kind, edit_for in table.items():
            counts = tallies.setdefault(kind, Counter())
            for _ in range(variants):
                story = rng.choice(stories)
                edit = edit_for(story, choose)
                if edit is None:
                    continue
                result = classify(story, edit)
                counts[result] += 1
                if result in ("missed", "false positive"):
                    failures.append(f"{kind} {result}: {story.version.name}: {edit.description}")
        return tallies

    breaking = tally(BREAKING, outcome)
    preserving = tally(PRESERVING, lambda story, edit: "false positive" if new_discrepancies(story, edit) else "clean")
    correct, labelled, _ = attribution_accuracy(registry_path, labels_path)
    flagged = sum(t["flagged"] for t in breaking.values())
    tried = sum(sum(t.values()) for t in breaking.values())
    false_positives = sum(t["false positive"] for t in preserving.values())
    transformed = sum(sum(t.values()) for t in preserving.values())
    return {
        "schema_version": 1, "seed": seed, "variants_per_kind": variants, "generated_stories": generated,
        "recall": flagged / tried if tried else 0.0,
        "unclear": sum(t["unclear"] for t in breaking.values()),
        "false_positive_rate": false_positives / transformed if transformed else 0.0,
        "attribution_accuracy": correct / labelled, "attribution_correct": correct, "attribution_labelled": labelled,
        "breaking": {kind: dict(tally) for kind, tally in breaking.items()},
        "preserving": {kind: dict(tally) for kind, tally in preserving.items()},
        "failures": failures,
    }


def render_table(result: dict) -> str:
    lines = [f"{'fact-breaking edit':44} {'tried':>6} {'flagged':>8} {'unclear':>8} {'missed':>7} {'recall':>8}"]
    for kind, tally in result["breaking"].items():
        tried = sum(tally.values())
        lines.append(f"{kind:44} {tried:6} {tally.get('flagged', 0):8} {tally.get('unclear', 0):8} {tally.get('missed', 0):7} "
                     f"{tally.get('flagged', 0) / tried if tried else 0:8.1%}")
    lines += ["", f"{'fact-preserving edit':44} {'tried':>6} {'flagged':>8} {'FP rate':>8}"]
    for kind, tally in result["preserving"].items():
        tried = sum(tally.values())
        lines.append(f"{kind:44} {tried:6} {tally.get('false positive', 0):8} {tally.get('false positive', 0) / tried if tried else 0:8.1%}")
    lines += ["", f"recall {result['recall']:.2%} (target ≥ {TARGET_RECALL:.0%}), false positives {result['false_positive_rate']:.2%} "
              f"(target ≤ {TARGET_FALSE_POSITIVES:.0%}), attribution {result['attribution_correct']}/{result['attribution_labelled']} = "
              f"{result['attribution_accuracy']:.1%} (target ≥ {TARGET_ATTRIBUTION:.0%})"]
    lines += [f"  not caught: {failure}" for failure in result["failures"][:20]]
    return "\n".join(lines)


def meets_targets(result: dict) -> bool:
    return (result["recall"] >= TARGET_RECALL and result["false_positive_rate"] <= TARGET_FALSE_POSITIVES
            and result["attribution_accuracy"] >= TARGET_ATTRIBUTION)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harness.benchmark", description=__doc__.splitlines()[0])
    parser.add_argument("--registry", type=Path, default=Path("facts/geneva-talks.yaml"))
    parser.add_argument("--labels", type=Path, default=Path("tests/data/attribution.yaml"), help="labelled quotes for attribution accuracy")
    parser.add_argument("--variants", type=int, default=200, help="edits tried per edit kind")
    parser.add_argument("--generated", type=int, default=50, help="synthetic stories beside the registry's versions")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--stories", type=Path, metavar="DIR", help="score the real stories in DIR against their truth files instead")
    parser.add_argument("--attribution", type=Path, metavar="DIR", help="score speakers on the labelled articles in DIR instead")
    parser.add_argument("--compare", type=Path, metavar="DIR", help="score `wirefacts compare` and `wirefacts draft` on the real stories in DIR")
    parser.add_argument("--min-recovered", type=float, default=0.80, help="--compare: share of hand-written facts the draft holds (default 0.80)")
    parser.add_argument("--max-unmatched", type=float, default=0.10,
                        help="--compare: share of drafted facts no hand-written fact matches (default 0.10)")
    parser.add_argument("--scale", metavar="SIZES", help="time generated corpora instead: comma-separated VERSIONSxFACTS, e.g. 1000x100")
    parser.add_argument("--adversarial", metavar="SIZES", help="time adversarial articles instead: comma-separated sizes in characters")
    parser.add_argument("--workdir", type=Path, help="with --scale, keep the corpora here (default: a temporary folder)")
    parser.add_argument("--details", action="store_true", help="with --stories or --attribution, list every error")
    parser.add_argument("--min-precision", type=float, default=0.95, help="--stories threshold (default 0.95)")
    parser.add_argument("--min-recall", type=float, default=0.95, help="--stories threshold (default 0.95)")
    parser.add_argument("--min-accuracy", type=float, default=0.95, help="--attribution threshold overall (default 0.95)")
    parser.add_argument("--min-class-accuracy", type=float, default=0.90,
                        help="--attribution threshold in every cue class of 20 quotes or more (default 0.90)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--check", action="store_true", help="exit 1 when a threshold is missed")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.stories:
        scores = score_stories(args.stories)
        result, table = stories_summary(scores), render_stories(scores, details=args.details)
        passed = result["precision"] >= args.min_precision and result["recall"] >= args.min_recall
        limits = f"precision ≥ {args.min_precision:.0%} and recall ≥ {args.min_recall:.0%}"
    elif args.compare:
        scores = comparison.score_stories(args.compare)
        result, table = comparison.summary(scores), comparison.render(scores, details=args.details)
        passed = (result["compare_precision"] >= args.min_precision and result["compare_recall"] >= args.min_recall
                  and result["draft_recovered"] >= args.min_recovered and result["draft_unmatched"] <= args.max_unmatched)
        limits = (f"compare precision ≥ {args.min_precision:.0%} and recall ≥ {args.min_recall:.0%}; draft recovers ≥ "
                  f"{args.min_recovered:.0%} with ≤ {args.max_unmatched:.0%} unmatched")
    elif args.scale:
        sizes = [tuple(int(n) for n in size.lower().split("x")) for size in args.scale.split(",")]
        with tempfile.TemporaryDirectory() as temporary:
            rows = scale.run(sizes, seed=args.seed, registry_path=args.registry, workdir=args.workdir or Path(temporary))
        result, table, passed, limits = {"rows": rows}, scale.render(rows), True, f"seed {args.seed}; no timing targets are checked"
    elif args.adversarial:
        rows = adversarial.run([int(size) for size in args.adversarial.split(",")], registry_path=args.registry)
        result, table, passed, limits = {"rows": rows}, adversarial.render(rows), True, "no timing targets are checked"
    elif args.attribution:
        score = score_set(args.attribution)
        result, table = attribution_summary(score), render_attribution(score, details=args.details)
        small = [cue for cue, counts in result["by_cue"].items() if counts["quotes"] >= 20 and counts["accuracy"] < args.min_class_accuracy]
        passed = result["accuracy"] >= args.min_accuracy and not small
        limits = f"accuracy ≥ {args.min_accuracy:.0%}, and ≥ {args.min_class_accuracy:.0%} in every cue class of 20 quotes or more"
    else:
        result = run(registry_path=args.registry, labels_path=args.labels, variants=args.variants, generated=args.generated, seed=args.seed)
        table, passed = render_table(result), meets_targets(result)
        limits = f"{args.variants} variants per kind, {args.generated} generated stories, seed {args.seed}"
    result["seconds"] = round(time.perf_counter() - started, 2)
    print(table)
    print(f"({result['seconds']} s; {limits}{'' if passed else ': MISSED'})")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 1 if args.check and not passed else 0


if __name__ == "__main__":
    sys.exit(main())
