"""Maps the top-level forms/ and resources/ folders into the wheel as package data.

pyproject.toml holds the metadata; this file only exists because setuptools' declarative config
cannot map a folder outside the package into it.
"""

from setuptools import find_packages, setup

DATA = ["**/*"]

setup(
    packages=[
        *find_packages(include=["tli_workbook", "tli_workbook.*"]),
        "tli_workbook.forms",
        "tli_workbook.resources",
    ],
    package_dir={"tli_workbook.forms": "forms", "tli_workbook.resources": "resources"},
    package_data={
        # Alembic's scripts live in a plain folder (not a package), so they ship as data.
        "tli_workbook": [
            "**/*.txt",
            "store/migrations/*.py",
            "store/migrations/*.mako",
            "store/migrations/versions/*.py",
        ],
        "tli_workbook.forms": DATA,
        "tli_workbook.resources": DATA,
    },
    # The sample's source content is for rebuilding it; the wheel needs only the archive.
    exclude_package_data={"tli_workbook.resources": ["samples/content/**"]},
)
