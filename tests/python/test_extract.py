"""newsgraph.extract and extract_many: the same objects the CLI prints, on real articles."""
import json
import subprocess

import pytest

import newsgraph
from conftest import corpus_lines


def cli_jsonl(binary, lines):
    out = subprocess.run([binary, "extract", "--jsonl"], input=b"".join(lines),
                         capture_output=True, check=True).stdout
    return [json.loads(l) for l in out.splitlines()]


def test_extract_equals_cli_on_corpus_articles(binary):
    lines = corpus_lines(60)
    expected = cli_jsonl(binary, lines)
    for line, want in zip(lines, expected):
        record = json.loads(line)
        got = newsgraph.extract(record["text"], id=record["id"])
        want = {k: v for k, v in want.items() if k != "source"}
        assert got == want, record["id"]


def test_extract_bytes_and_str_agree_and_repair_broken_bytes():
    text = "The caf\u00e9 owner said the rent doubled.".encode("utf-8")
    broken = text.replace("\u00e9".encode("utf-8"), b"\xe9")  # a latin-1 byte, as scraped
    fixed = newsgraph.extract(broken)
    assert fixed["repairs"], "the invalid byte must be reported as a repair"
    assert fixed["repairs"][0]["start"] == broken.index(b"\xe9")
    assert newsgraph.extract(text.decode("utf-8"))["repairs"] == []


def test_extract_seed_finds_people_and_speakers(seed_text):
    doc = newsgraph.extract(seed_text)
    names = {e["name"] for e in doc["entities"] if e["type"] == "PERSON"}
    assert any("Rahmon" in n for n in names)
    speakers = {q["speaker"] for q in doc["quotes"] if q["speaker"]}
    assert len(speakers) >= 3
    for q in doc["quotes"]:  # spans are byte offsets into the text as given
        assert 0 <= q["start"] <= q["end"] <= len(seed_text)


def test_extract_rejects_other_types():
    with pytest.raises(TypeError):
        newsgraph.extract(42)


def test_extract_many_keeps_order_and_fields_with_threads(binary):
    lines = corpus_lines(80, start=100)
    expected = cli_jsonl(binary, lines)
    records = [json.loads(l) for l in lines]
    got = list(newsgraph.extract_many(records, threads=2, batch=7))
    assert got == expected


def test_extract_many_plain_texts_numbered_by_position():
    texts = ["Obama spoke in Chicago.", b"Merkel met Macron in Paris."]
    got = list(newsgraph.extract_many(texts, threads=2))
    assert [g["id"] for g in got] == [0, 1]
    assert got[1]["entities"]


def test_extract_many_bad_item_names_its_position():
    with pytest.raises(ValueError, match="item 1"):
        list(newsgraph.extract_many(["fine", {"id": "x"}]))


def test_help_is_useful():
    assert "byte offsets" in newsgraph.extract.__doc__
    assert "input order" in newsgraph.extract_many.__doc__
