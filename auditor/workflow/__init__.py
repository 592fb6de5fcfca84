"""Workflow: editorial bookkeeping around findings (suppressions, triage, accepted, baselines, git)."""
