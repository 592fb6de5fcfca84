"""auditor: a source-reliability and citation audit checker for news copy."""

from auditor import lazypatterns, quickclasses

lazypatterns.enable()  # before any module of auditor compiles a pattern (see auditor.lazypatterns)
quickclasses.enable()  # ... or defines a dataclass (see auditor.quickclasses)

__version__ = "0.1.0"
# Where the project lives (also [project.urls] in pyproject.toml; a test keeps them equal). SARIF links
# its rules' help here, to docs/rules.md on the default branch.
HOMEPAGE = "https://github.com/OWNER/auditor"
RULES_DOC = f"{HOMEPAGE}/blob/main/docs/rules.md"
