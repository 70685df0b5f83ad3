"""Identifiers with a shape: email addresses (also "name at gmail dot com"), links, phone
numbers, street addresses, towns with their state, dates of birth, student ID numbers, social
handles and hashtags, class join codes and room numbers.

All patterns are linear-time: each one either starts with a literal, or starts with a
look-behind that only lets it begin at the start of a run, so pathological input (a million
letters with no ``@``, a million digits) cannot make them backtrack quadratically.
"""

from __future__ import annotations

import re

from tli_workbook.text.privacy.wordlists import common_words, english_words, words

Span = tuple[str, int, int]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EMAIL = re.compile(
    r"(?<![\w.%+\-])[\w.%+\-]{1,64}@"
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?){1,8}"
)

_URL_SCHEME = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\"'`{}|\\^\[\]]+", re.IGNORECASE)
# Bare domains with a familiar top-level domain: "turnweb.org/videos", "vimeo.com/123".
_URL_BARE = re.compile(
    r"(?<![\w@.\-/])(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,4}"
    r"(?:com|org|net|edu|gov|us|io|info|be|ly|me|co|tv|k12\.[a-z]{2}\.us)"
    r"(?![\w\-@])(?:/[^\s<>\"'`{}|\\^\[\]]*)?",
    re.IGNORECASE,
)
_URL_TRAILING = ".,;:!?'\")]}>*_"

_PHONE = re.compile(
    r"(?<![\w+.\-/])"
    r"(?:"
    # (555) 123-4567, +1 (555) 123-4567
    r"(?:\+?1[ .\-]?)?\([2-9]\d{2}\)[ .\-]?\d{3}[ .\-]\d{4}"
    # 555-123-4567, 555.123.4567, 1-555-123-4567 (same separator throughout)
    r"|(?:\+?1(?P<s0>[.\-]))?[2-9]\d{2}(?P<s1>[.\-])\d{3}(?P=s1)\d{4}"
    # +1 555 123 4567
    r"|\+1[ .\-]?[2-9]\d{2}[ .\-]\d{3}[ .\-]\d{4}"
    r")"
    r"(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,5})?"
    r"(?![\w\-]|[.,]\d)"
)
# Numbers written with spaces, or without an area code, only after a cue word.
_PHONE_CUED = re.compile(
    r"\b(?:phone|telephone|tel|cell|mobile|call|text|fax)(?:[ \t]+(?:me|us|at|on|number|no))?"
    r"[ \t]*[:.#]?[ \t]*"
    r"(?P<number>(?:\+?1[ .\-]?)?(?:[2-9]\d{2}[ .\-])?\d{3}[ .\-]\d{4})"
    r"(?![\w\-]|[.,]\d)",
    re.IGNORECASE,
)

_STREET_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Place|Pl"
    r"|Way|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Route|Rte"
    r"|Pike|Alley|Loop|Plaza|Crescent|Turnpike|Tpke|Expressway|Freeway)"
)
_DIRECTION = (
    r"(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|Northeast|Northwest|Southeast|Southwest)"
)
_ADDRESS = re.compile(
    r"(?<![\w.,/\-])\d{1,6}[A-Za-z]?(?:-\d{1,4})?[ \t]+"
    r"(?:" + _DIRECTION + r"\.?[ \t]+)?"
    r"(?P<name>(?:(?:[A-Z][A-Za-z'’\-]*|\d{1,4}(?:st|nd|rd|th))\.?[ \t]+){0,3}"
    r"(?:[A-Z][A-Za-z'’\-]*|\d{1,4}(?:st|nd|rd|th)))[ \t]+"
    r"(?P<suffix>" + _STREET_SUFFIX + r")\b\.?"
    r"(?:,?[ \t]+" + _DIRECTION + r"\b\.?)?"
    r"(?:,?[ \t]+(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|Floor|Fl)\.?[ \t]*#?[A-Za-z0-9\-]{1,6}"
    r"|,?[ \t]*#[ \t]?[A-Za-z0-9\-]{1,6})?"
)
# Street words that are also ordinary words: the street name before them must not be common.
_WEAK_STREET_SUFFIXES = _words(
    "Way Place Pl Court Circle Square Trail Loop Plaza "  # notr: scan data
    "Pike Alley Terrace Crescent Route"
)
_PO_BOX = re.compile(
    r"\b(?:P\.?[ \t]?O\.?|Post[ \t]+Office)[ \t]*Box[ \t]+\d{1,6}\b", re.IGNORECASE
)
_STATES = sorted(
    _words(
        """
        AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV
        NH NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY
        """
    )
)
_CITY_STATE_ZIP = re.compile(
    r"(?:\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2},?[ \t]+)?"
    r"\b(?:" + "|".join(_STATES) + r")[ \t]+\d{5}(?:-\d{4})?(?![\w\-])"
)

# A capitalised word (Latin script), optionally followed by a full stop, and runs of them.

# Less common link shorteners and hosts teachers use ("linktr.ee/...", "forms.gle/...").
_URL_SHORT = re.compile(
    r"(?<![\w@.\-/])(?:linktr\.ee|forms\.gle|goo\.gl|t\.co|tinyurl\.com|bit\.ly|canva\.site"
    r"|padlet\.com|wakelet\.com|flip\.com|sites\.google\.com|wixsite\.com|weebly\.com"
    r"|[a-z0-9\-]{2,40}\.(?:site|page|app|link|ee|gle|school|social|ca|uk|au))"
    r"(?:/[^\s<>\"'`{}|\\^\[\]]*)?(?![\w\-@])",
    re.IGNORECASE,
)

# "dkim at gmail dot com", "ms.t [at] school [dot] org"
_AT = r"(?:[ \t]*[\[({<][ \t]*at[ \t]*[\])}>][ \t]*|[ \t]+at[ \t]+)"
_DOT = r"(?:[ \t]*[\[({<][ \t]*dot[ \t]*[\])}>][ \t]*|[ \t]+dot[ \t]+)"
_EMAIL_SPELLED = re.compile(
    r"(?<![\w.%+\-])[A-Za-z0-9][\w.%+\-]{0,63}" + _AT + r"[A-Za-z0-9\-]{2,63}"
    r"(?:"
    + _DOT
    + r"[A-Za-z0-9\-]{2,63}){0,3}"
    + _DOT
    + r"(?:com|org|net|edu|gov|us|io|me|info|co)(?![\w\-])",
    re.IGNORECASE,
)

# Phone numbers written without separators or without an area code, after a cue word.
_PHONE_CUE = (
    r"\b(?:phone|telephone|tel|cell|mobile|call|text|fax|number|reach|contact|line|whatsapp)"
)
_PHONE_LOOSE = re.compile(
    _PHONE_CUE + r"\b[^\n\d]{0,24}?"
    r"(?P<number>(?:\+?1[ .\-]?)?(?:\(?[2-9]\d{2}\)?[ .\-]?)?[2-9]\d{2}[ .\-]?\d{4})"
    r"(?![\w\-]|[.,]\d)",
    re.IGNORECASE,
)
# "(918)5550143", "9185550143" with valid area and exchange codes, no cue needed.
_PHONE_UNSPACED = re.compile(
    r"(?<![\w.\-/+#])(?:\([2-9]\d{2}\)[ ]?[2-9]\d{6}|[2-9]\d{2}[2-9]\d{6})(?![\w\-]|[.,]\d)"
)

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    r"(?:\d{1,2}[/\-.]\d{1,2}[/\-.](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}"
    r"|" + _MONTHS + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?" + _MONTHS + r",?[ \t]+\d{4})"
)
_BIRTHDATE = re.compile(
    r"\b(?:D\.?O\.?B\.?|date[ \t]+of[ \t]+birth|birth[ \t]?date|birthday|born(?:[ \t]+on)?|b\.)"
    r"[ \t]*[:#\-]?[ \t]*" + _DATE + r"(?![\w/])",
    re.IGNORECASE,
)
_STUDENT_ID = re.compile(
    r"\b(?:(?:student|pupil|learner|school|district|state|lunch|SIS|OSIS|SSID|STN|permanent)"
    r"[ \t]*(?:ID|I\.D\.|id|number|num|no\.?|#|code|pin)s?|ID|I\.D\.)"
    r"(?:[ \t]*(?:#|:|no\.?|number|num))?[ \t]*[:#]?[ \t]*"
    r"[A-Z]{0,2}\d{4,12}(?![\w\-])",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w@.\-/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?![\w@])")
_HASHTAG = re.compile(r"(?<![\w#&/])#[A-Za-z][A-Za-z0-9_]{2,60}(?!\w)")
_CAMEL_PART = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z]|\d|$)|[A-Z]?[a-z]+|\d+")
_CLASS_CODE = re.compile(
    r"\b(?:(?:class|classroom|join|course|section|enrollment|access|invite|group)[ \t]+)?codes?"
    r"\b[ \t]*(?:is|was|:|=|-|of)?[ \t]*[\"“'(]?"
    r"(?P<code>(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{5,8})(?![\w\-])"
    r"|\b(?:class|classroom|join|course)[ \t]+code[ \t]*(?:is|was|:|=|-)?[ \t]*[\"“'(]?"
    r"(?P<word>[a-z0-9]{5,8})(?![\w\-])",
    re.IGNORECASE,
)
_ROOM = re.compile(
    r"\b(?:[Rr]oom|R[Mm]\.?|Classroom|Portable)[ \t]*#?[ \t]*\d{1,4}[A-Z]?(?![\w\-])"
    r"(?P<where>[ \t]+(?:at|in|of)[ \t]+(?:the[ \t]+)?[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,3})?"
)
_STATE_NAMES = (
    r"(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida"
    r"|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    r"|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    r"|New[ \t]+Hampshire|New[ \t]+Jersey|New[ \t]+Mexico|New[ \t]+York|North[ \t]+Carolina"
    r"|North[ \t]+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode[ \t]+Island"
    r"|South[ \t]+Carolina|South[ \t]+Dakota|Tennessee|Texas|Utah|Vermont|Virginia"
    r"|Washington|West[ \t]+Virginia|Wisconsin|Wyoming|Puerto[ \t]+Rico"
    r"|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
    r"|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.?)"
)
_CITY_STATE = re.compile(
    r"(?<![\w'’\-])(?P<city>(?:(?:St|Ft|Mt)\.?[ \t]+)?[A-Z][a-zà-ÿ'’\-]+"
    r"(?:[ \t]+[A-Z][a-zà-ÿ'’\-]+){0,2}),[ \t]+"
    r"(?P<state>" + _STATE_NAMES + r"|(?:" + "|".join(_STATES) + r"))(?![\w\-])"
    r"(?![ \t]*:)"  # "Cambridge, MA: Harvard Education Press" is a publisher's city
)


_FIVE_DIGITS = re.compile(r"\d{5}")


def _trim_url(url: str) -> str:
    while url and url[-1] in _URL_TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def _hashtag_names_something(tag: str) -> bool:
    """Whether a hashtag holds a proper name ("#WestviewEagles"), not only words
    ("#TeacherLife", "#EdChat", "#NEAToday")."""
    parts = _CAMEL_PART.findall(tag)
    if len(parts) <= 1:
        lower = tag.lower()
        return any(m in lower for m in words("mascots.txt") if len(m) > 4)
    english = english_words()
    acronyms = words("acronyms.txt")
    for part in parts:
        low = part.lower()
        if part.isdigit() or low in acronyms or len(low) < 3:
            continue
        if low not in english and low not in common_words() and low.rstrip("s") not in english:
            return True
    return False


def _city_is_a_place(city: str) -> bool:
    parts = city.split()
    common = common_words()
    # "Sincerely, Ga" is no town; "Spring, Texas" is missed rather than flag ordinary words.
    return not all(p.lower() in common or p.lower() in english_words() for p in parts)


def find_patterns(text: str) -> list[Span]:
    found: list[Span] = []
    for m in _EMAIL.finditer(text):
        tld = m.group().rsplit(".", 1)[-1]
        if len(tld) >= 2 and tld.isalpha():
            found.append(("email", m.start(), m.end()))
    lower = text.lower()
    if "at" in lower and "dot" in lower:
        found += [("email", m.start(), m.end()) for m in _EMAIL_SPELLED.finditer(text)]
    for pattern in (_URL_SCHEME, _URL_BARE, _URL_SHORT):
        for m in pattern.finditer(text):
            url = _trim_url(m.group())
            if pattern is _URL_SCHEME and len(url) <= len("https://"):
                continue
            if "." not in url.strip("."):
                continue
            found.append(("url", m.start(), m.start() + len(url)))
    for m in _PHONE.finditer(text):
        found.append(("phone", m.start(), m.end()))
    for m in _PHONE_CUED.finditer(text):
        found.append(("phone", m.start("number"), m.end("number")))
    for m in _PHONE_LOOSE.finditer(text):
        found.append(("phone", m.start("number"), m.end("number")))
    for m in _PHONE_UNSPACED.finditer(text):
        found.append(("phone", m.start(), m.end()))
    for m in _ADDRESS.finditer(text):
        if m.group("suffix") in _WEAK_STREET_SUFFIXES and all(
            word.lower().rstrip(".") in common_words() for word in m.group("name").split()
        ):
            continue  # "Chapter 5 Key Way", "Step 2 Design Place"
        found.append(("address", m.start(), m.end()))
    for m in _PO_BOX.finditer(text):
        found.append(("address", m.start(), m.end()))
    # "City, ST 12345": its own finding, or the tail of a street address just before it.
    if _FIVE_DIGITS.search(text):
        for m in _CITY_STATE_ZIP.finditer(text):
            found.append(("address-tail", m.start(), m.end()))
    for m in _CITY_STATE.finditer(text):
        if _city_is_a_place(m.group("city")):
            found.append(("place", m.start(), m.end()))
    found += [("birthdate", m.start(), m.end()) for m in _BIRTHDATE.finditer(text)]
    found += [("student_id", m.start(), m.end()) for m in _STUDENT_ID.finditer(text)]
    if "@" in text:
        found += [("handle", m.start(), m.end()) for m in _HANDLE.finditer(text)]
    for m in _HASHTAG.finditer(text):
        if _hashtag_names_something(m.group()[1:]):
            found.append(("handle", m.start(), m.end()))
    for m in _CLASS_CODE.finditer(text) if "code" in lower else ():
        group = "code" if m.group("code") else "word"
        code = m.group(group)
        if group == "word" and code.lower() in english_words():
            continue
        found.append(("class_code", m.start(group), m.end(group)))
    return found


def find_rooms(text: str, has_school: bool) -> list[Span]:
    """Room numbers: always with "at <place>" after them, otherwise only in a text that also
    names a school (a room number alone identifies nobody)."""
    found: list[Span] = []
    for m in _ROOM.finditer(text):
        where = m.group("where")
        if where and where.split()[-1].lower() not in common_words():
            found.append(("room", m.start(), m.end()))
        elif has_school:
            found.append(("room", m.start(), m.end("where") if where else m.end()))
    return found
