"""The `wirefacts` command: the pre-publish gate, registry linting and the registry JSON Schema.

Exit status: 0 nothing at or above --fail-on; 1 a discrepancy at or above it, an
expired waiver or an unreadable article; 2 a usage error or a broken registry,
metadata or waiver file.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace
from pathlib import Path

from harness import options
from harness.compare.draft import draft
from harness.gate import EXIT_CLEAN, EXIT_DISCREPANCIES, EXIT_OUTPUT, EXIT_USAGE, GateRun, UsageError, read_versions, registry_files, run_gate
from harness.outputs.files import OutputError, write_atomically
from harness.outputs.github import render_github
from harness.outputs.html import RegistryRun, write_html
from harness.outputs.json_output import render_json
from harness.outputs.sarif import render_sarif
from harness.outputs.text import render_text
from harness.registry.loader import load_registry
from harness.registry.problems import InputError
from harness.registry.schema import registry_json_schema

_RENDERERS = {"github": render_github, "sarif": render_sarif}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wirefacts", description="Check article versions against a registry of canonical facts.",
                                     epilog=__doc__.split("\n\n")[1])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check article files or folders against the registries (the pre-publish gate)")
    check.add_argument("articles", nargs="*", type=Path, help="article files or folders (default: each registry's own folder)")
    options.add_to_argparse(check)
    check.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    compare = commands.add_parser("compare", help="before there is a registry: where the versions disagree with each other")
    compare.add_argument("versions", nargs="+", type=Path, help="article files or folders: the versions of one story")
    compare.add_argument("--format", choices=options.FORMATS, default="text", help="output format (default: text)")
    compare.add_argument("--output", metavar="FILE", help="write the output to this file instead of standard output")
    compare.add_argument("--html", metavar="FILE", help="write the HTML report (the groups against the versions) to this file")
    compare.add_argument("--explain", action="store_true", help="show what tied each observation to its group")
    draft = commands.add_parser("draft", help="write a first registry from the versions, every disagreement marked `review:`")
    draft.add_argument("versions", nargs="+", type=Path, help="article files or folders: the versions of one story")
    draft.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the registry here (default: standard output)")
    draft.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    validate = commands.add_parser("validate", help="lint registry files: every problem, with file:line:column and a hint")
    validate.add_argument("registries", nargs="*", type=Path, default=[Path("facts")], help="registry files or folders (default: facts)")
    commands.add_parser("schema", help="print the JSON Schema of registry files, for editors")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "validate":
            return _validate(args.registries)
        if args.command == "schema":
            print(json.dumps(registry_json_schema(), indent=2))
            return EXIT_CLEAN
        if args.command == "compare":
            return _compare(args)
        if args.command == "draft":
            return _draft(args)
        return _check(args)
    except UsageError as error:
        print(f"wirefacts: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except InputError as error:
        print(error.render(), file=sys.stderr)
        return EXIT_USAGE


def _check(args) -> int:
    progress = None
    if sys.stderr.isatty() and not os.environ.get("CI") and not args.no_progress:
        def progress(done: int, total: int) -> None:
            print(f"\rchecked {done}/{total} versions", end="" if done < total else "\n", file=sys.stderr, flush=True)
    articles = [*args.articles, *([Path(args.articles_folder)] if args.articles_folder else [])]
    run = run_gate([Path(p) for p in args.registry or ["facts"]], articles, fail_on=args.fail_on,
                   waivers=Path(args.waivers) if args.waivers else None, changed_since=args.changed_since,
                   root=Path.cwd(), allow_outside=args.allow_outside, on_version=progress, cache=Path(args.cache) if args.cache else None,
                   dask=args.dask, agreements=bool(args.html or args.explain or args.format == "json" and args.agreements))
    return _write(run, args, {"fail-on": args.fail_on, "waivers": args.waivers or ""})


def _compare(args) -> int:
    versions, unreadable = read_versions(args.versions, root=Path.cwd())
    results = replace(draft(versions).results, unreadable=unreadable)
    run = GateRun([results], [f for findings in results.by_fact.values() for f in findings], "error")
    return _write(run, args, {"compared": ", ".join(map(str, args.versions))})


def _write(run: GateRun, args, report_options: dict) -> int:
    """The run in the asked format, to --output or standard output, and the HTML report if asked; the gate's status."""
    if args.format == "json":
        text = render_json(run, agreements=getattr(args, "agreements", False))
    elif args.format == "text":
        text = render_text(run, explain=args.explain)
    else:
        text = _RENDERERS[args.format](run)
    try:
        if args.output:
            write_atomically(Path(args.output), text)
        else:
            sys.stdout.write(text)
        if args.html:
            write_html(Path(args.html), [RegistryRun.from_results(results) for results in run.results], options=report_options)
    except OutputError as error:
        print(f"wirefacts: error: {error}", file=sys.stderr)
        return EXIT_OUTPUT
    return run.exit_status


def _draft(args) -> int:
    output: Path | None = args.output
    if output is not None and output.exists() and not args.force:
        raise UsageError(f"{output} exists; pass --force to overwrite it, or -o another file")
    versions, unreadable = read_versions(args.versions, root=Path.cwd())
    folders = {str(path) for path in args.versions if path.is_dir()}
    articles = None
    if output is not None and len(folders) == 1 and len(args.versions) == 1:
        articles = os.path.relpath(Path(folders.pop()).resolve(), output.resolve().parent)
    drafted = draft(versions, articles=articles)
    for version in unreadable:
        print(f"wirefacts: {version.name} could not be read: {version.reason}", file=sys.stderr)
    if output is None:
        sys.stdout.write(drafted.text)
    else:
        try:
            write_atomically(output, drafted.text)
        except OutputError as error:
            print(f"wirefacts: error: {error}", file=sys.stderr)
            return EXIT_OUTPUT
        reviews = drafted.text.count("# review:")
        print(f"wrote {output}: {len(drafted.registry.people)} people, {len(drafted.registry.facts)} facts, {reviews} marked for review",
              file=sys.stderr)
    return EXIT_DISCREPANCIES if unreadable else EXIT_CLEAN


def _validate(paths: list[Path]) -> int:
    problems, checked = [], 0
    for path in registry_files(paths):
        try:
            registry = load_registry(path)
            checked += 1
            print(f"{path}: ok ({len(registry.facts)} facts, {len(registry.people)} people)")
        except InputError as error:
            problems += error.problems
    if problems:
        print("\n".join(str(problem) for problem in problems), file=sys.stderr)
        return EXIT_USAGE
    return EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())
