"""The pattern cache hands back the Pattern ``re.compile`` builds, and never trusts a file it cannot check."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor import patterncache

PATTERNS = [
    (r"(?P<year>(?:1[89]|20)\d\d)-(?P<m>\d\d)(?:-(?P<d>\d\d))?", 0),
    (r"\b(?:according\s+to|said)\b", re.IGNORECASE),
    (r"""(?x) (?<![\w.]) (\d{1,3}(?:,\d{3})+|\d+) \s* (?i:per\s?cent|%)  # a share""", 0),
    (r"[«“\"](?P<q>[^»”\"]{3,200})[»”\"]", re.UNICODE),
    (r"^(?:Sources?|References)\s*:?$", re.MULTILINE),
    (r"(a)(b)?\2", 0),
]
TEXTS = [
    "In 2024-03 and 2019-11-02",
    "ACCORDING TO the agency, 12,500 per cent",
    "«Nous partons» dit-il",
    "References\n",
]


@pytest.fixture(autouse=True)
def _plain_compiler() -> Iterator[None]:
    """Each test starts and ends with the stdlib compiler and an empty ``re`` cache."""
    patterncache.disable()
    re.purge()
    yield
    patterncache.disable()
    re.purge()


def _run(path: Path) -> list[re.Pattern[str]]:
    """One process's worth: enable, compile every pattern, save."""
    re.purge()
    assert patterncache.enable(path)
    compiled = [re.compile(p, f) for p, f in PATTERNS]
    patterncache.save()
    patterncache.disable()
    return compiled


def _behaviour(p: re.Pattern[str]) -> tuple[object, ...]:
    found = [(m.span(), m.groups(), m.groupdict()) for t in TEXTS for m in p.finditer(t)]
    return (p.pattern, p.flags, p.groups, dict(p.groupindex), found)


def test_a_pattern_is_stored_on_its_second_run_and_served_the_same(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    plain = [re.compile(p, f) for p, f in PATTERNS]
    _run(path)
    assert patterncache.stored(path) == 0  # the first run only notes what it compiled
    _run(path)
    assert patterncache.stored(path) == len(PATTERNS)
    with pytest.MonkeyPatch.context() as mp:  # the third run parses nothing
        mp.setattr(re._parser, "parse", lambda *a: pytest.fail(f"{a[0]!r} was parsed again"))
        served = _run(path)
    assert [_behaviour(p) for p in served] == [_behaviour(p) for p in plain]
    assert [p == q for p, q in zip(served, plain, strict=True)] == [True] * len(PATTERNS)


def test_a_run_that_only_reads_the_cache_does_not_write_it(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    _run(path)
    _run(path)
    before = path.stat().st_mtime_ns, path.read_bytes()
    _run(path)
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before


def test_a_pattern_seen_in_one_run_only_is_not_stored(tmp_path: Path) -> None:
    """A pattern built from one article's words (a name it mentions) is not kept after one run."""
    path = tmp_path / "patterns.bin"
    for name in ("Okonkwo", "Abernathy"):
        re.purge()
        patterncache.enable(path)
        re.compile(rf"\b{name}\b")
        patterncache.save()
        patterncache.disable()
    assert patterncache.stored(path) == 0
    assert b"Okonkwo" not in path.read_bytes()


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_damaged_file_is_ignored_and_rebuilt(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "patterns.bin"
    _run(path)
    _run(path)
    raw = path.read_bytes()
    broken = {
        "truncate": raw[: len(raw) // 2],
        "flip": raw[:-10] + bytes([raw[-10] ^ 0xFF]) + raw[-9:],
        "garbage": b"\x00\x01not a cache" * 50,
        "empty": b"",
    }[damage]
    path.write_bytes(broken)
    assert patterncache.stored(path) == 0
    served = _run(path)
    assert [_behaviour(p) for p in served] == [_behaviour(re.compile(p, f)) for p, f in PATTERNS]
    _run(path)
    assert patterncache.stored(path) == len(PATTERNS)


def test_another_python_build_does_not_read_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "patterns.bin"
    _run(path)
    _run(path)
    monkeypatch.setattr(patterncache.sys, "version", "3.11.0 (another build)")
    assert patterncache.stored(path) == 0


def test_an_unwritable_cache_folder_costs_nothing_but_speed(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", "utf-8")
    served = _run(blocker / "patterns.bin")  # the folder cannot be created: save() gives up quietly
    assert [p.pattern for p in served] == [p for p, _ in PATTERNS]


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDITOR_PATTERN_CACHE", "off")
    assert patterncache.enable(tmp_path / "patterns.bin") is False
    patterncache.save()
    assert not (tmp_path / "patterns.bin").exists()


def test_the_cache_lives_in_the_user_cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert patterncache.cache_path().parent == tmp_path / "auditor"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    assert patterncache.cache_path().parent == Path.home() / ".cache" / "auditor"


def test_no_home_folder_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory")

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(patterncache.Path, "home", staticmethod(no_home))
    assert patterncache.enable() is False
    assert re.compile(r"\d+").match("42")


def test_the_file_is_bounded_and_keeps_what_the_last_run_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "patterns.bin"
    _run(path)
    _run(path)
    monkeypatch.setattr(patterncache, "_MAX_PROGRAMS", 3)
    re.purge()
    patterncache.enable(path)
    for p, f in PATTERNS[:2]:  # this run uses two of the six stored
        re.compile(p, f)
    patterncache._state.changed = True  # (as if it had compiled something new)
    patterncache.save()
    patterncache.disable()
    assert patterncache.stored(path) == 3
    state = patterncache._State(path)
    patterncache._load(state)
    assert {(p, int(f)) for p, f in PATTERNS[:2]} <= set(state.programs)


def test_concurrent_runs_leave_a_file_every_run_can_read(tmp_path: Path) -> None:
    """Runs that save at once each replace the file whole (atomic writes): the last one wins, none is cut."""
    path = tmp_path / "patterns.bin"
    code = (
        "import re, sys\n"
        "from pathlib import Path\n"
        "from auditor import patterncache\n"
        "patterncache.enable(Path(sys.argv[1]))\n"
        "for i in range(200):\n"
        "    re.compile(rf'(?P<n{i}>\\d{{{i % 7 + 1}}})-[a-z]+{i}')\n"
        "patterncache.save()\n"
    )
    for _ in range(2):  # the first round notes the patterns, the second stores them
        procs = [subprocess.Popen([sys.executable, "-c", code, str(path)]) for _ in range(4)]
        assert [p.wait(timeout=60) for p in procs] == [0] * 4
    assert patterncache.stored(path) == 200
    assert not [p for p in tmp_path.iterdir() if p.name != "patterns.bin"]  # no temporary file left behind


def test_charsets_optimised_once_give_the_programs_the_compiler_gives(tmp_path: Path) -> None:
    """Every module-level pattern of the tree, compiled with the charset memo and SubPattern's
    ``__iter__``, equals the plain compile; ``disable`` puts the compiler back as it was."""
    import importlib
    import pkgutil
    from re import _parser

    import auditor
    import auditor_rules
    from auditor import lazypatterns

    texts = [(p, f) for p, f in PATTERNS]
    texts += [(r"[ \t\xa0]+x|[^ \t\xa0]|[a-zé]", re.IGNORECASE), (r"[ \t\xa0]+x|[^ \t\xa0]|[a-zé]", 0)]
    texts += [(r"[^\W\d_]+|[\s,;]", re.ASCII | re.IGNORECASE), (rb"[a-f\x00-\x1f]".decode("latin-1"), 0)]
    for package in (auditor, auditor_rules):
        for info in pkgutil.walk_packages(package.__path__, prefix=package.__name__ + "."):
            if not info.name.endswith("__main__"):
                module = importlib.import_module(info.name)
                texts += [(lazy.pattern, lazy._flags) for lazy in lazypatterns.lazy_patterns(vars(module))]
    assert len(texts) > 200
    plain = [re.compile(p, f) for p, f in texts]
    re.purge()
    assert patterncache.enable(tmp_path / "patterns.bin")  # empty: every pattern is compiled, through the memo
    memo = [re.compile(p, f) for p, f in texts]
    assert len(patterncache._charsets) > 20
    assert "__iter__" in vars(_parser.SubPattern)
    assert [p == q for p, q in zip(memo, plain, strict=True)] == [True] * len(texts)
    patterncache.disable()
    assert not patterncache._charsets
    assert "__iter__" not in vars(_parser.SubPattern)


DATACLASS = """
import dataclasses, sys
from pathlib import Path
from auditor import patterncache
patterncache.enable(Path(sys.argv[1]))
compiled = []
if len(sys.argv) > 2:  # this run must compile nothing: every method's code comes from the file
    real = compile
    __builtins__.compile = lambda *a, **k: compiled.append(a[0]) or real(*a, **k)

@dataclasses.dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 2
    tags: tuple = dataclasses.field(default_factory=tuple)

p = Point(1)
init = Point.__init__
print(repr(p), p == Point(1), p < Point(2), hash(p) == hash(Point(1)), init.__qualname__, init.__defaults__,
      init.__annotations__, init.__code__.co_filename, len(compiled))
patterncache.save()
"""


def test_the_methods_dataclasses_compiles_are_kept_and_behave_the_same(tmp_path: Path) -> None:
    """A dataclass's ``__init__`` (and every other method it writes as text) is compiled once, then
    served from the file as the same code: same behaviour, defaults, annotations, name and file."""
    path = tmp_path / "patterns.bin"

    def run(*extra: str) -> str:
        done = subprocess.run([sys.executable, "-c", DATACLASS, str(path), *extra], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout

    plain = subprocess.run(
        [sys.executable, "-c", DATACLASS.replace("patterncache.enable", "print"), str(path)],
        capture_output=True,
        text=True,
    ).stdout.splitlines()[-1]
    first = run("count").splitlines()[-1]  # an empty file: each method compiled (the last figure counts them)
    assert first.rsplit(" ", 1)[0] == plain.rsplit(" ", 1)[0] and int(first.rsplit(" ", 1)[1]) >= 5
    state = patterncache._State(path)
    patterncache._load(state)
    assert any("def __init__(self" in source for source in state.codes)
    assert run("count").splitlines()[-1] == plain  # ... then served from the file: no compile() call


def test_the_dataclasses_hook_is_put_in_and_taken_out(tmp_path: Path) -> None:
    import dataclasses

    assert "exec" not in vars(dataclasses)
    patterncache.enable(tmp_path / "patterns.bin")
    assert "exec" in vars(dataclasses)

    @dataclasses.dataclass
    class Local:
        a: int
        b: str = "x"

    assert (Local(1), Local(1) == Local(1, "x")) == (Local(1, "x"), True)
    patterncache.disable()
    assert "exec" not in vars(dataclasses)


def test_a_remembered_text_is_built_until_a_second_run_then_served(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    built: list[str] = []

    def one_run(key: str) -> str:
        patterncache.enable(path)
        text = patterncache.remember(key, lambda: built.append(key) or f"<{key}>")
        patterncache.save()
        patterncache.disable()
        return text

    assert [one_run("trie:['a', 'b']") for _ in range(3)] == ["<trie:['a', 'b']>"] * 3
    assert built == ["trie:['a', 'b']"] * 2  # the third run read it
    assert one_run("another") == "<another>"
    assert patterncache.remember("no cache", lambda: "built") == "built"  # disabled: always built


def test_a_file_of_the_previous_format_is_ignored(tmp_path: Path) -> None:
    import marshal
    import zlib

    path = tmp_path / "patterns.bin"
    payload = marshal.dumps(((1, *patterncache._header()[1:]), {}, []))
    path.write_bytes(zlib.crc32(payload).to_bytes(4, "big") + payload)
    assert patterncache.stored(path) == 0
    _run(path)
    _run(path)
    assert patterncache.stored(path) == len(PATTERNS)
