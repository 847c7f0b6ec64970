"""Fixed texts printed on certificates, in Azerbaijani, Russian and English.

These are document texts, not user-interface strings, so they live here rather than in the Qt
translation files. Capitalised forms are written out (never produced with ``str.upper``, which
turns Azerbaijani ``i`` into ``I`` instead of ``İ``).
"""

from __future__ import annotations

from datetime import date
from typing import Final, Literal

Language = Literal["az", "ru", "en"]
LANGUAGES: Final[tuple[Language, ...]] = ("az", "ru", "en")

TEXTS: Final[dict[str, dict[Language, str]]] = {
    "title": {"az": "SERTİFİKAT", "ru": "СЕРТИФИКАТ", "en": "CERTIFICATE"},
    "certify": {
        "az": "Bu sertifikat təsdiq edir ki,",
        "ru": "Настоящий сертификат подтверждает, что",
        "en": "This is to certify that",
    },
    "completed": {
        "az": "aşağıdakı təlim modulunu uğurla başa vurmuşdur:",
        "ru": "успешно освоил(а) учебный модуль",
        "en": "has successfully completed the training module",
    },
    "module": {"az": "Modul", "ru": "Модуль", "en": "Module"},
    "version": {"az": "versiya", "ru": "версия", "en": "version"},
    "issued": {"az": "Verilmə tarixi", "ru": "Дата выдачи", "en": "Date of issue"},
    "valid_until": {"az": "Etibarlılıq müddəti", "ru": "Действителен до", "en": "Valid until"},
    "validity": {"az": "Etibarlılıq müddəti", "ru": "Срок действия", "en": "Validity"},
    "no_expiry": {"az": "müddətsiz", "ru": "бессрочно", "en": "unlimited"},
    "serial": {"az": "Sertifikatın nömrəsi", "ru": "Номер сертификата", "en": "Serial number"},
    "instructor": {"az": "Təlimçi", "ru": "Инструктор", "en": "Instructor"},
    "head": {
        "az": "Təlim mərkəzinin rəhbəri",
        "ru": "Руководитель учебного центра",
        "en": "Head of training centre",
    },
    "scan": {
        "az": "Yoxlamaq üçün kodu skan edin və ya daxil edin",
        "ru": "Для проверки отсканируйте или введите код",
        "en": "Scan or enter the code to verify",
    },
    "code": {"az": "Yoxlama kodu", "ru": "Код проверки", "en": "Verification code"},
    "document_title": {"az": "Sertifikat", "ru": "Сертификат", "en": "Certificate"},
}

_MONTHS_EN: Final[tuple[str, ...]] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def text(key: str, language: str) -> str:
    """The text ``key`` in ``language`` (English when the language is not az, ru or en)."""
    entry = TEXTS[key]
    for lang in LANGUAGES:
        if lang == language:
            return entry[lang]
    return entry["en"]


def format_date(day: date, language: str) -> str:
    """``20 November 2026`` for an English-only certificate, ``20.11.2026`` otherwise.

    The numeric form is used on bilingual certificates because both readers understand it.
    """
    if language == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}"
