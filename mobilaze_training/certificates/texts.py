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
    # The annex: learning outcomes achieved at issue time.
    "annex_title": {
        "az": "Əlavə: əldə edilmiş təlim nəticələri",
        "ru": "Приложение: достигнутые результаты обучения",
        "en": "Annex: learning outcomes achieved",
    },
    "holder": {"az": "Sertifikat sahibi", "ru": "Владелец сертификата", "en": "Holder"},
    "outcome": {"az": "Təlim nəticəsi", "ru": "Результат обучения", "en": "Learning outcome"},
    "level": {"az": "Səviyyə", "ru": "Уровень", "en": "Level"},
    "fundamental_rights": {
        "az": "Əsas hüquqlar",
        "ru": "Основные права",
        "en": "Fundamental rights",
    },
    "share": {"az": "Balların payı", "ru": "Доля баллов", "en": "Share of points"},
    "annex_rule": {
        "az": "Təlim nəticəsi nəzəri və praktiki testlərdə ona aid balların ən azı {percent}%-i "
        "toplandıqda əldə edilmiş sayılır.",
        "ru": "Результат обучения считается достигнутым, если в теоретическом и практическом "
        "тестах набрано не менее {percent}% относящихся к нему баллов.",
        "en": "A learning outcome counts as achieved when at least {percent}% of the points "
        "mapped to it were earned in the theory test and the practical test.",
    },
    "annex_not_achieved": {
        "az": "Hələ əldə edilməmiş təlim nəticələri: {total} nəticədən {count}.",
        "ru": "Пока не достигнуто результатов обучения: {count} из {total}.",
        "en": "Learning outcomes not (yet) achieved: {count} of {total}.",
    },
    "annex_none": {
        "az": "Verilmə tarixinə heç bir təlim nəticəsi əldə edilməmişdi.",
        "ru": "На дату выдачи ни один результат обучения не был достигнут.",
        "en": "No learning outcome had been achieved by the date of issue.",
    },
    "annex_legend": {
        "az": "Səviyyə: ixtisas səviyyəsi (1–8, EQF/SQF). ✔: əsas hüquqlara aid nəticə.",
        "ru": "Уровень: уровень квалификации (1–8, EQF/SQF). ✔: результат, касающийся "
        "основных прав.",
        "en": "Level: qualification level (1–8, EQF/SQF). ✔: outcome concerning fundamental "
        "rights.",
    },
    "annex_unsigned": {
        "az": "Bu əlavə imzalanmış yoxlama koduna daxil deyil; sertifikatı 1-ci səhifədəki "
        "kodla yoxlayın.",
        "ru": "Приложение не входит в подписанный код проверки; сертификат проверяется по коду "
        "на странице 1.",
        "en": "The annex is not part of the signed code; verify the certificate with the code "
        "on page 1.",
    },
    "annex_page": {
        "az": "Əlavə, səhifə {page}/{pages}",
        "ru": "Приложение, стр. {page}/{pages}",
        "en": "Annex, page {page}/{pages}",
    },
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
