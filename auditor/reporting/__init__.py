"""Reporters: Markdown scorecards for editors, text and machine formats for CI."""
