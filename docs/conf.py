"""Sphinx configuration: the docs are Markdown pages read by MyST.

Build: ``pip install -e ".[dev]" && sphinx-build -b html docs docs/_build``.
"""

project = "factcheck"
author = "factcheck developers"
copyright = "2026, factcheck developers"
extensions = ["myst_parser"]
source_suffix = {".md": "markdown"}
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3
exclude_patterns = ["_build"]
html_theme = "alabaster"
