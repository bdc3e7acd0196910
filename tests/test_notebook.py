"""notebooks/explore.ipynb runs top to bottom (nbclient, the venv's python3 kernel, repo root as cwd)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


@pytest.fixture(scope="module")
def notebook():
    nbformat = pytest.importorskip("nbformat")
    return nbformat.read(NOTEBOOK, as_version=4)


def test_saved_without_outputs(notebook):
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)


def test_uses_the_python_api_only(notebook):
    source = "\n".join(c.source for c in notebook.cells if c.cell_type == "code")
    assert not re.search(r"^\s*[!%]", source, re.M)           # no shell escapes or magics
    assert "subprocess" not in source and "os.system" not in source
    for api in ("api.extract_graph", "g.query", "network.project", "viz.render"):
        assert api in source


def test_runs_top_to_bottom(notebook):
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    client = nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(ROOT)}})
    client.execute()
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "triples" in text and "controls" in text and "killed" in text
    assert not [o for o in outputs if o.output_type == "stream" and o.name == "stderr"]
    pages = [o["data"]["text/html"] for o in outputs if o.output_type == "display_data"]
    assert len(pages) == 3 and all("<iframe srcdoc=" in p for p in pages)
    assert "vis.Network" in pages[0] and "Noto Sans Arabic" in pages[0]
