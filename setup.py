"""Maps the top-level forms/ and resources/ folders into the wheel as package data.

pyproject.toml holds the metadata; this file only exists because setuptools' declarative config
cannot map a folder outside the package into it. Every data folder is declared as a package of
its own, so setuptools installs it without a warning per folder.
"""

from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).resolve().parent
# The sample's source content is for rebuilding it; the wheel needs only the archive.
SKIP = {"__pycache__", "content"}


def data_packages(folder: str, package: str) -> dict[str, list[str]]:
    """{package name: ["*"]} for folder and each folder below it."""
    out = {package: ["*"]}
    for sub in sorted((HERE / folder).rglob("*")):
        rel = sub.relative_to(HERE / folder)
        if sub.is_dir() and not SKIP & set(rel.parts):
            out[".".join((package, *rel.parts))] = ["*"]
    return out


CODE = find_packages(include=["tli_workbook", "tli_workbook.*"])
# Folders inside the package that hold only data (word lists, name data): packages of their own.
INNER_DATA = {
    ".".join(d.relative_to(HERE).parts): ["*"]
    for d in sorted((HERE / "tli_workbook").rglob("*"))
    if d.is_dir()
    and not SKIP & set(d.parts)
    and not (d / "__init__.py").exists()
    and "migrations" not in d.parts
}
DATA = {
    **data_packages("forms", "tli_workbook.forms"),
    **data_packages("resources", "tli_workbook.resources"),
    **INNER_DATA,
    # Alembic reads its scripts by path.
    "tli_workbook.store.migrations": ["*.py", "*.mako"],
    "tli_workbook.store.migrations.versions": ["*.py"],
}

setup(
    packages=sorted({*CODE, *DATA}),
    package_dir={"tli_workbook.forms": "forms", "tli_workbook.resources": "resources"},
    package_data={
        "tli_workbook": ["**/*.txt", "**/*.json", "**/*.yaml", "**/*.tsv", "**/*.gz"],
        **DATA,
    },
)
