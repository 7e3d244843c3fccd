"""kywy's file helpers: upload_file (multipart `file-0`), download_file (metadata then
bytes), delete_file."""

import os

import pytest


def test_a_file_goes_up_comes_back_and_goes_away(kawa, tmp_path):
    source = tmp_path / "report.csv"
    source.write_bytes(b"country,amount\nFR,10\n")
    kawa.upload_file(source, "monthly-report")

    kawa.tmp_files_directory = str(tmp_path / "downloads")
    os.makedirs(kawa.tmp_files_directory)
    local = kawa.download_file("monthly-report")
    assert os.path.basename(local) == "report.csv"
    assert open(local, "rb").read() == b"country,amount\nFR,10\n"

    source.write_bytes(b"country,amount\nUK,7\n")
    kawa.upload_file(source, "monthly-report")
    assert open(kawa.download_file("monthly-report"), "rb").read() == b"country,amount\nUK,7\n"

    kawa.delete_file("monthly-report")
    with pytest.raises(Exception):
        kawa.delete_file("monthly-report")
