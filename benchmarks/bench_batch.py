"""Benchmark `batch`: essays per second, peak memory, and the analyzer's overhead over spaCy.

Builds a corpus of N varied essays (sentences from samples/ recombined into essays of
about 300 words), marks it with analyzer.batch.run_batch including every output, then times
a bare nlp.pipe pass and analyze_many over the same texts.

    .venv/bin/python benchmarks/bench_batch.py                 # 2,000 essays, one process
    .venv/bin/python benchmarks/bench_batch.py -n 10000        # is memory flat?
    .venv/bin/python benchmarks/bench_batch.py --crossover     # where does --jobs 2 pay?

Not a test: it prints figures and exits 0.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TARGETS = {"essays_per_second": 300, "overhead": 2.0}


def sentences(samples: Path = SAMPLES) -> list[str]:
    """Every sentence (or note-form line) of the sample essays."""
    found: list[str] = []
    for path in sorted(samples.rglob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            found += [s.strip() for s in re.split(r"(?<=[.!?])\s+", line) if len(s.split()) >= 3]
    if not found:
        raise SystemExit(f"no sample essays (*.txt) found under {samples}")
    return found


def essay(pool: list[str], rng: random.Random, words: int) -> str:
    """One essay of about `words` words: shuffled sentences in paragraphs of 2-5."""
    target = rng.randint(int(words * 0.7), int(words * 1.3))
    chosen: list[str] = []
    while sum(len(s.split()) for s in chosen) < target:
        chosen.append(rng.choice(pool))
    paragraphs: list[str] = []
    while chosen:
        size = rng.randint(2, 5)
        paragraphs.append(" ".join(chosen[:size]))
        chosen = chosen[size:]
    return "\n\n".join(paragraphs) + "\n"


def build_corpus(folder: Path, n: int, words: int, seed: int, samples: Path = SAMPLES) -> int:
    """Write n essays to folder (as class-0/000001.txt ...); return the total word count."""
    rng = random.Random(seed)
    pool = sentences(samples)
    total = 0
    for i in range(n):
        text = essay(pool, rng, words)
        total += len(text.split())
        path = folder / f"class-{i % 5}" / f"{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return total


def peak_mb() -> float:
    """Peak resident memory of this process so far (ru_maxrss is KB on Linux)."""
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def children_peak_mb() -> float:
    """Peak resident memory of the largest finished worker process."""
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale / 2**20


def timed(run: Callable[[], object], repeat: int = 1) -> float:
    """The best wall time of `repeat` runs."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def batch_once(corpus: Path, out: Path, jobs: int) -> float:
    """Seconds for one whole batch run (read, analyse, write all three outputs)."""
    from analyzer import build_pipeline, load_rubric
    from analyzer.batch import run_batch
    from analyzer.sources import open_source

    nlp, rubric = build_pipeline(), load_rubric()
    start = time.perf_counter()
    run_batch(open_source(str(corpus)).items, rubric, nlp, out, force=True, jobs=jobs)
    return time.perf_counter() - start


def main() -> None:
    """Parse options, build the corpus, run the measurements, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=2000, help="essays in the corpus")
    parser.add_argument("--words", type=int, default=300, help="mean words per essay")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each pipeline timing")
    parser.add_argument("--crossover", action="store_true", help="time --jobs 1 against 2")
    parser.add_argument("--samples", type=Path, default=SAMPLES, help="essays to recombine")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "essays", Path(tmp) / "out"
        words = build_corpus(corpus, args.n, args.words, args.seed, args.samples)
        print(f"corpus: {args.n:,} essays, {words / args.n:.0f} words on average")
        if args.crossover:
            crossover(corpus, out)
            return
        start = time.perf_counter()
        from analyzer import analyze, build_pipeline, load_rubric

        nlp, rubric = build_pipeline(), load_rubric()
        analyze("Warm up the rubric cache.", rubric, nlp)
        print(f"load: {time.perf_counter() - start:.2f} s (import, pipeline, rubric)")
        before = peak_mb()
        seconds = batch_once(corpus, out, args.jobs)
        rate = args.n / seconds
        peak = max(peak_mb(), children_peak_mb())
        sizes = ", ".join(f"{p.name} {p.stat().st_size / 2**20:.1f} MB" for p in out.iterdir())
        print(
            f"batch (--jobs {args.jobs}): {seconds:.2f} s, {rate:,.0f} essays/s, "
            f"{words / seconds:,.0f} words/s"
        )
        print(f"peak memory: {peak:.0f} MB ({peak - before:+.0f} MB over the loaded pipeline)")
        print(f"outputs: {sizes}")
        overhead(corpus, nlp, rubric, args.repeat)
        verdict = "meets" if rate >= TARGETS["essays_per_second"] else "misses"
        print(f"target {TARGETS['essays_per_second']} essays/s on one core: {verdict}")


def overhead(corpus: Path, nlp: object, rubric: object, repeat: int) -> None:
    """Print the analyzer's time over a bare pass of the same pipeline, same texts."""
    from analyzer import analyze_many

    paths = sorted(corpus.rglob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    pairs = [(p.stem, t) for p, t in zip(paths, texts, strict=True)]
    bare = timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=64)), repeat)  # type: ignore[attr-defined]
    analyzer = timed(lambda: sum(1 for _ in analyze_many(pairs, rubric, nlp)), repeat)  # type: ignore[arg-type]
    ratio = analyzer / bare
    verdict = "meets" if ratio <= TARGETS["overhead"] else "misses"
    print(
        f"bare nlp.pipe: {bare:.2f} s ({len(texts) / bare:,.0f} essays/s); "
        f"analyze_many: {analyzer:.2f} s ({len(texts) / analyzer:,.0f} essays/s)"
    )
    print(f"overhead: {ratio:.1f}x the bare pipeline (target <= {TARGETS['overhead']}x: {verdict})")
    print(
        f"  of which the analyzer's own work (all but the pipeline pass): "
        f"{(analyzer - bare) / bare:.1f}x the bare pass"
    )


def crossover(corpus: Path, out: Path) -> None:
    """Time --jobs 1 and 2 on growing prefixes of the corpus; print where 2 starts to win."""
    paths = sorted(corpus.rglob("*.txt"))
    print(f"{'essays':>7} {'jobs 1':>8} {'jobs 2':>8}  speed-up")
    for n in (25, 50, 100, 200, 500, 1000, 2000, 5000):
        if n > len(paths):
            break
        part = out.parent / f"part-{n}"
        for p in paths[:n]:
            target = part / p.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(p.read_bytes())
        one = min(batch_once(part, out, 1) for _ in range(2))
        two = min(batch_once(part, out, 2) for _ in range(2))
        print(f"{n:>7,} {one:>7.2f}s {two:>7.2f}s  {one / two:.2f}x")


if __name__ == "__main__":
    main()
