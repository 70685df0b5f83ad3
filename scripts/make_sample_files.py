"""Make the sample workbook's three artifact files (resources/samples/content/files/).

Deterministic: the same Pillow, reportlab and fonts give the same bytes, so the files can be
regenerated and diffed. Nothing here names a real person, school or place; the whiteboard
photo carries a fictional name tag on purpose, for the sample's redaction box (its position
is NAME_TAG_BOX, used by do.yaml).

    python scripts/make_sample_files.py [output folder]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tli_workbook.packet.fonts import font_paths  # noqa: E402

OUT = ROOT / "resources" / "samples" / "content" / "files"
NEWSLETTER = "coaching-corner-newsletter.png"
WHITEBOARD = "workshop-agenda-whiteboard.jpg"
HANDOUT = "coaching-cycle-slides.pdf"

WB_SIZE = (1600, 1200)
# Fractions of the whiteboard photo (x, y, w, h): the name tag (before its slight tilt) and the
# agenda's equity item. do.yaml's redaction and highlight boxes cover these.
NAME_TAG_BOX = (0.70, 0.60, 0.19, 0.18)
AGENDA_TOP, AGENDA_STEP = 250, 90  # pixels: first agenda line, line spacing
EQUITY_ITEM = 3  # "Which students does this serve?"


def _font(bold: bool = False, size: int = 20, oblique: bool = False) -> ImageFont.FreeTypeFont:
    fonts = font_paths()
    style = ("Bold" if bold else "") + ("Oblique" if oblique else "")
    name = f"DejaVuSans-{style}" if style else "DejaVuSans"
    return ImageFont.truetype(str(fonts[name]), size)


def _wrap(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int
) -> list[str]:
    words, line, out = text.split(), "", []
    for w in words:
        trial = f"{line} {w}".strip()
        if draw.textlength(trial, font=font) > width and line:
            out.append(line)
            line = w
        else:
            line = trial
    if line:
        out.append(line)
    return out


def make_newsletter(dest: Path) -> None:
    """A one-page staff newsletter, as a teacher would screenshot or export it."""
    w, h = 1100, 1424
    im = Image.new("RGB", (w, h), "#ffffff")
    d = ImageDraw.Draw(im)
    navy, teal, ink = "#1f3a5f", "#2a7f77", "#222222"
    d.rectangle((0, 0, w, 170), fill=navy)
    d.text((60, 38), "Coaching Corner", font=_font(True, 64), fill="#ffffff")
    d.text(
        (62, 118),
        "Staff newsletter  ·  September  ·  Issue 1",
        font=_font(False, 26),
        fill="#cfe0f5",
    )
    d.rectangle((0, 170, w, 182), fill=teal)
    body, bold = _font(False, 22), _font(True, 30)
    col_w = 470
    y = 225
    left = [
        (
            "Coaching cycles are open",
            "Every teacher in their first three years is invited to a voluntary, non-evaluative "
            "coaching cycle: a planning talk, one short observation of a lesson you choose, and a "
            "reflection conversation grounded in student work. Nothing is shared with evaluators.",
        ),
        (
            "How to sign up",
            "Reply to this email or add your name to the sign-up sheet in the staff room by "
            "October 3. Choose a time before school, during a shared planning period or after "
            "school; itinerant and part-time staff are welcome. Experienced colleagues: "
            "volunteer as one of three peer coaches.",
        ),
    ]
    for head, text in left:
        d.text((60, y), head, font=bold, fill=navy)
        y += 46
        for line in _wrap(d, text, body, col_w):
            d.text((60, y), line, font=body, fill=ink)
            y += 32
        y += 30
    # Right column: a call-out box and a short Spanish summary for support staff.
    x0 = 580
    d.rounded_rectangle((x0, 225, w - 60, 690), radius=18, fill="#eef5f4", outline=teal, width=3)
    d.text((x0 + 28, 250), "Launch workshop", font=bold, fill=teal)
    yy = 300
    for line in _wrap(
        d,
        "October 15, 3:45 in the library: what non-evaluative coaching is, "
        "practice with listening stems, and sign-up for a cycle. Coaches train "
        "in two October sessions.",
        body,
        w - 60 - x0 - 56,
    ):
        d.text((x0 + 28, yy), line, font=body, fill=ink)
        yy += 32
    d.text((x0 + 28, yy + 20), "Equity focus", font=_font(True, 24), fill=navy)
    yy += 60
    for line in _wrap(
        d,
        "Each cycle looks at which students a practice serves, including "
        "multilingual learners and students with IEPs.",
        body,
        w - 60 - x0 - 56,
    ):
        d.text((x0 + 28, yy), line, font=body, fill=ink)
        yy += 32
    d.text((x0, 730), "En español", font=bold, fill=navy)
    yy = 776
    for line in _wrap(
        d,
        "Los ciclos de coaching son voluntarios y no forman parte de la "
        "evaluación. Pregunte en la oficina para inscribirse.",
        body,
        w - 60 - x0,
    ):
        d.text((x0, yy), line, font=body, fill=ink)
        yy += 32
    # A simple table of session times.
    ty = max(y, yy) + 40
    d.text((60, ty), "Coaching conversation times", font=bold, fill=navy)
    ty += 50
    rows = [
        ("Day", "Time", "Place"),
        ("Tuesday", "7:30-8:00", "Library"),
        ("Wednesday", "Planning period", "Room 114"),
        ("Thursday", "3:30-4:15", "Library"),
    ]
    for i, row in enumerate(rows):
        fill = "#dce4ee" if i == 0 else ("#f6f8fb" if i % 2 else "#ffffff")
        d.rectangle((60, ty, w - 60, ty + 44), fill=fill, outline="#b8c2cf")
        for j, cell in enumerate(row):
            d.text((80 + j * 330, ty + 9), cell, font=_font(i == 0, 22), fill=ink)
        ty += 44
    d.rectangle((0, h - 70, w, h), fill="#f1f3f4")
    d.text(
        (60, h - 50),
        "Questions? Reply to this newsletter.  Coaching is confidential and voluntary.",
        font=_font(False, 20),
        fill="#5f6368",
    )
    im.save(dest, format="PNG", optimize=False, compress_level=9)


def make_whiteboard(dest: Path) -> None:
    """A photo-like picture of a workshop agenda on a whiteboard, with a name tag stuck on it."""
    rng = random.Random(20250212)
    w, h = WB_SIZE
    im = Image.new("RGB", (w, h), "#8a8f96")
    d = ImageDraw.Draw(im)
    # Wall, board frame and a slightly uneven white surface lit from the left.
    d.rectangle((60, 50, w - 60, h - 90), fill="#b9bec4")
    board = (80, 70, w - 80, h - 110)
    for x in range(board[0], board[2], 4):
        shade = int(246 - 18 * (x - board[0]) / (board[2] - board[0]))
        d.rectangle((x, board[1], x + 3, board[3]), fill=(shade, shade, shade + 3))
    d.rectangle((60, h - 110, w - 60, h - 80), fill="#9aa0a6")  # marker tray
    for i, col in enumerate(("#1b4fa0", "#1f1f1f", "#b3261e", "#188038")):
        d.rounded_rectangle((200 + i * 90, h - 104, 270 + i * 90, h - 88), radius=6, fill=col)
    blue, black, red = (28, 66, 150), (30, 30, 34), (170, 38, 30)
    hand = _font(True, 58, oblique=True)
    text = _font(False, 40, oblique=True)
    d.text((190, 120), "Launching Peer Coaching", font=hand, fill=blue)
    d.line((190, 195, 960, 200), fill=blue, width=5)
    items = [
        "3:45  Welcome + norms",
        "3:55  What is non-evaluative coaching?",
        "4:10  Practice: listening stems",
        "4:25  Which students does this serve?",
        "4:40  Sign up for a cycle",
    ]
    y = AGENDA_TOP
    for item in items:
        d.text((200 + rng.randint(-6, 6), y), item, font=text, fill=black)
        y += AGENDA_STEP
    d.text(
        (200, y + 10),
        "Norms: curious, kind, student-centred",
        font=_font(False, 32, True),
        fill=red,
    )
    # The name tag (fictional name) that the sample redacts.
    tx, ty = int(NAME_TAG_BOX[0] * w), int(NAME_TAG_BOX[1] * h)
    tw, th = int(NAME_TAG_BOX[2] * w), int(NAME_TAG_BOX[3] * h)
    tag = Image.new("RGBA", (tw, th), "#ffffff")
    td = ImageDraw.Draw(tag)
    td.rectangle((0, 0, tw, int(th * 0.38)), fill="#c62828")
    td.text((14, 8), "HELLO", font=_font(True, 34), fill="#ffffff")
    td.text((14, 50), "my name is", font=_font(False, 20), fill="#ffffff")
    td.text((16, int(th * 0.5)), "Sam Placeholder", font=_font(True, 26, True), fill=(20, 20, 60))
    tag = tag.rotate(-4, expand=True, resample=Image.Resampling.BICUBIC)
    im.paste(tag, (tx, ty), tag)
    # A sticky note and a faint reflection of the ceiling lights.
    note = (int(0.70 * w), 260, int(0.70 * w) + 250, 500)
    d.rectangle(note, fill="#fff59d")
    d.text((note[0] + 18, note[1] + 24), "Parking lot:", font=_font(True, 26), fill=black)
    d.text(
        (note[0] + 18, note[1] + 70),
        "time for cycles\nduring PLC?",
        font=text.font_variant(size=26),
        fill=black,
    )
    glare = Image.new("L", (w, h), 0)
    ImageDraw.Draw(glare).ellipse((700, 40, 1500, 420), fill=38)
    glare = glare.filter(ImageFilter.GaussianBlur(90))
    im = Image.composite(Image.new("RGB", (w, h), "#ffffff"), im, glare)
    # Camera softness and sensor noise make it read as a photo, not a drawing.
    im = im.filter(ImageFilter.GaussianBlur(1.1))
    px = im.load()
    for _ in range(60000):
        x, yy = rng.randrange(w), rng.randrange(h)
        r, g, b = px[x, yy]
        n = rng.randint(-14, 14)
        px[x, yy] = (max(0, min(255, r + n)), max(0, min(255, g + n)), max(0, min(255, b + n)))
    im.save(dest, format="JPEG", quality=88, optimize=False, progressive=False)


def make_handout(dest: Path) -> None:
    """A two-page slide handout (PDF, landscape)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    fonts = font_paths()
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(fonts["DejaVuSans"])))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(fonts["DejaVuSans-Bold"])))
    pw, ph = landscape(letter)
    # initialFontName: otherwise reportlab lists an unembedded Helvetica in every page resource.
    c = Canvas(str(dest), pagesize=(pw, ph), invariant=1, initialFontName="DejaVuSans")
    c.setTitle("The coaching cycle")
    c.setAuthor("")
    c.setCreator("TLI Workbook sample")
    slides = [
        (
            "The coaching cycle",
            "A non-evaluative approach",
            [
                "1. Planning conversation: the teacher chooses the focus",
                "2. Short observation: evidence, not judgement",
                "3. Reflection: what did students do and say?",
                "4. Next step: chosen by the teacher, tried within two weeks",
            ],
        ),
        (
            "Looking at student work together",
            "Who does this practice serve?",
            [
                "Sort work samples: got it / almost / not yet",
                "Look again by group: multilingual learners, students with IEPs",
                "Ask: which students are missing from the discussion?",
                "Plan one change and decide how you will notice its effect",
            ],
        ),
    ]
    for n, (title, subtitle, bullets) in enumerate(slides, 1):
        c.setFillColor(HexColor("#1f3a5f"))
        c.rect(0, ph - 110, pw, 110, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont("DejaVuSans-Bold", 34)
        c.drawString(54, ph - 62, title)
        c.setFont("DejaVuSans", 18)
        c.drawString(56, ph - 92, subtitle)
        c.setFillColor(HexColor("#222222"))
        c.setFont("DejaVuSans", 22)
        y = ph - 180
        for b in bullets:
            c.drawString(70, y, b)
            y -= 58
        c.setFillColor(HexColor("#5f6368"))
        c.setFont("DejaVuSans", 11)
        c.drawString(54, 30, "Peer coaching workshop · handout")
        c.drawRightString(pw - 54, 30, f"Slide {n} of {len(slides)}")
        c.showPage()
    c.save()


def main(out: Path = OUT) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for name, fn in (
        (NEWSLETTER, make_newsletter),
        (WHITEBOARD, make_whiteboard),
        (HANDOUT, make_handout),
    ):
        dest = out / name
        fn(dest)
        made.append(dest)
    return made


if __name__ == "__main__":
    for p in main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(p.relative_to(ROOT) if p.is_relative_to(ROOT) else p, p.stat().st_size, "bytes")
