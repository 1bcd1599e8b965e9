"""Agreement metrics against hand-computed values."""

from __future__ import annotations

import pytest

from analyzer.evaluation import PointScore, quadratic_weighted_kappa


def test_point_scores() -> None:
    score = PointScore("p", tp=3, fp=1, fn=2, tn=4)
    assert score.precision == 0.75
    assert score.recall == 0.6
    assert score.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_kappa_perfect_and_chance() -> None:
    assert quadratic_weighted_kappa([(0, 0), (1, 1), (2, 2)], 2) == 1.0
    # Systematic reversal on a 0..2 scale is worse than chance.
    assert quadratic_weighted_kappa([(0, 2), (1, 1), (2, 0)], 2) < 0


def test_kappa_known_value() -> None:
    # One disagreement, off by one on a 0..3 scale: observed 1/9, expected 8/9 -> 1 - 1/8.
    pairs = [(0, 0), (1, 1), (2, 2), (3, 2)]
    assert quadratic_weighted_kappa(pairs, 3) == pytest.approx(0.875)
