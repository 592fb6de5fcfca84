"""Online settings: defaults, validation, and where the cache lives."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor import __version__


def default_cache_dir() -> Path:
    """$XDG_CACHE_HOME/auditor, else ~/.cache/auditor (the XDG rule, stdlib only)."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache"
    return root / "auditor"


@dataclass(slots=True)
class Settings:
    """Every knob of the online checks; docs/online.md documents each one."""

    allow_private: bool = False
    allow_networks: list[str] = field(default_factory=list)
    cache_dir: Path = field(default_factory=default_cache_dir)
    cache: bool = True
    max_cache_age: float = 86400.0
    error_cache_age: float = 3600.0
    archive: bool = True
    archive_endpoint: str = "https://archive.org/wayback/available"
    soft_404_probe: bool = True
    concurrency: int = 16
    per_host: int = 2
    min_host_gap: float = 0.1
    timeout: float = 30.0
    url_budget: float = 60.0  # seconds for one URL: every attempt, back-off and redirect hop included
    run_budget: float = 900.0  # seconds for the whole online run; URLs not started by then are not fetched
    log_interval: float = 30.0  # without a terminal: a progress line on stderr this often (0: none)
    host_failures: int = 3  # consecutive timeouts or dropped connections before a host's other URLs are skipped
    connect_timeout: float = 10.0
    read_timeout: float = 15.0
    max_bytes: int = 2 * 1024 * 1024
    max_redirects: int = 10
    retries: int = 2
    backoff: float = 0.5
    max_retry_wait: float = 30.0
    user_agent: str = f"auditor/{__version__} (+source-audit link checker)"
    ca_file: str = ""  # extra trusted certificates (a newsroom's own CA); default: certifi's bundle
    verbose: bool = False

    @classmethod
    def from_dict(cls, values: dict[str, Any] | None) -> Settings:
        """Build settings from CLI/config values; unknown keys are ignored, bad ones raise ValueError."""
        s = cls()
        for raw_key, value in (values or {}).items():
            key = str(raw_key).replace("-", "_")
            if key not in cls.__slots__ or value is None or value == "":  # type: ignore[attr-defined]
                continue
            current = getattr(s, key)
            if key == "cache_dir":
                value = Path(str(value)).expanduser()
            elif key == "allow_networks":
                value = [str(v) for v in (value if isinstance(value, list) else [value])]
            elif isinstance(current, bool):
                value = bool(value)
            elif isinstance(current, int):
                value = int(value)
            elif isinstance(current, float):
                value = float(value)
            else:
                value = str(value)
            if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0:
                raise ValueError(f"online setting {raw_key} must not be negative")
            setattr(s, key, value)
        s.concurrency = max(1, s.concurrency)
        s.per_host = max(1, s.per_host)
        s.connect_timeout = min(s.connect_timeout, s.timeout)
        s.read_timeout = min(s.read_timeout, s.timeout)
        s.url_budget = max(s.url_budget, 0.001)
        s.host_failures = max(1, s.host_failures)
        s.error_cache_age = min(s.error_cache_age, s.max_cache_age)
        return s
