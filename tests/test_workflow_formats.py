"""SARIF (schema-valid), GitHub workflow commands, JUnit, several formats at once, step summary."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from workflow_helpers import BAD_URL, run_cli

from auditor import HOMEPAGE, RULES_DOC
from auditor.registry import rules_markdown
from auditor.reporting import sarif
from auditor.reporting.formats import RunInfo, github_data, github_property, render

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "seeds" / "x.md").write_text(
        f"# T\n\n<!-- auditor: ignore[CIT001] -->\nA {BAD_URL}.\n\nB {BAD_URL}.\n", encoding="utf-8"
    )
    return tmp_path


def valid_sarif(text: str) -> dict:
    """The SARIF log, checked against the official 2.1.0 schema (formats included: uri, date-time)."""
    jsonschema = pytest.importorskip("jsonschema")
    data = json.loads(text)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, errors[0].message
    return data


def test_sarif_over_seeds_is_valid(seeds_copy: Path) -> None:
    code, out, err = run_cli(["check", "seeds", "--format", "sarif", "--as-of", "2026-11-23"], seeds_copy)
    assert code in (0, 1), err
    data = valid_sarif(out)
    run = data["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert "CIT001" in ids and "AUD004" in ids
    cit001 = rules[ids.index("CIT001")]
    assert cit001["help"]["markdown"].startswith("# CIT001 malformed-url")
    assert cit001["defaultConfiguration"]["level"] == "error"
    results = run["results"]
    assert results and all(r["level"] in ("error", "warning", "note") for r in results)
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] >= 1 and region["startColumn"] >= 1
    # set-aside findings are left out by default: code scanning ignores `suppressions` and would open alerts
    assert not [r for r in results if r.get("suppressions") or r["properties"]["status"] != "open"]
    assert all(r["partialFingerprints"]["auditorContent/v1"] for r in results)
    locations = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in results]
    assert "seeds/x.md" in {loc["uri"] for loc in locations}
    assert all(loc["uriBaseId"] == "%SRCROOT%" for loc in locations)
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == seeds_copy.resolve().as_uri() + "/"
    assert run["tool"]["driver"]["informationUri"] == HOMEPAGE
    assert "toolExecutionNotifications" not in run["invocations"][0]


def test_sarif_keeps_set_aside_findings_when_asked(seeds_copy: Path) -> None:
    args = ["check", "seeds/x.md", "--format", "sarif", "--select", "CIT"]
    _code, out, err = run_cli([*args, "--sarif-include-set-aside"], seeds_copy)
    results = valid_sarif(out)["runs"][0]["results"]
    suppressed = [r for r in results if r.get("suppressions")]
    assert len(suppressed) == 1 and suppressed[0]["suppressions"][0]["kind"] == "inSource", err
    assert len(results) == 2
    (seeds_copy / "auditor.toml").write_text("sarif-include-set-aside = true\n", encoding="utf-8")
    _code, out, _ = run_cli(args, seeds_copy)
    assert len(valid_sarif(out)["runs"][0]["results"]) == 2
    (seeds_copy / "auditor.toml").write_text('sarif-include-set-aside = "yes"\n', encoding="utf-8")
    code, _out, err = run_cli(args, seeds_copy)
    assert code == 2 and "sarif-include-set-aside must be true or false" in err


def test_sarif_paths_are_relative_to_the_repository_root(seeds_copy: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    subprocess.run(["git", "init", "-q", str(seeds_copy)], check=True)
    inner = seeds_copy / "seeds"
    _code, out, err = run_cli(["check", ".", "--format", "sarif", "--select", "CIT"], inner)
    run = valid_sarif(out)["runs"][0]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert "seeds/x.md" in uris and "x.md" not in uris, err
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == seeds_copy.resolve().as_uri() + "/"
    outside = seeds_copy.parent / "outside.txt"
    outside.write_text(f"Title\n\nSee {BAD_URL} now.\n", encoding="utf-8")
    _code, out, _ = run_cli(["check", str(outside), "--format", "sarif", "--select", "CIT"], inner)
    location = valid_sarif(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": outside.resolve().as_uri()}  # outside the repository: an absolute URI, no base


def test_sarif_caps_results_with_a_notification(seeds_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _code, out, _ = run_cli(["check", "seeds", "--format", "sarif"], seeds_copy)
    total = len(json.loads(out)["runs"][0]["results"])
    assert total > 3
    monkeypatch.setattr(sarif, "MAX_RESULTS", 3)
    _code, out, _ = run_cli(["check", "seeds", "--format", "sarif"], seeds_copy)
    run = valid_sarif(out)["runs"][0]
    assert len(run["results"]) == 3
    (note,) = run["invocations"][0]["toolExecutionNotifications"]
    assert note["level"] == "warning" and note["message"]["text"].startswith(f"{total - 3} result(s) left out")


def test_sarif_rules_link_to_their_documentation() -> None:
    data = json.loads(render("sarif", [], RunInfo(as_of="2026-11-23", explicit_as_of=True)))
    rules = data["runs"][0]["tool"]["driver"]["rules"]
    doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    anchors = {re.sub(r"[^a-z0-9 -]", "", h.lower()).replace(" ", "-") for h in re.findall(r"^## (.+)$", doc, re.M)}
    assert len(rules) == len(anchors) > 20
    for r in rules:
        base, _, anchor = r["helpUri"].partition("#")
        assert base == RULES_DOC and anchor in anchors and anchor.startswith(r["id"].lower())


def test_rules_doc_is_current() -> None:
    """docs/rules.md is generated from the registry: regenerate with `python -m auditor.registry > docs/rules.md`."""
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown()
    assert current, "docs/rules.md is out of date: python -m auditor.registry > docs/rules.md"


def test_homepage_matches_the_package_metadata() -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]
    assert meta["Homepage"] == HOMEPAGE and meta["Documentation"] == RULES_DOC


def test_github_commands_are_escaped() -> None:
    assert github_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert github_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_github_format_shape(tmp_path: Path) -> None:
    (tmp_path / "dir, with: odd").mkdir()
    (tmp_path / "dir, with: odd" / "a.txt").write_text(f"Title\n\nSee {BAD_URL} now.\n", encoding="utf-8")
    code, out, _ = run_cli(["check", ".", "--format", "github", "--select", "CIT"], tmp_path)
    assert code == 1
    line = out.splitlines()[0]
    assert line.startswith("::error file=dir%2C with%3A odd/a.txt,line=3,col=")
    assert ",endLine=3,endColumn=" in line and ",title=CIT001 malformed-url::" in line
    assert line.split("::", 2)[2].startswith("The URL contains a space")


def test_junit_shape(seeds_copy: Path) -> None:
    _code, out, _ = run_cli(["check", "seeds", "--format", "junit", "--select", "CIT"], seeds_copy)
    root = ET.fromstring(out)
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    assert int(suite.get("tests")) == len(cases) == 5
    failing = [c for c in cases if c.find("failure") is not None]
    assert int(suite.get("failures")) == len(failing) >= 1
    assert "score" in failing[0].find("failure").get("message")
    assert "CIT001" in failing[0].find("failure").text


def test_several_formats_in_one_run(seeds_copy: Path) -> None:
    code, out, err = run_cli(
        ["check", "seeds", "--select", "CIT", "--format", "github", "--format", "sarif=out/a.sarif",
         "--format", "junit=out/a.xml", "--format", "json=out/a.json"],
        seeds_copy,
    )  # fmt: skip
    assert code == 1, err
    assert out.startswith("::")
    assert json.loads((seeds_copy / "out" / "a.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert len(json.loads((seeds_copy / "out" / "a.json").read_text(encoding="utf-8"))["documents"]) == 5
    ET.fromstring((seeds_copy / "out" / "a.xml").read_text(encoding="utf-8"))
    # Only files: standard output keeps the text report.
    code, out, _ = run_cli(["check", "seeds", "--select", "CIT", "--format", "sarif=b.sarif"], seeds_copy)
    assert "article(s) audited" in out and (seeds_copy / "b.sarif").is_file()


def test_format_errors(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    for args, message in [
        (["--format", "json", "--format", "sarif"], "only one format can go to standard output"),
        (["--format", "yaml"], "unknown format"),
        (["--format", "sarif="], "give a file"),
        (["--format", "json=x", "--format", "sarif=x"], "same file"),
    ]:
        code, _, err = run_cli(["check", "a.txt", *args], tmp_path)
        assert code == 2 and message in err, (args, err)


def test_json_output_is_the_contract_shape(seeds_copy: Path) -> None:
    _code, out, _ = run_cli(["check", "seeds", "--format", "json", "--select", "CIT", "--jobs", "2"], seeds_copy)
    data = json.loads(out)
    assert out == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert [d["path"] for d in data["documents"]] == sorted(d["path"] for d in data["documents"])
    x = next(d for d in data["documents"] if d["path"].endswith("x.md"))
    assert x["set_aside"][0]["status"] == "suppressed"  # triage ran in the worker processes


def test_step_summary_is_appended(seeds_copy: Path) -> None:
    summary = seeds_copy / "summary.md"
    summary.write_text("previous step\n", encoding="utf-8")
    env = {"GITHUB_STEP_SUMMARY": str(summary)}
    run_cli(["check", "seeds", "--select", "CIT", "--report-dir", "rep", "-q"], seeds_copy, env=env)
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("previous step\n# auditor report")
    assert "5 article(s)" in text and "1 finding suppressed" in text
    assert "](" not in text.split("## How")[0].split("| article |")[1]  # no links to scorecards
    run_cli(["check", "seeds", "--select", "CIT", "-q", "--no-step-summary"], seeds_copy, env=env)
    assert summary.read_text(encoding="utf-8") == text


def test_pre_commit_hooks_file_declares_the_hook() -> None:
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "- id: auditor" in text and "entry: auditor check" in text
