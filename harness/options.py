"""Options, defined once: the pytest plugin offers each as `--facts-NAME` and ini `facts_NAME`, the command as `--NAME`."""

from __future__ import annotations

from dataclasses import dataclass

SEVERITIES = ("info", "warning", "error")
FORMATS = ("text", "json", "github", "sarif")


@dataclass(frozen=True, slots=True)
class Option:
    name: str
    help: str
    default: object = None
    ini_type: str = "string"
    metavar: str = "VALUE"
    choices: tuple[str, ...] | None = None
    in_plugin: bool = True
    flag: bool = False


OPTIONS = (
    Option("registry", "registry files or folders (default: facts)", ["facts"], "paths", "PATH"),
    Option("articles", "article versions folder; overrides the registry's `articles` (default: seeds)", None, "string", "DIR"),
    Option("html", "write the HTML discrepancy report to this file", None, "string", "FILE"),
    Option("fail-on", "lowest severity that fails: error, warning or info (default: error)", "error", "string", "SEVERITY", SEVERITIES),
    Option("waivers", "YAML file of accepted discrepancies", None, "string", "FILE"),
    Option("format", "output format: text, json, github or sarif (default: text)", "text", metavar="FORMAT", choices=FORMATS, in_plugin=False),
    Option("output", "write the output to this file instead of standard output", None, metavar="FILE", in_plugin=False),
    Option("agreements", "in JSON, list every observation, agreements too", False, in_plugin=False, flag=True),
    Option("allow-outside", "read article folders a registry names outside the repository (refused by default)", False, "bool", flag=True),
    Option("explain", "show what tied each observation to its fact (the anchor, name or quote words, and where); "
                      "in text output, agreements too", False, "bool", flag=True),
    Option("changed-since", "check only article files changed since this git revision", None, metavar="REV", in_plugin=False),
    Option("cache", "keep each version's findings in DIR and reuse them while the version, the registry and the harness are "
                    "unchanged (the plugin keeps them in pytest's cache unless told otherwise; --cache-clear empties it)",
           None, "string", "DIR"),
    Option("dask", "check on the Dask cluster at ADDRESS, or `local` for one worker process per core here (needs the "
                   "dask extra: pip install 'wirefacts[dask]')", None, metavar="ADDRESS", in_plugin=False),
)


def ini_name(option: Option) -> str:
    return "facts_" + option.name.replace("-", "_")


def add_to_pytest(parser) -> None:
    group = parser.getgroup("wirefacts", "fact-consistency checks")
    for option in OPTIONS:
        if not option.in_plugin:
            continue
        if option.flag:
            group.addoption(f"--facts-{option.name}", dest=ini_name(option), action="store_true", default=None, help=option.help)
        else:
            action = "append" if option.ini_type == "paths" else "store"
            group.addoption(f"--facts-{option.name}", dest=ini_name(option), action=action, metavar=option.metavar, choices=option.choices, help=option.help)
        parser.addini(ini_name(option), option.help, type=option.ini_type, default=option.default)


def add_to_argparse(parser) -> None:
    for option in OPTIONS:
        if option.name == "registry":
            parser.add_argument("--registry", "-r", action="append", metavar=option.metavar, help=option.help)
        elif option.name == "articles":
            parser.add_argument("--articles", dest="articles_folder", metavar=option.metavar, help=option.help)
        elif option.flag:
            parser.add_argument(f"--{option.name}", action="store_true", help=option.help)
        else:
            parser.add_argument(f"--{option.name}", metavar=option.metavar, choices=option.choices, default=option.default, help=option.help)


def value(config, name: str):
    """The command-line value if given, else the ini value, else the default."""
    option = next(option for option in OPTIONS if option.name == name)
    given = config.getoption(ini_name(option))
    if given is not None:
        return given
    return config.getini(ini_name(option))


def given_on_command_line(config, name: str) -> bool:
    option = next(option for option in OPTIONS if option.name == name)
    return config.getoption(ini_name(option)) is not None
