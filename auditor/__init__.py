"""auditor: a source-reliability and citation audit checker for news copy."""

__version__ = "0.1.0"
