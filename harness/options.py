"""Options, defined once: the pytest plugin offers each as `--facts-NAME` and ini `facts_NAME`."""

from __future__ import annotations

from dataclasses import dataclass

SEVERITIES = ("info", "warning", "error")


@dataclass(frozen=True, slots=True)
class Option:
    name: str
    help: str
    default: object = None
    ini_type: str = "string"
    metavar: str = "VALUE"
    choices: tuple[str, ...] | None = None


OPTIONS = (
    Option("registry", "registry folders or files to collect (default: facts)", ["facts"], "paths", "PATH"),
    Option("articles", "folder of article versions; overrides the registry's `articles` (default: seeds)", None, "string", "DIR"),
    Option("html", "write the HTML discrepancy report to this file", None, "string", "FILE"),
    Option("fail-on", "lowest severity that fails a fact: error, warning or info (default: error)", "error", "string", "SEVERITY", SEVERITIES),
)


def ini_name(option: Option) -> str:
    return "facts_" + option.name.replace("-", "_")


def add_to_pytest(parser) -> None:
    group = parser.getgroup("wirefacts", "fact-consistency checks")
    for option in OPTIONS:
        action = "append" if option.ini_type == "paths" else "store"
        group.addoption(f"--facts-{option.name}", dest=ini_name(option), action=action, metavar=option.metavar, choices=option.choices, help=option.help)
        parser.addini(ini_name(option), option.help, type=option.ini_type, default=option.default)


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
