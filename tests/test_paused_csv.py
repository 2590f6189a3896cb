"""The accountants' CSV, cell by cell: money in major units, formula neutralisation, RFC 4180
quoting parsed back by Python's csv module, the fast line formatter against the reference,
and files written atomically even when the disk fills up half-way."""

from __future__ import annotations

import csv
import errno
import io
import os
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.paused import money
from services.paused.csvfile import (
    CRLF,
    FORMULA_STARTS,
    HEADER,
    HEADER_LINE,
    AccountLabel,
    AtomicFile,
    ExportError,
    ItemCells,
    LineFormatter,
    cells,
    iso_utc,
    join_cells,
    neutralise,
    quote,
    record,
)
from services.paused.items import ItemsSummary
from services.paused.model import PausedRow

# -- money ----------------------------------------------------------------------------------


def test_amounts_are_major_units_with_the_currencys_own_decimals():
    assert money.major_text(123450, "usd") == "1234.50"
    assert money.major_text(5, "eur") == "0.05"
    assert money.major_text(1200, "jpy") == "1200"  # zero-decimal: yen are whole
    assert money.major_text(1200, "JPY") == "1200"
    assert money.major_text(1500, "kwd") == "1.500"  # three decimals
    assert money.major_text(0, "gbp") == "0.00"
    assert money.major_text(Decimal("12.5"), "usd") == "0.13"  # fractional cents round half-up
    assert money.exponent("krw") == 0 and money.exponent("bhd") == 3 and money.exponent("usd") == 2


@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(["usd", "jpy", "kwd", "eur"]))
def test_major_text_is_exact(amount, currency):
    text = money.major_text(amount, currency)
    assert Decimal(text) == Decimal(amount).scaleb(-money.exponent(currency))
    decimals = len(text.partition(".")[2])
    assert decimals == money.exponent(currency)


def test_per_month_equivalents():
    assert money.monthly(12000, "year", 1) == Decimal(1000)
    assert money.monthly(3000, "month", 3) == Decimal(1000)
    assert money.monthly(100, "week", 1) == Decimal(100) * 52 / 12
    assert money.monthly(100, "fortnight", 1) is None


# -- neutralisation and quoting ----------------------------------------------------------------


@given(st.text())
def test_neutralise_guards_exactly_the_formula_starts(text):
    out = neutralise(text)
    if text and text[0] in "=+-@\t\r\n":
        assert out == "'" + text
    else:
        assert out == text
    # Whatever a spreadsheet sees first, it is never a formula character.
    assert not out or out[0] not in FORMULA_STARTS


@pytest.mark.parametrize(
    "cell",
    ['=HYPERLINK("http://evil","click")', "+1 555 0100", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1"],
)
def test_formula_cells_are_written_as_text(cell):
    line = join_cells([cell, "ok"]) + CRLF
    parsed = next(csv.reader(io.StringIO(line)))
    assert parsed == ["'" + cell, "ok"]


def test_quote_follows_rfc_4180():
    assert quote("plain") == "plain"
    assert quote("a,b") == '"a,b"'
    assert quote('say "hi"') == '"say ""hi"""'
    assert quote("two\nlines") == '"two\nlines"'
    assert quote("cr\rhere") == '"cr\rhere"'


@settings(max_examples=300)
@given(st.lists(st.text(), min_size=2, max_size=8))
def test_any_cells_parse_back_with_the_csv_module(values):
    # (At least two cells: a record of one empty cell is an empty line, which RFC 4180
    # cannot tell from no record; the export's records have 24 cells.)
    line = join_cells(values) + CRLF
    parsed = list(csv.reader(io.StringIO(line, newline=""), strict=True))
    assert parsed == [[neutralise(v) for v in values]]


def test_header_is_the_documented_stable_one():
    assert HEADER == (
        "subscription_id",
        "account_id",
        "account_name",
        "customer_id",
        "customer_name",
        "customer_email",
        "status",
        "pause_kind",
        "pause_behavior",
        "resumes_at",
        "paused_since",
        "days_paused",
        "currency",
        "recurring_amount",
        "interval",
        "interval_count",
        "monthly_amount",
        "amount_complete",
        "items",
        "item_count",
        "collection_method",
        "latest_invoice_id",
        "latest_invoice_status",
        "created",
    )
    assert ",".join(HEADER) + "\r\n" == HEADER_LINE
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    if "## Paused collections CSV" in readme:  # the lead adds the section from our report
        assert ",".join(HEADER) in readme


def test_dates_are_iso_8601_utc():
    assert iso_utc(0) == "1970-01-01T00:00:00Z"
    assert iso_utc(1_795_293_634) == "2026-11-21T20:40:34Z"
    assert iso_utc(None) == ""


# -- the fast formatter agrees with the reference ------------------------------------------------

NOW = 1_795_000_000
hostile = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.sampled_from(['=cmd|" /C calc"!A0', 'Zoë, "the" boss', "名前\nline", "-1", "@x", "", "\t"]),
)


@st.composite
def paused_rows(draw):
    kind = draw(st.sampled_from(["collection", "status"]))
    amount = draw(st.one_of(st.none(), st.integers(0, 10**9)))
    currency = draw(st.sampled_from(["usd", "jpy", "kwd", "eur", None]))
    since = draw(st.one_of(st.none(), st.integers(NOW - 10**8, NOW + 10**5)))
    return PausedRow(
        rid=draw(st.integers(1, 10**6)),
        kind=kind,
        subscription_id=draw(st.text(min_size=1, max_size=20)),
        account=draw(st.sampled_from(["", "acct_1X", "acct_=2"])),
        account_name=draw(hostile),
        customer_id=draw(hostile),
        customer_name=draw(hostile),
        customer_email=draw(hostile),
        status=draw(st.sampled_from(["active", "past_due", "paused", None])),
        behavior=draw(st.sampled_from(["void", "keep_as_draft", None]))
        if kind == "collection"
        else None,
        resumes_at=draw(st.one_of(st.none(), st.integers(0, 2 * 10**9)))
        if kind == "collection"
        else None,
        paused_since=since,
        currency=currency,
        amount_minor=amount,
        interval=draw(st.sampled_from(["month", "year", "mixed", None])),
        interval_count=draw(st.sampled_from([1, 3, None])),
        monthly_minor=draw(st.one_of(st.none(), st.integers(0, 10**9))),
        amount_complete=draw(st.booleans()),
        items=draw(st.text(max_size=40)),
        item_count=draw(st.integers(0, 5)),
        collection_method=draw(st.sampled_from(["charge_automatically", "send_invoice", None])),
        latest_invoice=draw(hostile),
        latest_invoice_status=draw(st.sampled_from(["draft", "void", None])),
        created=draw(st.one_of(st.none(), st.integers(0, 2 * 10**9))),
        application=None,
    )


def _raw(row: PausedRow) -> tuple:
    """The same subscription as a row of the export query."""
    return (
        row.rid,
        row.subscription_id,
        row.account,
        row.account_name,
        row.customer_id,
        row.customer_name,
        row.customer_email,
        row.status,
        row.behavior,
        row.resumes_at,
        row.paused_since,
        row.currency,
        "sig",
        row.collection_method,
        row.latest_invoice,
        row.latest_invoice_status,
        row.created,
        None,
    )


class _Book:
    def __init__(self, row: PausedRow) -> None:
        self.row = row

    def summary(self, account, signature):
        r = self.row
        return ItemsSummary(
            r.items,
            r.item_count,
            r.amount_minor,
            r.interval,
            r.interval_count,
            r.monthly_minor,
            r.amount_complete,
        )


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(paused_rows(), st.sampled_from([AccountLabel("acct_1P", "Plat, Inc."), AccountLabel()]))
def test_fast_line_formatter_writes_what_the_reference_writes(row, platform):
    item_cells, commas = ItemCells(_Book(row))(row.account, "sig", row.currency)  # type: ignore[arg-type]
    fast = LineFormatter(row.kind, NOW, platform)(_raw(row), item_cells, commas)
    assert fast == record(row, NOW, platform)
    parsed = next(csv.reader(io.StringIO(fast, newline="")))
    assert parsed == [neutralise(c) for c in cells(row, NOW, platform)]


# -- atomic files ------------------------------------------------------------------------------


class FillsUp(io.RawIOBase):
    """A file that runs out of space after ``room`` bytes (ENOSPC), like a full disk."""

    def __init__(self, fd: int, room: int) -> None:
        self.fd = fd
        self.room = room

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[override]
        if self.room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        chunk = bytes(data[: self.room])
        written = os.write(self.fd, chunk)
        self.room -= written
        return written

    def fileno(self) -> int:
        return self.fd

    def close(self) -> None:
        if not self.closed:
            os.close(self.fd)
        super().close()


def _fills_up_after(room: int):
    def opener(fd: int) -> BinaryIO:
        return io.BufferedWriter(FillsUp(fd, room), buffer_size=4096)  # type: ignore[return-value]

    return opener


def test_atomic_file_appears_only_when_complete(tmp_path):
    target = tmp_path / "out.csv"
    with AtomicFile(target) as out:
        out.write("a,b\r\n")
        assert not target.exists()
        leftovers = [p.name for p in tmp_path.iterdir()]
        assert len(leftovers) == 1 and leftovers[0].startswith(".out.csv.")
        assert leftovers[0].endswith(".partial")
    assert target.read_bytes() == b"a,b\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_full_disk_half_way_leaves_no_file_and_keeps_the_old_one(tmp_path):
    target = tmp_path / "paused.csv"
    with (
        pytest.raises(ExportError) as info,
        AtomicFile(target, opener=_fills_up_after(10_000)) as out,
    ):
        for i in range(5_000):
            out.write(f"row {i},x\r\n")
    assert info.value.reason == "no_space"
    assert "disk is full" in info.value.message
    assert list(tmp_path.iterdir()) == []  # no partial file, no temporary file

    target.write_bytes(b"previous export\r\n")
    with (
        pytest.raises(ExportError) as again,
        AtomicFile(target, opener=_fills_up_after(100)) as out,
    ):
        out.write("x" * 50_000)
    assert target.read_bytes() == b"previous export\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["paused.csv"]
    assert "paused.csv is unchanged" in again.value.message


def test_an_error_while_writing_discards_the_temporary_file(tmp_path):
    target = tmp_path / "paused.csv"
    with pytest.raises(RuntimeError), AtomicFile(target) as out:
        out.write("half")
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_places_are_explained(tmp_path):
    with pytest.raises(ExportError) as missing, AtomicFile(tmp_path / "no" / "dir" / "x.csv"):
        pass
    assert missing.value.reason == "no_folder" and "does not exist" in missing.value.message
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(ExportError) as not_dir, AtomicFile(a_file / "x.csv"):
        pass
    assert not_dir.value.reason == "no_folder" and "not a folder" in not_dir.value.message
    with pytest.raises(ExportError) as is_dir, AtomicFile(tmp_path):
        pass
    assert is_dir.value.reason == "is_folder"


def test_bom_is_optional(tmp_path):
    with AtomicFile(tmp_path / "plain.csv") as out:
        out.write("é\r\n")
    with AtomicFile(tmp_path / "excel.csv", bom=True) as out:
        out.write("é\r\n")
    assert (tmp_path / "plain.csv").read_bytes() == "é\r\n".encode()
    assert (tmp_path / "excel.csv").read_bytes() == b"\xef\xbb\xbf" + "é\r\n".encode()


def test_the_file_gets_normal_permissions_or_keeps_the_old_ones(tmp_path):
    target = tmp_path / "x.csv"
    with AtomicFile(target) as out:
        out.write("a")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    os.chmod(target, 0o640)
    with AtomicFile(target) as out:
        out.write("b")
    assert target.stat().st_mode & 0o777 == 0o640
