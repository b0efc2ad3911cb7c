"""Write outputs into a staging folder and move it into place whole; one build per output folder at a time.

A failed or killed build leaves the previous output untouched: the new tree only replaces
the old one by two renames on the same filesystem, after every file is written and hashed.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import ScrpressError


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@contextlib.contextmanager
def _exclusive(lock_path: Path, message: str, shown: Path) -> Iterator[None]:
    """An exclusive advisory lock (flock) held while the block runs; refused at once if someone else holds it."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fh = lock_path.open("a+")
    try:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                raise ScrpressError(message, file=shown) from None
            raise
        yield
    finally:
        fh.close()


@contextlib.contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock beside `out_dir`; a second build of the same output fails at once with a clear message."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive(out_dir.parent / f".{out_dir.name}.lock",
                    "another scrpress build is writing this output folder: wait for it to finish", out_dir):  # fmt: skip
        _recover(out_dir)
        yield


@contextlib.contextmanager
def case_lock(case_dir: Path) -> Iterator[None]:
    """One command at a time may change a case's review files (decisions, labels, approvals, caches)."""
    with _exclusive(case_dir / ".scrpress" / "case.lock",
                    "another scrpress command (build, review or approve) is working on this case: wait for it to finish",
                    case_dir):  # fmt: skip
        yield


def _recover(out_dir: Path) -> None:
    """If a build was killed between its two renames, put the previous output back."""
    old = out_dir.parent / f".{out_dir.name}.previous"
    if old.exists():
        if out_dir.exists():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.rename(out_dir)
    for stale in out_dir.parent.glob(f".{out_dir.name}.staging-*"):
        shutil.rmtree(stale, ignore_errors=True)


@contextlib.contextmanager
def staged(out_dir: Path) -> Iterator[Path]:
    """A fresh staging folder; on success its tree replaces `out_dir`, on any failure it is removed."""
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.staging-", dir=out_dir.parent))
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap_into_place(staging, out_dir)


def _swap_into_place(staging: Path, out_dir: Path) -> None:
    old = out_dir.parent / f".{out_dir.name}.previous"
    os.chmod(staging, 0o755)
    if out_dir.exists():
        out_dir.rename(old)
    staging.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)


def write_manifest(root: Path, extra: dict[str, object] | None = None) -> Path:
    """`manifest.json`: every file under root with its size and SHA-256 (boards verify uploads against it)."""
    files = [
        {"path": p.relative_to(root).as_posix(), "bytes": p.stat().st_size, "sha256": sha256_file(p)}
        for p in sorted(root.rglob("*"))
        if p.is_file() and p != root / "manifest.json"
    ]
    manifest = {"files": files, **(extra or {})}
    path = root / "manifest.json"
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _mode_for(path: Path) -> int:
    """The file's current permissions, or what a new file would get under the user's umask."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_text(path: Path, text: str) -> None:
    """Replace a file whole (write beside it, fsync, rename) so a crash never leaves it truncated."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.chmod(tmp, _mode_for(path))  # mkstemp makes 0600; colleagues on a shared drive must still read it
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
