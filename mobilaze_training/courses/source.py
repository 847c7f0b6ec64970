"""Reading a module's files from a folder or a zip, with the zip safety limits."""

from __future__ import annotations

import hashlib
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from mobilaze_training.errors import Problem, ValidationFailed

MAX_ENTRIES = 5_000
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_FILE_BYTES = 50 * 1024 * 1024
MANIFEST = "module.yaml"
SIGNATURE = "SIGNATURE"
#: What zipfile raises on a damaged, encrypted or unsupported archive or entry.
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError)


@dataclass
class ModuleFiles:
    """Every file of a module, by its path relative to the module root (POSIX separators)."""

    display: str
    files: dict[str, bytes] = field(default_factory=dict)

    def where(self, rel: str) -> str:
        return f"{self.display}/{rel}"

    def listing(self) -> str:
        """Canonical listing of every file but SIGNATURE: one 'sha256  path' line each, sorted."""
        lines = [
            f"{hashlib.sha256(data).hexdigest()}  {path}\n"
            for path, data in sorted(self.files.items())
            if path != SIGNATURE
        ]
        return "".join(lines)

    def content_hash(self) -> str:
        return hashlib.sha256(self.listing().encode("utf-8")).hexdigest()


def read_module_files(path: Path) -> ModuleFiles:
    """Files of the module at `path` (a folder or a .zip); refuses unsafe archives."""
    if path.is_dir():
        return _read_folder(path)
    if path.is_file() and zipfile.is_zipfile(path):
        try:
            return _read_zip(path)
        except _ZIP_ERRORS as exc:
            problem = Problem(str(path), None, "", f"the zip archive cannot be read: {exc}")
            raise ValidationFailed(str(path), [problem]) from exc
    if not path.exists():
        raise ValidationFailed(str(path), [Problem(str(path), None, "", "no such file or folder")])
    raise ValidationFailed(
        str(path),
        [Problem(str(path), None, "", "not a module folder or a zip archive of one")],
    )


def _read_folder(root: Path) -> ModuleFiles:
    display = str(root).rstrip("/")
    problems: list[Problem] = []
    result = ModuleFiles(display)
    total = 0
    for item in sorted(root.rglob("*")):
        rel = item.relative_to(root).as_posix()
        if any(part.startswith(".") for part in PurePosixPath(rel).parts):
            continue  # hidden files and folders (.git, .DS_Store) are not part of a module
        if item.is_symlink():
            problems.append(
                Problem(result.where(rel), None, "", "links are not allowed in a module")
            )
            continue
        if not item.is_file():
            continue
        size = item.stat().st_size
        total += size
        if size > MAX_FILE_BYTES:
            problems.append(_too_big(result.where(rel), size))
            continue
        result.files[rel] = item.read_bytes()
    if len(result.files) > MAX_ENTRIES:
        problems.append(Problem(display, None, "", f"more than {MAX_ENTRIES} files"))
    if total > MAX_TOTAL_BYTES:
        problems.append(Problem(display, None, "", "more than 200 MB in all"))
    if problems:
        raise ValidationFailed(display, problems)
    return result


def _too_big(where: str, size: int) -> Problem:
    return Problem(where, None, "", f"file of {size // (1024 * 1024)} MB is over the 50 MB limit")


def _read_zip(path: Path) -> ModuleFiles:
    display = str(path)
    problems: list[Problem] = []
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise ValidationFailed(
                display,
                [
                    Problem(
                        display, None, "", f"{len(infos)} entries; at most {MAX_ENTRIES} allowed"
                    )
                ],
            )
        total = 0
        names: list[zipfile.ZipInfo] = []
        for info in infos:
            name = info.filename
            where = f"{display}:{name}"
            parts = PurePosixPath(name.replace("\\", "/")).parts
            if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
                problems.append(Problem(where, None, "", "absolute paths are not allowed"))
                continue
            if ".." in parts:
                problems.append(Problem(where, None, "", "'..' in a path is not allowed"))
                continue
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                problems.append(Problem(where, None, "", "links are not allowed in a module"))
                continue
            if info.is_dir():
                continue
            if info.file_size > MAX_FILE_BYTES:
                problems.append(_too_big(where, info.file_size))
                continue
            total += info.file_size
            names.append(info)
        if total > MAX_TOTAL_BYTES:
            problems.append(Problem(display, None, "", "more than 200 MB unpacked"))
        if problems:
            raise ValidationFailed(display, problems)
        prefix = _zip_root(display, [i.filename for i in names])
        result = ModuleFiles(display)
        for info in names:
            rel = info.filename[len(prefix) :]
            if not rel or any(p.startswith(".") or p == "__MACOSX" for p in rel.split("/")):
                continue
            result.files[rel] = _read_limited(archive, info, f"{display}:{info.filename}")
        return result


def _read_limited(archive: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> bytes:
    """Read one entry, stopping when it inflates past its declared size or the limit."""
    limit = min(info.file_size, MAX_FILE_BYTES)
    try:
        with archive.open(info) as stream:
            data = stream.read(limit + 1)
    except _ZIP_ERRORS as exc:  # zipfile stops at the declared size, then finds a bad checksum
        message = f"entry is damaged or larger than it declares ({exc})"
        raise ValidationFailed(where, [Problem(where, None, "", message)]) from exc
    if len(data) > limit:
        raise ValidationFailed(
            where, [Problem(where, None, "", "entry is larger than it declares")]
        )
    return data


def _zip_root(display: str, names: list[str]) -> str:
    """'' when module.yaml is at the root, 'folder/' when inside exactly one top-level folder."""
    if MANIFEST in names:
        return ""
    tops = {n.split("/", 1)[0] for n in names if "/" in n and not n.startswith("__MACOSX")}
    if len(tops) == 1:
        top = next(iter(tops))
        if f"{top}/{MANIFEST}" in names:
            return f"{top}/"
    raise ValidationFailed(
        display,
        [
            Problem(
                display,
                None,
                "",
                "module.yaml must be at the root of the zip or inside exactly one top-level folder",
            )
        ],
    )
