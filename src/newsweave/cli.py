"""The command line: `newsweave analyze PATH... -o DIR` and `newsweave schema`.

Conventions of the tools our users know: subcommands, a progress bar on stderr for long
runs (only on a terminal), one summary line on success, `--json` for machine output on
stdout, and an exit status that is non-zero only when nothing could be read (1), the
arguments are wrong (2), or the output cannot be written (3).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsweave import __version__
from newsweave.model import Dossier
from newsweave.pipeline import Options, analyze
from newsweave.read import DEFAULT_MAX_BYTES
from newsweave.render import json as render_json
from newsweave.render.report import write_reports
from newsweave.schema import json_schema
from newsweave.synthesize.embed import DEFAULT_RUNTIME, RUNTIMES

EXIT_NOTHING_READ = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    return args.run(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsweave",
        description="Turn a pile of news reports about the same events into an audited, cited account.",
    )
    parser.add_argument("--version", action="version", version=f"newsweave {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "analyze",
        help="read, clean, relate and annotate reports; write dossier.json, report.md and report.html",
        description=(
            "Read every report under PATH (plain text, HTML, JSON/JSONL, WARC, RSS/Atom; folders recursively), "
            "remove page junk and repair encoding damage (recording both), find copies, and annotate "
            "entities, quotes, attribution and dates. Inputs that cannot be read are listed with their reason "
            "and the run goes on."
        ),
    )
    run.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of reports")
    run.add_argument("-o", "--output", required=True, type=Path, metavar="DIR", help="folder for the dossier and reports")
    run.add_argument("--json", action="store_true", help="print a machine-readable summary on stdout")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    run.add_argument("-j", "--workers", type=int, default=1, metavar="N", help="worker processes for per-document stages")
    run.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
        help=f"skip input files larger than N bytes (default {DEFAULT_MAX_BYTES:,})",
    )
    run.add_argument(
        "--field-map", action="append", default=[], metavar="OURS=THEIRS",
        help="for JSON/JSONL input, read our field OURS (title, text, published, updated, author, source, url, "
        "language) from the key THEIRS; repeatable. Without it the keys of news-please, trafilatura and "
        "Common Crawl news exports are recognised",
    )
    run.add_argument("--words", type=int, default=120, metavar="N", help="word budget of the brief (default 120)")
    run.add_argument("--focus", metavar="QUESTION", help="bend the brief toward this question")
    run.add_argument("--embedder", choices=RUNTIMES, default=DEFAULT_RUNTIME,
                     help="runtime of the all-MiniLM-L6-v2 sentence embeddings: the int8 ONNX export (default, "
                     "faster, no torch) or the original weights on torch")
    run.add_argument("--no-annotate", action="store_true",
                     help="stop after reading, cleaning and finding copies (no entities, quotes, claims or brief)")
    run.set_defaults(run=_analyze)

    schema = commands.add_parser("schema", help="print the JSON Schema of dossier.json")
    schema.set_defaults(run=lambda args: print(json.dumps(json_schema(), indent=1)) or 0)
    return parser


def _analyze(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not Path(p).exists()]
    for path in missing:
        print(f"newsweave: {path}: no such file or folder", file=sys.stderr)
    progress = _ProgressBars() if not args.quiet and sys.stderr.isatty() else None
    try:
        field_map = dict(_pair(item) for item in args.field_map) or None
        options = Options(max_bytes=args.max_bytes, field_map=field_map, workers=args.workers,
                          annotate=not args.no_annotate, brief_words=args.words, focus=args.focus, embedder=args.embedder,
                          progress=progress)
        dossier = analyze([p for p in args.paths if Path(p).exists()], options)
    except ValueError as error:  # a bad --field-map is the user's to fix, before anything is read
        print(f"newsweave: {error}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if progress:
            progress.close()
    try:
        args.output.mkdir(parents=True, exist_ok=True)
        render_json.write(dossier, args.output / "dossier.json")
        write_reports(dossier, args.output)
    except OSError as error:
        print(f"newsweave: cannot write to {args.output}: {error.strerror or error}", file=sys.stderr)
        return EXIT_OUTPUT
    summary = _summary(dossier, args.output, missing)
    if args.json:
        print(json.dumps(summary, indent=1))
    elif not args.quiet:
        print(_summary_line(summary), file=sys.stderr)
    return 0 if dossier.documents else EXIT_NOTHING_READ


def _pair(item: str) -> tuple[str, str]:
    ours, sep, theirs = item.partition("=")
    if not sep or not ours or not theirs:
        raise ValueError(f"--field-map wants OURS=THEIRS, got {item!r}")
    return ours.strip(), theirs.strip()


def _summary(dossier: Dossier, out: Path, missing: list[str]) -> dict:
    return {
        "documents": len(dossier.documents),
        "skipped": [{"path": s.path, "reason": s.reason, "detail": s.detail} for s in dossier.skipped]
        + [{"path": p, "reason": "missing", "detail": "no such file or folder"} for p in missing],
        "removed_lines": sum(len(d.removed) for d in dossier.documents),
        "repaired_documents": sum(1 for d in dossier.documents if d.repairs),
        "relations": len(dossier.relations),
        "entities": len(dossier.entities),
        "quotes": len(dossier.quotes),
        "claims": len(dossier.claims),
        "brief_sentences": len(dossier.brief),
        "seconds": dossier.run.seconds,
        "output": {name: str(out / name) for name in ("dossier.json", "report.html", "report.md")},
    }


def _summary_line(s: dict) -> str:
    skipped = ", ".join(f"{x['path']}: {x['reason']}" for x in s["skipped"])
    return (
        f"newsweave: {s['documents']} documents, {s['removed_lines']} junk lines removed, "
        f"{s['relations']} copy relations, {s['entities']} entities, {s['quotes']} quotes, {s['claims']} claims"
        + (f"; skipped {len(s['skipped'])} ({skipped})" if s["skipped"] else "")
        + f" -> {s['output']['report.html']} ({s['seconds']:.1f}s)"
    )


class _ProgressBars:
    """One tqdm bar per stage on stderr, created when the stage first reports."""

    def __init__(self) -> None:
        self._bars: dict = {}

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        from tqdm import tqdm

        bar = self._bars.get(stage)
        if bar is None:
            bar = self._bars[stage] = tqdm(total=total, desc=stage, unit="doc", file=sys.stderr, leave=False)
        bar.update(done - bar.n)

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()
