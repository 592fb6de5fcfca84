"""Configuration: ``[tool.auditor]`` in pyproject.toml or an ``auditor.toml``.

The file is found by walking up from the first audited path (as ruff does), or
named with ``--config``. Command-line options override it. Sections that belong
to a rule family (``[tool.auditor.sources]``, ``[tool.auditor.language]`` ...)
are kept as plain dictionaries and read by that family through
:meth:`Config.section`.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.model import Severity

DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024
DEFAULT_FAIL_UNDER = 70
DEFAULT_RULE_TIMEOUT = 10.0  # CPU seconds one rule (or enricher) may take on one article; 0 = no limit
DEFAULT_RULE_MEMORY = 1024  # MB of resident memory one rule may add while it runs on one article; 0 = no limit
EXTENSIONS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "markdown",  # MDX (Docusaurus, Next.js): Markdown with JSX; its import/export lines are not prose
    ".html": "html",
    ".htm": "html",
}


class ConfigError(Exception):
    """A configuration problem the user must fix (exit code 2)."""


@dataclass(slots=True)
class Config:
    """Everything that shapes a run, after merging file and command line."""

    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_under: int = DEFAULT_FAIL_UNDER
    fail_on: str = "error"  # error | warning | info | never
    as_of: dt.date | None = None  # explicit --as-of / as-of: the date for articles that give none
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    exclude: list[str] = field(default_factory=list)
    follow_symlinks: bool = False  # follow symlinks that lead out of the audited folder (off: a note, not read)
    force_exclude: bool = False  # apply exclude to files named explicitly too (pre-commit passes every file)
    extend_select: list[str] = field(default_factory=list)
    jobs: int = 1
    rule_timeout: float = DEFAULT_RULE_TIMEOUT
    rule_memory: int = DEFAULT_RULE_MEMORY
    online: bool = False
    cross_document: bool = False
    source: Path | None = None  # the file the configuration came from
    base: Path | None = None  # the folder every relative path in the configuration refers to
    sections: dict[str, Any] = field(default_factory=dict)
    own_sites: tuple[str, ...] = ()  # the audited site's own domains (auditor/ownsite.py)

    def section(self, name: str) -> dict[str, Any]:
        """A family's own table, e.g. ``[tool.auditor.sources]`` (empty if absent)."""
        value = self.sections.get(name, {})
        return value if isinstance(value, dict) else {}

    def rule_options(self, code: str) -> dict[str, Any]:
        """``[tool.auditor.rules.CODE]`` options for one rule."""
        rules = self.section("rules")
        value = rules.get(code, rules.get(code.upper(), {}))
        return value if isinstance(value, dict) else {}

    def enabled(self, code: str) -> bool:
        """Ruff-style selection: a code or a prefix ("LNG", "CIT00"); ``extend-select`` adds to ``select``."""
        code = code.upper()
        chosen = [*self.select, *self.extend_select] if self.select else []
        if chosen and not any(code.startswith(s) for s in chosen):
            return False
        return not any(code.startswith(s) for s in self.ignore)

    def excluded(self, path: str, root: str | None = None) -> bool:
        """Whether ``exclude`` drops the file at absolute POSIX ``path``.

        A pattern matches the file's name, or its path relative to :attr:`base`
        (the configuration file's folder); without a base, relative to ``root``,
        the folder being audited.
        """
        if not self.exclude:
            return False
        name = path.rsplit("/", 1)[-1]
        rel = path
        for folder in (self.base.as_posix() if self.base else None, root):
            if folder is not None:
                prefix = folder.rstrip("/") + "/"
                if path.startswith(prefix):
                    rel = path[len(prefix) :]
                    break
        return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(name, pat) for pat in self.exclude)

    def fails_on(self, severity: Severity) -> bool:
        if self.fail_on == "never":
            return False
        return severity.rank >= Severity(self.fail_on).rank


def find_config(start: Path) -> Path | None:
    """The nearest auditor.toml, or pyproject.toml with [tool.auditor], above ``start``."""
    start = start.resolve()
    here = start if start.is_dir() else start.parent
    for folder in (here, *here.parents):
        candidate = folder / "auditor.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as exc:  # a broken file is reported, never skipped
                raise ConfigError(f"invalid TOML in {pyproject}: {exc}") from exc
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"cannot read configuration file {pyproject}: {exc}") from exc
            tool = data.get("tool", {})
            if isinstance(tool, dict) and "auditor" in tool:
                return pyproject
    return None


def read_config_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"configuration file not found: {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read configuration file {path}: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML in {path}: {exc}") from exc
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("auditor", {})
    elif "tool" in data and "auditor" in data["tool"]:
        data = data["tool"]["auditor"]
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: [tool.auditor] must be a table")
    return data


def parse_date(value: Any, what: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise ConfigError(f"{what}: expected a date as YYYY-MM-DD, got {value!r}") from exc


def parse_codes(value: Any, what: str) -> list[str]:
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list):
        raise ConfigError(f"{what}: expected a list of rule codes")
    return [str(v).strip().upper() for v in items if str(v).strip()]


def _key(data: dict[str, Any], name: str) -> Any:
    return data.get(name, data.get(name.replace("-", "_")))


def build_config(data: dict[str, Any], source: Path | None = None) -> Config:
    """Turn a ``[tool.auditor]`` table into a :class:`Config` (validating it)."""
    from auditor.configcheck import SchemaError, validate

    cfg = Config(source=source)
    where = str(source) if source else "configuration"
    try:
        validate(data)
    except SchemaError as exc:
        raise ConfigError(f"{where}: {exc}") from exc
    known_scalar = {
        "select",
        "ignore",
        "fail-under",
        "fail_under",
        "fail-on",
        "fail_on",
        "as-of",
        "as_of",
        "max-file-size",
        "max_file_size",
        "exclude",
        "jobs",
        "rule-timeout",
        "rule_timeout",
        "rule-memory",
        "rule_memory",
        "report-dir",
        "report_dir",
        "extend-select",
        "extend_select",
        "force-exclude",
        "force_exclude",
        "follow-symlinks",
        "follow_symlinks",
    }
    cfg.select = parse_codes(_key(data, "select"), f"{where}: select")
    cfg.ignore = parse_codes(_key(data, "ignore"), f"{where}: ignore")
    cfg.extend_select = parse_codes(_key(data, "extend-select"), f"{where}: extend-select")
    if (v := _key(data, "force-exclude")) is not None:
        if not isinstance(v, bool):
            raise ConfigError(f"{where}: force-exclude must be true or false")
        cfg.force_exclude = v
    if (v := _key(data, "follow-symlinks")) is not None:
        if not isinstance(v, bool):
            raise ConfigError(f"{where}: follow-symlinks must be true or false")
        cfg.follow_symlinks = v
    if (v := _key(data, "fail-under")) is not None:
        if not isinstance(v, int) or not 0 <= v <= 100:
            raise ConfigError(f"{where}: fail-under must be a whole number from 0 to 100")
        cfg.fail_under = v
    if (v := _key(data, "fail-on")) is not None:
        if v not in ("error", "warning", "info", "never"):
            raise ConfigError(f"{where}: fail-on must be error, warning, info or never")
        cfg.fail_on = v
    if (v := _key(data, "as-of")) is not None:
        cfg.as_of = parse_date(v, f"{where}: as-of")
    if (v := _key(data, "max-file-size")) is not None:
        cfg.max_file_size = parse_size(v, where)
    if (v := _key(data, "exclude")) is not None:
        if not isinstance(v, list):
            raise ConfigError(f"{where}: exclude must be a list of glob patterns")
        cfg.exclude = [str(x) for x in v]
    if (v := _key(data, "jobs")) is not None:
        if not isinstance(v, int) or v < 0:
            raise ConfigError(f"{where}: jobs must be a whole number (0 = all cores)")
        cfg.jobs = v
    if (v := _key(data, "rule-timeout")) is not None:
        if isinstance(v, bool) or not isinstance(v, int | float) or v < 0:
            raise ConfigError(f"{where}: rule-timeout must be a number of seconds (0 = no limit)")
        cfg.rule_timeout = float(v)
    if (v := _key(data, "rule-memory")) is not None:
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise ConfigError(f"{where}: rule-memory must be a whole number of MB (0 = no limit)")
        cfg.rule_memory = v
    cfg.sections = {k: v for k, v in data.items() if k not in known_scalar}
    if (v := _key(data, "report-dir")) is not None:
        cfg.sections["report-dir"] = str(v)
    return cfg


def parse_size(value: Any, where: str = "configuration") -> int:
    """Sizes as bytes or with a unit: 5000000, "5MB", "512 KiB"."""
    if isinstance(value, int) and value > 0:
        return value
    text = str(value).strip().upper().replace(" ", "")
    units = {"KIB": 1024, "MIB": 1024**2, "GIB": 1024**3, "KB": 1000, "MB": 1000**2, "GB": 1000**3, "B": 1}
    for unit, factor in units.items():
        if text.endswith(unit):
            number = text[: -len(unit)]
            try:
                size = int(float(number) * factor)
            except ValueError:
                break
            if size > 0:
                return size
    if text.isdigit() and int(text) > 0:
        return int(text)
    raise ConfigError(f"{where}: max-file-size must be a positive size such as 5MB, got {value!r}")


def load_config(explicit: Path | None, start: Path) -> Config:
    """The configuration for a run that starts at ``start`` (a file or folder to audit).

    Every relative path in it (``exclude``, ``per-file-ignores``, ``baseline``,
    ``accepted-file``) refers to one folder, :attr:`Config.base`: the folder of
    the configuration file, as in ruff. Without a file it is the enclosing git
    work tree, or else the audited folder, so that ``auditor check news`` from
    the top and ``auditor check .`` from inside ``news`` find the same
    accepted findings.
    """
    path = explicit if explicit is not None else find_config(start)
    if path is None:
        config = Config(base=project_root(start))
    else:
        config = build_config(read_config_file(path), path)
        config.base = path.resolve().parent
        if explicit is None:
            for key in distrust(config):
                print(
                    f"auditor: warning: {path}: {key} ignored: a configuration found beside the articles may come "
                    "from the change under review, so only the command line or a file given with --config may set it",
                    file=sys.stderr,
                )
    config.own_sites = _own_sites(config, start)
    return config


def _own_sites(config: Config, start: Path) -> tuple[str, ...]:
    """`own-sites` from ``[tool.auditor.sources]`` and the site configuration beside the articles."""
    from auditor.ownsite import own_sites

    top = project_root(start)
    configured = config.section("sources").get("own-sites")
    return own_sites(
        start,
        top if (top / ".git").exists() else None,
        [str(v) for v in configured] if isinstance(configured, list) else None,
    )


TRUST_KEYS = ("allow_private", "allow_networks")
"""Online settings that weaken the SSRF guard: never taken from a configuration found by searching."""


def distrust(config: Config) -> list[str]:
    """Drop the settings an audited tree must not choose for itself; return what was dropped.

    A found configuration (the nearest ``auditor.toml`` or ``pyproject.toml``) lives
    in the checkout, which in CI is the pull request: it may not widen what auditor
    fetches (``allow_private``, ``allow_networks``) or reads (``follow-symlinks``).
    """
    dropped: list[str] = []
    online = config.sections.get("online")
    if isinstance(online, dict):
        for key in list(online):
            name = str(key).replace("-", "_")
            if name in TRUST_KEYS and online[key] not in (False, None, [], ""):
                dropped.append(f"[online] {key}")
                del online[key]
    if config.follow_symlinks:
        config.follow_symlinks = False
        dropped.append("follow-symlinks")
    return dropped


def project_root(start: Path) -> Path:
    """The top of the git work tree holding ``start``, else ``start``'s folder."""
    here = start.resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here
