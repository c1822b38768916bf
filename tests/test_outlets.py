import pytest

from newsweave.outlets import outlet_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("The Harbor Gazette", "harborgazette"),
        ("harborgazette.com", "harborgazette"),
        ("harbor-gazette", "harborgazette"),
        ("baylinenews.com", "baylinenews"),
        ("https://www.nytimes.com/2025/03/04/x.html", "nytimes"),
        ("news.bbc.co.uk", "bbc"),
        ("Financial Times", "financialtimes"),
        ("Reuters", "reuters"),
        ("", ""),
    ],
)
def test_outlet_key(name: str, key: str) -> None:
    assert outlet_key(name) == key
