"""Speaker attribution against the hand-labelled quotes of the seed story."""

from pathlib import Path

from harness.testing.benchmark import TARGET_ATTRIBUTION, attribution_accuracy
from tests.conftest import SEED_REGISTRY

LABELS = Path(__file__).resolve().parents[1] / "data" / "attribution.yaml"


def test_attribution_accuracy_on_the_labelled_seed_quotes(capsys):
    correct, labelled, unlabelled = attribution_accuracy(SEED_REGISTRY, LABELS)
    with capsys.disabled():
        print(f"\nattribution: {correct}/{labelled} quotes = {correct / labelled:.1%}")
    assert labelled == 58 and unlabelled == 0
    assert correct / labelled >= TARGET_ATTRIBUTION
