"""A finding: one span of text that may be personal data, with who found it and why."""

from __future__ import annotations

from dataclasses import asdict, dataclass

# Entity types scrpress reports. Names follow Presidio's where Presidio has one.
PERSON = "PERSON"
ADDRESS = "ADDRESS"
PLACE = "LOCATION"  # a place from the case register
POSTCODE = "UK_POSTCODE"
NHS = "UK_NHS"
NINO = "UK_NINO"
PHONE = "PHONE_NUMBER"
EMAIL = "EMAIL_ADDRESS"
DOB = "DATE_OF_BIRTH"
REFERENCE = "REFERENCE_NUMBER"
VEHICLE = "UK_VEHICLE_REGISTRATION"
HANDLE = "SOCIAL_MEDIA_HANDLE"
SETTING = "LOCAL_SETTING"  # a school, nursery, GP practice or health centre: it says where a family lives

ALL_TYPES = (PERSON, ADDRESS, PLACE, POSTCODE, NHS, NINO, PHONE, EMAIL, DOB, REFERENCE, VEHICLE, HANDLE, SETTING)

# When two findings overlap, the merged span takes the type of the higher-ranked one.
PRIORITY = {t: i for i, t in enumerate((PERSON, PLACE, ADDRESS, DOB, NHS, NINO, EMAIL, PHONE, POSTCODE,
                                        HANDLE, VEHICLE, REFERENCE, SETTING))}  # fmt: skip


@dataclass
class Finding:
    """A span [start, end) of one text, its entity type and score, the recognizer and its reasoning."""

    start: int
    end: int
    entity_type: str
    score: float
    text: str
    recognizer: str
    explanation: str = ""
    replacement: str | None = None  # the register pseudonym, when the register knows this person or place

    def to_json(self) -> dict[str, object]:
        d = asdict(self)
        d["score"] = round(self.score, 3)
        if not d["replacement"]:
            del d["replacement"]
        return d
