"""No file outside the data folders can be read: `..`, absolute paths, symlinks out of a data folder and
encoded dots are refused, by the folder listing, by analyses, and by the static files."""

from __future__ import annotations

import pytest

from tests.web.conftest import finished

SECRET = "The vault code is 4417 and nobody outside may read it."
ARTICLE = ("Ferry service resumes\n2024-06-01\n\nThe island ferry resumed service on Saturday after storm repairs, "
           "the operator said. Passengers crowded the first crossing, officials said.\n")


@pytest.fixture
def layout(tmp_path):
    """data/ (the one data folder) with sub/article.txt and two symlinks out of it; outside/ beside it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(f"Vault\n\n{SECRET}\n", encoding="utf-8")
    data = tmp_path / "data"
    (data / "sub").mkdir(parents=True)
    (data / "sub" / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (data / "sub" / "secret-link.txt").symlink_to(outside / "secret.txt")
    (data / "link-out").symlink_to(outside, target_is_directory=True)
    return data, outside


@pytest.mark.parametrize("folder, status", [
    ("sub", 200),
    (".", 200),
    ("..", 403),
    ("../outside", 403),
    ("sub/../../outside", 403),
    ("/etc", 403),
    ("OUTSIDE", 403),  # the outside folder's absolute path
    ("link-out", 403),  # a symlink out of the data folder
    ("%2e%2e", 403),  # encoded dots, decoded once by the query string: ".."
    ("%2e%2e%2foutside", 403),
    ("%252e%252e", 404),  # encoded twice: a folder literally named "%2e%2e", which is not there
    ("nowhere", 404),
    ("sub%00", 400),
])
def test_folder_listing_stays_inside(app_over, layout, folder, status):
    data, outside = layout
    client = app_over(data_dirs=[data])
    folder = folder.replace("OUTSIDE", str(outside))
    answer = client.get(f"/api/folders?root=0&folder={folder}")
    assert answer.status_code == status, answer.text
    assert SECRET not in answer.text
    started = client.post("/api/jobs", data={"root": "0", "folder": folder.replace("%2e", ".").replace("%2f", "/")
                                             .replace("%00", "\x00")} if "%25" not in folder else {"root": "0", "folder": "%2e%2e"})
    assert started.status_code == (202 if status == 200 else status), started.text


def test_a_symlink_inside_is_refused_and_named(app_over, layout):
    data, _ = layout
    client = app_over(data_dirs=[data])
    listing = client.get("/api/folders", params={"root": 0, "folder": "sub"}).json()
    assert listing["files"] == ["sub/article.txt"]
    assert listing["refused"] == [{"path": "sub/secret-link.txt", "reason": "points outside the data folder"}]
    job = finished(client, client.post("/api/jobs", data={"root": "0", "folder": "sub"}).json()["id"])
    assert (job["state"], job["read"]) == ("done", 1)
    assert [s["path"] for s in job["skipped"]] == ["sub/secret-link.txt"]
    for story in client.get("/api/stories").json():
        assert SECRET not in client.get(f"/api/stories/{story['id']}").text


@pytest.mark.parametrize("root, status", [("1", 404), ("-1", 400), ("0", 202)])
def test_only_configured_data_folders(app_over, layout, root, status):
    data, _ = layout
    client = app_over(data_dirs=[data])
    assert client.post("/api/jobs", data={"root": root, "folder": "sub"}).status_code == status


def test_no_data_folder_no_folder_reads(app_over):
    client = app_over(data_dirs=[])
    answer = client.post("/api/jobs", data={"root": "0", "folder": "."})
    assert answer.status_code == 403 and "without --data-dir" in answer.json()["detail"]


@pytest.mark.parametrize("path", [
    "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2f%2e%2e%2fstore.py",
    "/static//etc/passwd", "/static/%2fetc%2fpasswd",
])
def test_static_files_stay_inside(client, path):
    answer = client.get(path)
    assert answer.status_code == 404
    assert "import" not in answer.text and "root:" not in answer.text
