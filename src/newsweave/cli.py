"""The command line: `newsweave analyze PATH... -o DIR`, `config`, `export`, `schema` and the store's commands.

Conventions of the tools our users know: subcommands, a progress bar on stderr for long
runs (only on a terminal), one summary line on success, `--json` for machine output on
stdout, and an exit status that is non-zero only when nothing could be read (1), the
arguments are wrong (2), the output cannot be written (3: also when the folder holds files no
newsweave run recorded writing, see newsweave.output), or part of the run failed (4: a
whole-story stage in the dossier's run.failed, or a report that could not be drawn; everything
that did not fail is written).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from pathlib import Path

from newsweave import __version__, output, settings
from newsweave.model import Corpus, Dossier, OutletProfiles
from newsweave.pipeline import Options, analysable, analyze_corpus
from newsweave.render import json as render_json
from newsweave.render.index import DOSSIER, LAYOUT, STORY_FILES, corpus_files, write_corpus
from newsweave.render.report import write_reports
from newsweave.schema import json_schema
from newsweave.synthesize.embed import DEFAULT_RUNTIME, RUNTIMES

EXIT_NOTHING_READ = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3
EXIT_PARTIAL = 4


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:  # `newsweave stories --db F | head`: the reader left early, which is no error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit's flush
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsweave",
        description="Turn a pile of news reports about the same events into an audited, cited account.",
    )
    parser.add_argument("--version", action="version", version=f"newsweave {__version__}")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "analyze",
        help="read, clean, relate and annotate reports; write a dossier and reports per story",
        description=(
            "Read every report under PATH (plain text, HTML, JSON/JSONL, WARC, RSS/Atom, LDC/TREC SGML; folders recursively), "
            "remove page junk and repair encoding damage (recording both), find copies, file the reports under "
            "stories, and annotate each story: entities, quotes, attribution, dates, claims, brief. One story: "
            "DIR/dossier.json, report.html and report.md; several: DIR/index.json and index.html, and each "
            "story's dossier and reports under DIR/stories/STORY/. DIR/newsweave-manifest.json lists the files "
            "written; the next run into DIR removes them first, so DIR never mixes two runs, and files of yours "
            "are left alone. Reports in other languages than English are kept and flagged, not annotated. Inputs "
            "that cannot be read are listed with their reason and the run goes on."
        ),
    )
    run.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of reports")
    run.add_argument("-o", "--output", required=True, type=Path, metavar="DIR", help="folder for the dossier and reports")
    _overwrite_argument(run)
    run.add_argument("--json", action="store_true", help="print a machine-readable summary on stdout")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    run.add_argument("-j", "--workers", type=int, default=1, metavar="N", help="worker processes for per-document stages")
    _read_arguments(run)
    run.add_argument("--words", type=int, metavar="N",
                     help=f"word budget of the brief (default: [brief] words, {settings.DEFAULTS.brief.words})")
    _config_argument(run)
    run.add_argument("--focus", metavar="QUESTION", help="bend the brief toward this question")
    run.add_argument("--embedder", choices=RUNTIMES, default=DEFAULT_RUNTIME,
                     help="runtime of the all-MiniLM-L6-v2 sentence embeddings: the int8 ONNX export (default, "
                     "faster, no torch) or the original weights on torch")
    run.add_argument("--no-annotate", action="store_true",
                     help="stop after reading, cleaning, finding copies and filing the reports under stories "
                     "(no entities, quotes, claims or brief)")
    _outlets_argument(run)
    run.set_defaults(run=_analyze)

    config = commands.add_parser(
        "config", help="print the settings in force (the defaults, with a --config file's overrides)",
        description="Print every tuned threshold, weight and limit in force as TOML (a file `--config` reads back).",
    )
    _config_argument(config)
    config.add_argument("--json", action="store_true", help="print them as JSON")
    config.set_defaults(run=_config)

    export = commands.add_parser(
        "export", help="write a dossier's claims, quotes, entities, documents and removed lines as tables",
        description=(
            "Turn DOSSIER (a dossier.json) into one table per kind of record, linked by ids: documents, "
            "removed_lines, relations, claims (with support counts), claim_members, denials, quotes, entities, "
            "entity_mentions, outlet_profiles. CSV and JSONL need nothing more; Parquet needs newsweave[parquet]. "
            "The columns are listed in docs/export.md."
        ),
    )
    export.add_argument("dossier", type=Path, metavar="DOSSIER", help="a dossier.json written by `newsweave analyze`")
    export.add_argument("--format", required=True, choices=("csv", "jsonl", "parquet"),
                        help="csv (one header row, empty cell for null), jsonl (one JSON object a line) or parquet")
    export.add_argument("--to", required=True, type=Path, metavar="DIR",
                        help="folder for the tables (created if missing; the previous export there is replaced)")
    _overwrite_argument(export)
    export.set_defaults(run=_export)

    _store_commands(commands)
    _serve_command(commands)

    schema = commands.add_parser("schema", help="print the JSON Schema of dossier.json")
    schema.set_defaults(run=lambda args: print(json.dumps(json_schema(), indent=1)) or 0)
    return parser


def _overwrite_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--overwrite", action="store_true",
                        help="write even when DIR holds files of newsweave's names that no run recorded writing "
                        "(an older run's, or yours): those the run writes are replaced, the others left as they are")


def _outlets_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--outlets", type=Path, metavar="FILE",
                        help="a CSV of outlet profiles: outlet or domain, owner, country, your rating, notes "
                        "(docs/outlets.md); outlets with one owner count as one independent source, and the "
                        "reports show each source's profile")


def _outlet_profiles(path: Path | None) -> OutletProfiles | None:
    """The profiles of `--outlets FILE`, each row not used told on stderr; None without the flag.
    Raises ValueError, a usage error, when the file cannot be used at all."""
    if path is None:
        return None
    from newsweave.profiles import ProfilesError, read_profiles

    try:
        outlets = read_profiles(path)
    except OSError as error:
        raise ValueError(f"{path}: cannot read: {error.strerror or error}") from None
    except ProfilesError as error:
        raise ValueError(f"{path}: {error}") from None
    for row in outlets.rejected:
        print(f"newsweave: {path}, line {row.line}: {row.reason}; row not used", file=sys.stderr)
    return outlets


def _read_arguments(parser: argparse.ArgumentParser) -> None:
    """How inputs are read: the options `analyze` and `ingest` share (`_field_map` parses the second)."""
    parser.add_argument(
        "--max-bytes", type=int, metavar="N",
        help=f"skip input files larger than N bytes (default: [read] max_bytes, {settings.DEFAULTS.read.max_bytes:,})",
    )
    parser.add_argument(
        "--field-map", action="append", default=[], metavar="OURS=THEIRS",
        help="for JSON/JSONL input, read our field OURS (title, text, published, updated, author, source, url, "
        "language) from the key THEIRS; repeatable. Without it the keys of news-please, trafilatura and "
        "Common Crawl news exports are recognised",
    )


def _field_map(args: argparse.Namespace) -> dict[str, str] | None:
    """`--field-map OURS=THEIRS ...` as a mapping (None when not given); ValueError names a malformed pair or
    a field of ours that does not exist, before anything is read."""
    from newsweave.read.jsonl import field_keys

    field_map = dict(_pair(item) for item in args.field_map) or None
    field_keys(field_map)
    return field_map


def _config_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="a TOML file of settings overriding the defaults, e.g. `[brief] words = 200` "
                        "(`newsweave config` prints them all)")


def _settings(args: argparse.Namespace) -> settings.Settings | None:
    """The settings of `--config`, or None after printing why they cannot be used."""
    if args.config is None:
        return settings.DEFAULTS
    try:
        return settings.load(args.config)
    except OSError as error:
        print(f"newsweave: {args.config}: cannot read: {error.strerror or error}", file=sys.stderr)
    except settings.SettingsError as error:
        print(f"newsweave: {args.config}: {error}", file=sys.stderr)
    return None


def _config(args: argparse.Namespace) -> int:
    in_force = _settings(args)
    if in_force is None:
        return EXIT_USAGE
    sys.stdout.write(json.dumps(settings.as_dict(in_force), indent=1) + "\n" if args.json else settings.to_toml(in_force))
    return 0


def _export(args: argparse.Namespace) -> int:
    from newsweave.export import ExportError, export

    try:
        dossier = render_json.read(args.dossier)
    except OSError as error:
        print(f"newsweave: {args.dossier}: cannot read: {error.strerror or error}", file=sys.stderr)
        return EXIT_NOTHING_READ
    except (ValueError, TypeError, AttributeError, KeyError):  # not JSON, or JSON of another shape
        print(f"newsweave: {args.dossier}: not a newsweave dossier.json", file=sys.stderr)
        return EXIT_NOTHING_READ
    if not isinstance(dossier, Dossier) or not str(dossier.schema).startswith("newsweave-dossier/"):
        print(f"newsweave: {args.dossier}: not a newsweave dossier.json", file=sys.stderr)
        return EXIT_NOTHING_READ
    try:
        export(dossier, args.format, args.to, overwrite=args.overwrite)
    except ExportError as error:
        print(f"newsweave: {error}", file=sys.stderr)
        return EXIT_USAGE
    except output.OutputRefused as error:
        print(f"newsweave: {error}", file=sys.stderr)
        return EXIT_OUTPUT
    except OSError as error:
        print(f"newsweave: cannot write to {args.to}: {error.strerror or error}", file=sys.stderr)
        return EXIT_OUTPUT
    return 0


def _analyze(args: argparse.Namespace) -> int:
    in_force = _settings(args)
    if in_force is None:
        return EXIT_USAGE
    try:  # before the analysis, which may take minutes; the writing checks again
        output.check(args.output, LAYOUT, args.overwrite)
    except output.OutputRefused as error:
        print(f"newsweave: {error}", file=sys.stderr)
        return EXIT_OUTPUT
    missing = [p for p in args.paths if not Path(p).exists()]
    for path in missing:
        print(f"newsweave: {path}: no such file or folder", file=sys.stderr)
    progress = _ProgressBars() if not args.quiet and sys.stderr.isatty() else None
    try:
        options = Options(max_bytes=args.max_bytes, field_map=_field_map(args), workers=args.workers,
                          annotate=not args.no_annotate, brief_words=args.words, focus=args.focus, embedder=args.embedder,
                          progress=progress, settings=in_force, outlets=_outlet_profiles(args.outlets))
        corpus = analyze_corpus([p for p in args.paths if Path(p).exists()], options)
    except ValueError as error:  # a bad --field-map or --outlets is the user's to fix, before anything is read
        print(f"newsweave: {error}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if progress:
            progress.close()
    several = len(corpus.stories) > 1
    try:
        pending = output.begin(args.output, LAYOUT, corpus_files(corpus) if several else list(STORY_FILES),
                               args.overwrite)
        if several:  # index.json and index.html, each story's dossier and reports in its own folder
            unrendered = write_corpus(corpus, args.output)
            failed = {**corpus.run.failed, **{f"{stage} of story {story.id}": why for story in corpus.stories
                                              for stage, why in story.dossier.run.failed.items()}}
        else:  # one story: the layout of one dossier
            dossier = corpus.dossier()
            render_json.write(dossier, args.output / DOSSIER)  # first: a report that fails keeps it
            _, unrendered = write_reports(dossier, args.output)
            failed = dossier.run.failed
        written = output.finish(args.output, pending)
    except output.OutputRefused as error:
        print(f"newsweave: {error}", file=sys.stderr)
        return EXIT_OUTPUT
    except OSError as error:
        print(f"newsweave: cannot write to {args.output}: {error.strerror or error}", file=sys.stderr)
        return EXIT_OUTPUT
    for stage, why in failed.items():
        print(f"newsweave: stage {stage} failed ({why}); its records are empty, the rest is kept", file=sys.stderr)
    for name, why in unrendered.items():
        print(f"newsweave: {args.output / name} could not be drawn ({why}); the dossiers are complete", file=sys.stderr)
    summary = _summary(corpus, args.output, missing, [*written.files, output.MANIFEST])
    if args.json:
        print(json.dumps(summary, indent=1))
    elif not args.quiet:
        print(_summary_line(summary), file=sys.stderr)
    if not corpus.documents:
        return EXIT_NOTHING_READ
    return EXIT_PARTIAL if failed or unrendered else 0


def _pair(item: str) -> tuple[str, str]:
    ours, sep, theirs = item.partition("=")
    if not sep or not ours or not theirs:
        raise ValueError(f"--field-map wants OURS=THEIRS, got {item!r}")
    return ours.strip(), theirs.strip()


def _summary(corpus: Corpus, out: Path, missing: list[str], written: list[str]) -> dict:
    """The run in numbers; `output` maps each file written (the manifest's, and the manifest) to its path."""
    dossiers = [story.dossier for story in corpus.stories]
    return {
        "documents": len(corpus.documents),
        "stories": len(corpus.stories),
        "other_language": sum(1 for d in corpus.documents if not analysable(d)),  # kept, not annotated
        "skipped": [{"path": s.path, "reason": s.reason, "detail": s.detail} for s in corpus.skipped]
        + [{"path": p, "reason": "missing", "detail": "no such file or folder"} for p in missing],
        "removed_lines": sum(len(d.removed) for d in corpus.documents),
        "repaired_documents": sum(1 for d in corpus.documents if d.repairs),
        "relations": len(corpus.relations),
        "entities": sum(len(d.entities) for d in dossiers),
        "quotes": sum(len(d.quotes) for d in dossiers),
        "claims": sum(len(d.claims) for d in dossiers),
        "brief_sentences": sum(len(d.brief) for d in dossiers),
        "seconds": corpus.run.seconds,
        "output": {name: str(out / name) for name in written},
    }


def _summary_line(s: dict) -> str:
    skipped = ", ".join(f"{x['path']}: {x['reason']}" for x in s["skipped"])
    page = next(s["output"][name] for name in ("report.html", "index.html", "report.md", "index.json", "dossier.json")
                if name in s["output"])
    return (
        f"newsweave: {s['documents']} documents in {s['stories']} stor{'y' if s['stories'] == 1 else 'ies'}"
        + (f" ({s['other_language']} not in English: kept, not annotated)" if s["other_language"] else "")
        + f", {s['removed_lines']} junk lines removed, "
        f"{s['relations']} copy relations, {s['entities']} entities, {s['quotes']} quotes, {s['claims']} claims"
        + (f"; skipped {len(s['skipped'])} ({skipped})" if s["skipped"] else "")
        + f" -> {page} ({s['seconds']:.1f}s)"
    )


class _ProgressBars:
    """One tqdm bar per stage on stderr, created when the stage first reports."""

    def __init__(self) -> None:
        self._bars: dict = {}

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        from tqdm import tqdm

        bar = self._bars.get(stage)
        if bar is None:
            bar = self._bars[stage] = tqdm(total=total, desc=stage, unit="story" if stage == "stories" else "doc",
                                           file=sys.stderr, leave=False)
        bar.update(done - bar.n)

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()


# The store: `ingest` writes it, `stories`, `show` and `updates` read it (store.py, ingest.py).


def _store_commands(commands: argparse._SubParsersAction) -> None:
    ingest = commands.add_parser(
        "ingest", help="add reports to a story store (SQLite): clean, cluster into stories, keep dossiers current",
        description=(
            "Read every report under PATH, clean it, put it in a story (online clustering) and store it in the "
            "SQLite file --db; then recompute the dossiers of the stories that changed. The same article is "
            "stored once, however often it is given; an interrupted ingest rerun on the same inputs goes on where "
            "it stopped. Inputs that cannot be read are listed with their reason."
        ),
    )
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of reports")
    _db_argument(ingest)
    ingest.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="where the per-document stages (clean, annotate) run: this machine's processes (default) "
                        "or a Dask cluster (needs newsweave[dask])")
    ingest.add_argument("--scheduler", metavar="ADDRESS",
                        help="with --engine dask: the scheduler of an existing cluster, e.g. tcp://10.0.0.5:8786 "
                        "(default: a local cluster of -j workers)")
    ingest.add_argument("-j", "--workers", type=int, default=1, metavar="N",
                        help="worker processes (local engine) or local Dask workers")
    ingest.add_argument("--no-annotate", action="store_true",
                        help="dossiers without entities, quotes, claims or brief (reading, cleaning, copies only)")
    _read_arguments(ingest)
    _config_argument(ingest)
    _outlets_argument(ingest)
    ingest.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    ingest.add_argument("--json", action="store_true", help="print a machine-readable summary on stdout")
    ingest.set_defaults(run=_ingest)

    stories = commands.add_parser("stories", help="list the stories of a store with their documents",
                                  description="The stories of the store, in order of their first document.")
    _db_argument(stories)
    stories.add_argument("--json", action="store_true",
                         help='a list of {"id", "title", "documents": [{"id", "url", "path", "title", "published", '
                         '"ingested", "language"}, ...]}')
    stories.set_defaults(run=_stories)

    show = commands.add_parser("show", help="print one story's dossier",
                               description="One story's dossier: the Markdown report, or with --json dossier.json.")
    show.add_argument("story", metavar="STORY", help="a story id, as `newsweave stories` lists them")
    _db_argument(show)
    show.add_argument("--json", action="store_true", help="print the dossier.json content")
    show.set_defaults(run=_show)

    updates = commands.add_parser(
        "updates", help="what arrived in each story after a given time",
        description="Per story, the documents ingested after TIME and the claims, denials and dated events "
        "of its dossier that rest on them.",
    )
    _db_argument(updates)
    updates.add_argument("--since", required=True, metavar="TIME",
                         help="an ISO 8601 time, e.g. 2026-12-04T09:00 (UTC unless it names a zone)")
    updates.add_argument("--json", action="store_true",
                         help='a list of {"story", "documents", "claims", "denials", "dates"}')
    updates.set_defaults(run=_updates)


def _db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, type=Path, metavar="FILE", help="the SQLite story store")


def _ingest(args: argparse.Namespace) -> int:
    from contextlib import ExitStack

    from newsweave.ingest import ingest
    from newsweave.store import IngestConflict, Store

    in_force = _settings(args)
    if in_force is None:
        return EXIT_USAGE
    if args.scheduler and args.engine != "dask":
        print("newsweave: --scheduler goes with --engine dask", file=sys.stderr)
        return EXIT_USAGE
    try:
        field_map, outlets = _field_map(args), _outlet_profiles(args.outlets)
    except ValueError as error:  # before anything is read or opened
        print(f"newsweave: {error}", file=sys.stderr)
        return EXIT_USAGE
    missing = [p for p in args.paths if not Path(p).exists()]
    for path in missing:
        print(f"newsweave: {path}: no such file or folder", file=sys.stderr)
    progress = _ProgressBars() if not args.quiet and sys.stderr.isatty() else None
    with ExitStack() as stack:
        engine = None
        if args.engine == "dask":
            from newsweave.engine.dask import DaskEngine, DaskMissing

            try:
                engine = stack.enter_context(DaskEngine(args.scheduler, workers=args.workers))
            except DaskMissing as error:
                print(f"newsweave: {error}", file=sys.stderr)
                return EXIT_USAGE
            except OSError as error:  # no scheduler there, or it did not answer in time
                print(f"newsweave: cannot reach the Dask scheduler {args.scheduler}: {error}", file=sys.stderr)
                return EXIT_USAGE
        if progress:
            stack.callback(progress.close)
        try:
            store = stack.enter_context(Store(args.db, busy_timeout_ms=in_force.store.busy_timeout_ms))
        except sqlite3.Error as error:
            print(f"newsweave: {args.db}: cannot open the store: {error}", file=sys.stderr)
            return EXIT_OUTPUT
        options = Options(max_bytes=args.max_bytes, field_map=field_map, workers=args.workers,
                          annotate=not args.no_annotate, progress=progress, settings=in_force, engine=engine,
                          outlets=outlets)
        try:
            result = ingest([p for p in args.paths if Path(p).exists()], store, options)
        except IngestConflict as error:
            print(f"newsweave: {error}", file=sys.stderr)
            return EXIT_OUTPUT
        total = store.story_count()
    skipped = [{"path": s.path, "reason": s.reason, "detail": s.detail} for s in result.skipped] + [
        {"path": p, "reason": "missing", "detail": "no such file or folder"} for p in missing]
    summary = {"read": result.read, "stored": result.stored, "known": result.known, "skipped": skipped,
               "stories": total, "refreshed": result.refreshed, "seconds": result.seconds, "db": str(args.db)}
    if args.json:
        print(json.dumps(summary, indent=1))
    elif not args.quiet:
        listed = ", ".join(f"{x['path']}: {x['reason']}" for x in skipped)
        print(f"newsweave: {result.read} documents read, {result.stored} stored, {result.known} already stored; "
              f"{len(result.refreshed)} of {total} stories updated"
              + (f"; skipped {len(skipped)} ({listed})" if skipped else "")
              + f" -> {args.db} ({result.seconds:.1f}s)", file=sys.stderr)
    return 0 if result.read else EXIT_NOTHING_READ


def _open_store(path: Path):
    """The store at `path` for reading, or None after saying there is none."""
    from newsweave.store import Store

    if not path.is_file():
        print(f"newsweave: {path}: no such store (create it with `newsweave ingest PATH... --db {path}`)",
              file=sys.stderr)
        return None
    try:
        return Store(path, busy_timeout_ms=settings.DEFAULTS.store.busy_timeout_ms)
    except sqlite3.Error as error:  # not a SQLite file, or not ours
        print(f"newsweave: {path}: cannot open the store: {error}", file=sys.stderr)
        return None


def _stories(args: argparse.Namespace) -> int:
    store = _open_store(args.db)
    if store is None:
        return EXIT_USAGE
    with store:
        rows = store.stories()
    if args.json:
        from newsweave.model import to_dict

        print(json.dumps([to_dict(row) for row in rows], indent=1, ensure_ascii=False))
        return 0
    for row in rows:
        print(f"{row.id}\t{len(row.documents)} document{'s' * (len(row.documents) != 1)}\t{row.title}")
    return 0


def _show(args: argparse.Namespace) -> int:
    store = _open_store(args.db)
    if store is None:
        return EXIT_USAGE
    with store:
        dossier = store.dossier(args.story)
    if dossier is None:
        print(f"newsweave: {args.story}: no such story, or its dossier is not computed yet "
              "(`newsweave stories` lists them; an ingest computes them)", file=sys.stderr)
        return EXIT_NOTHING_READ
    if args.json:
        print(json.dumps(dossier, indent=1, ensure_ascii=False))
    else:
        from newsweave.model import from_dict
        from newsweave.render.report import render

        sys.stdout.write(render(from_dict(Dossier, dossier), "report.md.j2"))
    return 0


def _updates(args: argparse.Namespace) -> int:
    from newsweave.store import as_ingest_time

    try:
        since = as_ingest_time(args.since)
    except ValueError:
        print(f"newsweave: --since wants an ISO 8601 time such as 2026-12-04T09:00, got {args.since!r}", file=sys.stderr)
        return EXIT_USAGE
    store = _open_store(args.db)
    if store is None:
        return EXIT_USAGE
    with store:
        found = store.updates(since)
    if args.json:
        print(json.dumps(found, indent=1, ensure_ascii=False))
        return 0
    for entry in found:
        print(f"{entry['story']}: {len(entry['documents'])} new document{'s' * (len(entry['documents']) != 1)}, "
              f"{len(entry['claims'])} claims, {len(entry['denials'])} denials, {len(entry['dates'])} dated events")
        for doc in entry["documents"]:
            print(f"  {doc['id']}\t{doc['title']}")
    return 0


def _serve_command(commands: argparse._SubParsersAction) -> None:
    serve = commands.add_parser(
        "serve", help="browse a story store in the browser (and analyse reports from it)",
        description="Serve the stories of the store --db as web pages and a JSON API (/openapi.json): the story "
        "list, each story's brief with its citations, claims, pictures, quotes, entities and sources. Files "
        "uploaded or folders named under a --data-dir are ingested into the store unless --read-only.",
    )
    _db_argument(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    serve.add_argument("--port", type=int, default=8765, help="port to listen on (default: 8765)")
    serve.add_argument("--data-dir", action="append", default=[], type=Path, metavar="DIR",
                       help="a folder whose sub-folders the browser may have analysed; repeatable. Nothing outside "
                       "these folders is ever read")
    serve.add_argument("--read-only", action="store_true", help="refuse uploads and analyses: browse only")
    _config_argument(serve)
    serve.set_defaults(run=_serve)


def _serve(args: argparse.Namespace) -> int:
    in_force = _settings(args)
    if in_force is None:
        return EXIT_USAGE
    if args.read_only and not args.db.is_file():
        print(f"newsweave: {args.db}: no such store (--read-only serves an existing one)", file=sys.stderr)
        return EXIT_USAGE
    for folder in args.data_dir:
        if not folder.is_dir():
            print(f"newsweave: --data-dir {folder}: no such folder", file=sys.stderr)
            return EXIT_USAGE
    import uvicorn

    from newsweave.web.app import create_app
    from newsweave.web.context import ServerConfig

    try:
        app = create_app(ServerConfig(args.db, args.data_dir, args.read_only, in_force))
    except sqlite3.Error as error:
        print(f"newsweave: {args.db}: cannot open the store: {error}", file=sys.stderr)
        return EXIT_OUTPUT
    print(f"newsweave: serving {args.db} on http://{args.host}:{args.port}/ (Ctrl-C stops)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
