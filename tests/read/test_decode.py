"""Bytes to text: encodings detected rather than assumed, and the reasons input is refused."""

from __future__ import annotations

import codecs
import gzip

import pytest

from newsweave.read.decode import Unreadable, check_size, declared_charset, decode_bytes, gunzip, is_binary

CZECH = (
    "Povodeň zasáhla město. Starosta řekl, že hráze nevydržely a lidé museli v noci opustit své domovy."
    " Voda stoupla o čtyři metry."
)
POLISH = "Powódź zalała miasto. Burmistrz powiedział, że wały nie wytrzymały i ludzie musieli w nocy opuścić domy."
GERMAN = "Die Flut überschwemmte die Stadt. Der Bürgermeister sagte, die Dämme hätten nicht gehalten."
SPANISH = "La inundación anegó la ciudad. El alcalde dijo que los diques no resistieron. Señor Muñoz."
RUSSIAN = "Наводнение затопило город. Мэр сказал, что дамбы не выдержали, и жителям пришлось уйти."


@pytest.mark.parametrize(
    ("text", "encoding", "how"),
    [
        ("Plain ASCII report.\n", "utf-8", "utf-8"),
        ("“Curly” quotes – and a café.\n", "utf-8", "utf-8"),
        ("Café in São Paulo\n\nNaïve résumé of the flood.\n", "latin-1", "detected"),
        ("“We were not ready,” the mayor said – the café’s owner agreed… €5,000 lost.\n", "cp1252", "detected"),
        ("The café owner, José Martínez, said the water reached the counter.\n", "latin-1", "detected"),
        (GERMAN, "latin-1", "detected"),
        (SPANISH, "latin-1", "detected"),
        (CZECH, "cp1250", "detected"),
        (POLISH, "cp1250", "detected"),
        (RUSSIAN, "cp1251", "detected"),
        ("UTF-16 with its mark: ça va.\n", "utf-16", "bom"),
    ],
)
def test_text_comes_out_right_whatever_the_encoding(text: str, encoding: str, how: str) -> None:
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert decoded.how == how


@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        ("Caf\u00e9".encode("latin-1") + b" society", "iso-8859-1", "Café society"),  # Latin-1 label read as cp1252
        (b"\x93Quoted\x94", "windows-1252", "“Quoted”"),
        ("Ünïcode".encode(), "iso-8859-1", "Ünïcode"),  # valid UTF-8 wins over a wrong declaration
        (b"caf\xe9 noir", "no-such-charset", "café noir"),  # unknown label: detection decides
    ],
)
def test_declared_charset_is_tried_after_utf8(data: bytes, declared: str, expected: str) -> None:
    assert decode_bytes(data, declared=declared).text == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"line one\r\nline two\rline three", "line one\nline two\nline three"),
        (codecs.BOM_UTF8 + b"marked", "marked"),
    ],
)
def test_newlines_and_byte_order_marks_are_normalised(data: bytes, expected: str) -> None:
    assert decode_bytes(data).text == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n ", "empty"),
        (codecs.BOM_UTF8 + b"\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"GIF89a" + bytes(range(1, 32)) * 4, "binary"),
        (bytes(range(256)) * 8, "binary"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "undecodable"),  # a lone surrogate after the mark
    ],
)
def test_unreadable_input_has_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(Unreadable) as caught:
        decode_bytes(data)
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    ("sample", "binary"),
    [
        (b"An ordinary line of text.\n\tIndented.\f", False),
        (b"Text with one stray escape \x1b in a long enough line of prose to dilute it well.", False),
        (b"\x00", True),
        (b"\x01\x02\x03\x04 abc", True),
        (b"", False),
    ],
)
def test_binary_detection(sample: bytes, binary: bool) -> None:
    assert is_binary(sample) is binary


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        (b'<html><head><meta charset="windows-1252"><title>x</title>', "windows-1252"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "ISO-8859-1"),
        (b"<?xml version='1.0' encoding='iso-8859-15'?><rss>", "iso-8859-15"),
        (b"<html><head><title>no declaration</title>", None),
    ],
)
def test_declared_charset(head: bytes, charset: str | None) -> None:
    assert declared_charset(head) == charset


@pytest.mark.parametrize(
    ("data", "limit", "reason"),
    [
        (gzip.compress(b"x" * 1000), 100, "too-large"),
        (gzip.compress(b"hello")[:-6], 100, "undecodable"),
        (b"\x1f\x8bnot really gzip", 100, "undecodable"),
    ],
)
def test_gunzip_refuses_bombs_and_broken_data(data: bytes, limit: int, reason: str) -> None:
    with pytest.raises(Unreadable) as caught:
        gunzip(data, limit)
    assert caught.value.reason == reason


@pytest.mark.parametrize(("size", "limit", "refused"), [(10, 10, False), (11, 10, True)])
def test_size_limit(size: int, limit: int, refused: bool) -> None:
    if refused:
        with pytest.raises(Unreadable, match="too-large"):
            check_size(size, limit)
    else:
        check_size(size, limit)
