"""Files through kadi-apy: direct and chunked uploads (the client picks by the size
the server announces), downloads, replacing data by name, renames and deletion."""

import hashlib
import os
import zipfile


def test_a_file_goes_up_and_comes_down_byte_equal(ada, unique, tmp_path):
    record = ada.record(identifier=unique, title="Files", create=True)
    source = tmp_path / "specimen.csv"
    source.write_bytes(b"force,elongation\n1.0,0.1\n2.0,0.3\n")
    response = record.upload_file(str(source), file_description="Raw data")
    assert response.status_code == 201, response.text
    assert response.json()["checksum"] == hashlib.md5(source.read_bytes()).hexdigest()
    file_id = record.get_file_id("specimen.csv")
    assert record.has_file("specimen.csv")
    assert record.get_number_files() == 1
    info = record.get_file_info(file_id).json()
    assert info["description"] == "Raw data"
    assert info["mimetype"] == "text/csv"
    target = tmp_path / "back.csv"
    assert record.download_file(file_id, str(target)).status_code == 200
    assert target.read_bytes() == source.read_bytes()


def test_an_upload_under_a_taken_name_is_refused_unless_forced_and_then_replaces_the_data(ada, unique):
    record = ada.record(identifier=unique, title="Replace", create=True)
    assert record.upload_string_to_file("first", "notes.txt").status_code == 201
    file_id = record.get_file_id("notes.txt")
    assert record.upload_string_to_file("second", "notes.txt").status_code == 409
    replaced = record.upload_string_to_file("second version", "notes.txt", force=True)
    assert replaced.status_code == 201, replaced.text
    assert replaced.json()["id"] == file_id, "the same file, new data"
    assert record.download_file(file_id).content == b"second version"


def test_a_large_file_is_sent_in_chunks_and_assembled(ada, unique, tmp_path):
    record = ada.record(identifier=unique, title="Large", create=True)
    source = tmp_path / "large.bin"
    size = 50_000_000 + 123
    with open(source, "wb") as f:
        f.write(os.urandom(size))
    response = record.upload_file(str(source))
    # kadi-apy sent six chunks, finished, and polled the task until it named the file.
    assert response.status_code == 200, response.text
    task = response.json()["_meta"]["task"]
    assert task["state"] == "success", task
    assert task["file"]["size"] == size
    assert task["file"]["checksum"] == hashlib.md5(source.read_bytes()).hexdigest()
    assert record.get_filelist().json()["items"][0]["name"] == "large.bin"


def test_files_are_renamed_zipped_and_deleted(ada, unique, tmp_path):
    record = ada.record(identifier=unique, title="Zip", create=True)
    record.upload_string_to_file("a", "a.txt")
    record.upload_string_to_file("b", "b.txt")
    file_id = record.get_file_id("a.txt")
    assert record.edit_file(file_id, name="renamed.txt").status_code == 200
    assert record.get_file_name(file_id) == "renamed.txt"
    archive = tmp_path / "all.zip"
    assert record.download_all_files(str(archive)).status_code == 200
    with zipfile.ZipFile(archive) as z:
        assert sorted(z.namelist()) == ["b.txt", "renamed.txt"]
        assert z.read("renamed.txt") == b"a"
    assert record.delete_file(file_id).status_code == 204
    assert not record.has_file("renamed.txt")
