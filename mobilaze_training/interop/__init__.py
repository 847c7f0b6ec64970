"""Question import from other systems (GIFT, Moodle XML, Aiken, IMS QTI 2.1) into a bank."""

from mobilaze_training.interop.questions import (
    FORMATS,
    ImportResult,
    ImportWarning,
    bank_to_yaml,
    import_questions,
)

__all__ = ["FORMATS", "ImportResult", "ImportWarning", "bank_to_yaml", "import_questions"]
