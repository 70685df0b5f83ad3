"""Keep the translation files in step with the code.

    python scripts/translations.py update            # extract: code -> resources/i18n/*.ts
    python scripts/translations.py import F.json...  # fill translations from JSON files
    python scripts/translations.py compile           # .ts -> .qm (what the app loads)
    python scripts/translations.py all [F.json...]   # update, import, compile
    python scripts/translations.py missing F.json PATH...  # messages in PATH not in F.json

The JSON format (one object per context): {"Context": {"source": "translation",
"%n thing(s)": {"en": ["%n thing", "%n things"], "es": ["%n cosa", "%n cosas"]}}}.
A key "source|||disambiguation" addresses a message with a disambiguation.

lupdate does not see plurals in QCoreApplication.translate(), so every message holding %n
is marked numerus here. The English file keeps only the numerus messages."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n"
STEM = "tli_workbook"
TARGETS = {"es": "es_ES", "en": "en_US"}
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    local = BIN / f"pyside6-{name}"
    return str(local) if local.exists() else f"pyside6-{name}"


def ts_path(lang: str, folder: Path = FOLDER) -> Path:
    return folder / f"{STEM}_{lang}.ts"


def sources(root: Path = ROOT) -> list[str]:
    """The code lupdate reads, relative to ``root``."""
    return sorted(str(p.relative_to(root)) for p in (root / "tli_workbook").rglob("*.py"))


def _key(message: ET.Element) -> str:
    source = message.findtext("source") or ""
    comment = message.findtext("comment")
    return f"{source}|||{comment}" if comment else source


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    head = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    path.write_text(head + body + "\n", "utf-8")


def _numerus_forms(lang: str) -> int:
    return 2  # English and Spanish both: one, other


def _mark_numerus(tree: ET.ElementTree, lang: str) -> None:
    for message in tree.iter("message"):
        if "%n" not in (message.findtext("source") or "") or message.get("numerus") == "yes":
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        old = translation.text or ""
        translation.text = None
        translation.set("type", "unfinished")
        for _ in range(_numerus_forms(lang)):
            ET.SubElement(translation, "numerusform").text = old


def _finished(path: Path) -> dict[tuple[str, str], ET.Element]:
    """The finished translations in a .ts file, by (context, key)."""
    if not path.is_file():
        return {}
    kept: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                kept[(name, _key(message))] = copy.deepcopy(translation)
    return kept


def update(folder: Path = FOLDER, root: Path = ROOT) -> None:
    """Extract the messages of ``root``'s code into the .ts files in ``folder`` (kept
    translations stay; messages gone from the code are dropped)."""
    folder.mkdir(parents=True, exist_ok=True)
    for lang, target in TARGETS.items():
        path = ts_path(lang, folder).resolve()
        # lupdate folds the plural forms of translate() messages, which it does not know
        # to be plurals, into one: the finished translations are put back after it ran.
        kept = _finished(path)
        cmd = [tool("lupdate"), *sources(root), "-locations", "none", "-no-obsolete"]
        cmd += ["-target-language", target, "-ts", str(path)]
        subprocess.run(cmd, cwd=root, check=True, capture_output=True)
        tree = ET.parse(path)
        _mark_numerus(tree, lang)
        top = tree.getroot()
        for context in list(top.iter("context")):
            name = context.findtext("name") or ""
            for message in list(context.iter("message")):
                if lang == "en" and message.get("numerus") != "yes":
                    context.remove(message)
                    continue
                old = kept.get((name, _key(message)))
                if old is None:
                    continue
                is_plural = message.get("numerus") == "yes"
                if is_plural != (old.find("numerusform") is not None):
                    continue  # the message changed kind: translate it again
                translation = message.find("translation")
                if translation is not None:
                    message.remove(translation)
                message.append(old)
            if context.find("message") is None:
                top.remove(context)
        _write(tree, path)


def import_json(files: list[str], folder: Path = FOLDER) -> None:
    wanted: dict[str, dict[tuple[str, str], object]] = {"en": {}, "es": {}}
    for name in files:
        data = json.loads(Path(name).read_text("utf-8"))
        for context, messages in data.items():
            for source, value in messages.items():
                if isinstance(value, dict):
                    for lang, forms in value.items():
                        wanted[lang][(context, source)] = forms
                else:
                    wanted["es"][(context, source)] = value
    for lang, table in wanted.items():
        path = ts_path(lang, folder)
        tree = ET.parse(path)
        used = set()
        for context in tree.getroot().iter("context"):
            cname = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (cname, _key(message))
                if key not in table:
                    continue
                used.add(key)
                value = table[key]
                translation = message.find("translation")
                assert translation is not None
                if message.get("numerus") == "yes":
                    forms = value if isinstance(value, list) else [value, value]
                    for child in list(translation):
                        translation.remove(child)
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = str(form)
                else:
                    translation.text = str(value[-1] if isinstance(value, list) else value)
                translation.attrib.pop("type", None)
        _write(tree, path)
        unused = sorted(set(table) - used)
        for context, source in unused:
            print(f"{lang}: no such message in the code: {context}: {source[:70]!r}")


def compile_qm(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    """Compile each .ts in ``folder`` into a .qm in ``out`` (default: beside it)."""
    made = []
    for lang in TARGETS:
        path = ts_path(lang, folder)
        qm = (out or folder) / path.with_suffix(".qm").name
        subprocess.run([tool("lrelease"), "-silent", str(path), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


@dataclass(frozen=True)
class Message:
    """One message of a .ts file, as the tests and the tools read it."""

    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    translation: str
    forms: tuple[str, ...]

    @property
    def key(self) -> str:
        return f"{self.source}|||{self.comment}" if self.comment else self.source


def read_ts(path: Path) -> list[Message]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            forms = tuple(f.text or "" for f in message.iter("numerusform"))
            out.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=message.get("numerus") == "yes",
                    finished=kind not in ("unfinished", "obsolete", "vanished"),
                    translation=(translation.text or "") if translation is not None else "",
                    forms=forms,
                )
            )
    return out


def missing(json_file: str, paths: list[str]) -> int:
    """Print the messages lupdate finds in ``paths`` that ``json_file`` does not translate
    (and plural messages without both English and Spanish forms)."""
    import tempfile

    data = json.loads(Path(json_file).read_text("utf-8")) if Path(json_file).exists() else {}
    files: list[str] = []
    for raw in paths:
        p = Path(raw)
        files += [str(f) for f in sorted(p.rglob("*.py"))] if p.is_dir() else [str(p)]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "x.ts"
        cmd = [tool("lupdate"), *files, "-locations", "none", "-ts", str(out)]
        subprocess.run(cmd, check=True, capture_output=True)
        tree = ET.parse(out)
    count = 0
    for context in tree.getroot().iter("context"):
        cname = context.findtext("name") or ""
        for message in context.iter("message"):
            key = _key(message)
            value = data.get(cname, {}).get(key)
            plural = "%n" in key
            ok = value is not None and (
                not plural or (isinstance(value, dict) and "en" in value and "es" in value)
            )
            if not cname:
                print(f"no context (an aliased translate()?): {key[:70]!r}")
                count += 1
            elif not ok:
                print(f"{cname}: {key[:90]!r}")
                count += 1
    print(f"{count} missing", file=sys.stderr)
    return 1 if count else 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "missing":
        return missing(rest[0], rest[1:])
    if command in ("update", "all"):
        update()
    if command in ("import", "all") and rest:
        import_json(rest)
    if command in ("compile", "all"):
        compile_qm()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
