"""Modules packed as zips, and the limits that keep a hostile archive out."""

from __future__ import annotations

import stat
import struct
import zipfile
from pathlib import Path

import pytest

from mobilaze_training.courses import source
from mobilaze_training.courses.validate import load_module
from mobilaze_training.errors import ValidationFailed
from tests.unit.courses.builder import ModuleBuilder

MB = 1024 * 1024


def _refusal(path: Path) -> list[str]:
    with pytest.raises(ValidationFailed) as caught:
        load_module(path)
    problems = []
    for problem in caught.value.problems:  # "entry: message", or "message" for the archive
        entry = problem.file.removeprefix(str(path)).removeprefix(":")
        problems.append(f"{entry}: {problem.message}" if entry else problem.message)
    return problems


def _with_entries(
    module: ModuleBuilder, target: Path, *entries: tuple[zipfile.ZipInfo | str, bytes]
) -> Path:
    """The module zipped at its root, plus `entries`."""
    module.zip(target)
    with zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return target


def test_zip_with_module_yaml_at_the_root(module: ModuleBuilder, tmp_path: Path) -> None:
    loaded = load_module(module.zip(tmp_path / "m.zip"))
    assert loaded.manifest.id == "test-module"
    assert sorted(loaded.files.files) == [
        "lessons/intro.en.md",
        "module.yaml",
        "questions/core.yaml",
    ]


def test_zip_with_one_top_folder_is_accepted(module: ModuleBuilder, tmp_path: Path) -> None:
    loaded = load_module(module.zip(tmp_path / "m.zip", top="test-module"))
    assert sorted(loaded.files.files) == [
        "lessons/intro.en.md",
        "module.yaml",
        "questions/core.yaml",
    ]


def test_zip_from_the_same_folder_has_the_same_content_hash(
    module: ModuleBuilder, tmp_path: Path
) -> None:
    folder = load_module(module.write()).content_hash
    assert load_module(module.zip(tmp_path / "a.zip")).content_hash == folder
    assert load_module(module.zip(tmp_path / "b.zip", top="x")).content_hash == folder


def test_zip_with_two_top_folders_is_refused(module: ModuleBuilder, tmp_path: Path) -> None:
    target = module.zip(tmp_path / "m.zip", top="one")
    with zipfile.ZipFile(target, "a") as archive:
        archive.writestr("two/module.yaml", "format: mobilaze-module/1\n")
    assert _refusal(target) == [
        "module.yaml must be at the root of the zip or inside exactly one top-level folder"
    ]


def test_zip_without_a_manifest_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "m.zip"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("lessons/intro.en.md", "# Intro\n")
    assert _refusal(target) == [
        "module.yaml must be at the root of the zip or inside exactly one top-level folder"
    ]


def test_mac_and_hidden_entries_are_ignored(module: ModuleBuilder, tmp_path: Path) -> None:
    target = module.zip(tmp_path / "m.zip", top="test-module")
    with zipfile.ZipFile(target, "a") as archive:
        archive.writestr("__MACOSX/test-module/._module.yaml", b"\x00\x05")
        archive.writestr("test-module/.DS_Store", b"\x00")
    assert "module.yaml" in load_module(target).files.files
    assert load_module(target).warnings == []


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../evil.md", "'..' in a path is not allowed"),
        ("lessons/../../evil.md", "'..' in a path is not allowed"),
        ("/etc/passwd", "absolute paths are not allowed"),
        ("\\windows\\evil.md", "absolute paths are not allowed"),
        ("C:/evil.md", "absolute paths are not allowed"),
    ],
)
def test_unsafe_paths_are_refused(
    module: ModuleBuilder, tmp_path: Path, name: str, message: str
) -> None:
    target = _with_entries(module, tmp_path / "m.zip", (zipfile.ZipInfo(name), b"x"))
    assert _refusal(target) == [f"{name}: {message}"]


def test_symlink_entries_are_refused(module: ModuleBuilder, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("media/link.png")
    link.create_system = 3  # unix, so the mode bits are read
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    target = _with_entries(module, tmp_path / "m.zip", (link, b"/etc/passwd"))
    assert _refusal(target) == ["media/link.png: links are not allowed in a module"]


def test_symlinks_in_a_folder_are_refused(module: ModuleBuilder, tmp_path: Path) -> None:
    root = module.write()
    (tmp_path / "secret.png").write_bytes(b"secret")
    (root / "media").mkdir()
    (root / "media" / "link.png").symlink_to(tmp_path / "secret.png")
    with pytest.raises(ValidationFailed) as caught:
        load_module(root)
    assert [str(p) for p in caught.value.problems] == [
        f"{root}/media/link.png: links are not allowed in a module"
    ]


def test_too_many_entries(module: ModuleBuilder, tmp_path: Path) -> None:
    extra = [(f"media/{i}.png", b"") for i in range(source.MAX_ENTRIES)]
    target = _with_entries(module, tmp_path / "m.zip", *extra)
    assert _refusal(target) == ["5003 entries; at most 5000 allowed"]


def test_a_file_declared_over_50_mb(module: ModuleBuilder, tmp_path: Path) -> None:
    target = module.zip(tmp_path / "m.zip")
    with (
        zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("media/huge.png", "w", force_zip64=True) as stream,
    ):
        for _ in range(51):  # 51 MB of zeros: about 50 KB compressed
            stream.write(bytes(MB))
    assert target.stat().st_size < MB
    assert _refusal(target) == ["media/huge.png: file of 51 MB is over the 50 MB limit"]


def test_a_file_larger_than_it_declares(module: ModuleBuilder, tmp_path: Path) -> None:
    """A zip bomb that lies: its directory says 1 KB, its data inflates to 51 MB."""
    target = _with_entries(module, tmp_path / "m.zip", ("media/bomb.png", bytes(51 * MB)))
    data = bytearray(target.read_bytes())
    at = data.rfind(b"PK\x01\x02")  # the central directory entry of the last file
    assert data[at + 46 : at + 46 + len("media/bomb.png")] == b"media/bomb.png"
    struct.pack_into("<I", data, at + 24, 1024)  # its uncompressed size
    target.write_bytes(bytes(data))
    [problem] = _refusal(target)
    assert problem.startswith("media/bomb.png: entry is damaged or larger than it declares")


def test_more_than_200_mb_unpacked(module: ModuleBuilder, tmp_path: Path) -> None:
    target = module.zip(tmp_path / "m.zip")
    zeros = bytes(MB)
    with zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED) as archive:
        for n in range(5):  # 5 x 41 MB: each under the file limit, together over 200 MB
            with archive.open(f"media/big-{n}.png", "w", force_zip64=True) as stream:
                for _ in range(41):
                    stream.write(zeros)
    assert _refusal(target) == ["more than 200 MB unpacked"]


def test_a_damaged_zip_is_refused_not_crashed(module: ModuleBuilder, tmp_path: Path) -> None:
    target = module.zip(tmp_path / "m.zip")
    data = bytearray(target.read_bytes())
    at = data.find(b"PK\x03\x04")
    data[at + 40 : at + 60] = bytes(20)  # damage the first entry's data
    target.write_bytes(bytes(data))
    with pytest.raises(ValidationFailed) as caught:
        load_module(target)
    [problem] = caught.value.problems
    assert problem.message.startswith("entry is damaged or larger than it declares")


def test_a_file_that_is_neither_folder_nor_zip(tmp_path: Path) -> None:
    target = tmp_path / "module.txt"
    target.write_text("format: mobilaze-module/1\n")
    assert _refusal(target) == ["not a module folder or a zip archive of one"]
    assert _refusal(tmp_path / "absent") == ["no such file or folder"]
