"""SQLAlchemy models for the matching service (read replica of profile data + swipes)."""

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Candidate(Base):
    __tablename__ = "candidates"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(32), unique=True)  # trap: surrogate key, not personal data by itself
    first_name: Mapped[str] = mapped_column(String(60))  # expect: personal-data-field user.name.first
    birth_date: Mapped[date] = mapped_column(Date)  # expect: personal-data-field user.demographic.date_of_birth
    gender: Mapped[str] = mapped_column(String(16))  # expect: personal-data-field user.demographic.gender
    seeking_genders: Mapped[list[str]] = mapped_column(ARRAY(String(16)))  # expect: sensitive-personal-data-field user.demographic.sexual_orientation ; expect: unencrypted-sensitive-storage user.demographic.sexual_orientation
    religion: Mapped[str | None] = mapped_column(String(40))  # expect: sensitive-personal-data-field user.demographic.religious_belief ; expect: unencrypted-sensitive-storage user.demographic.religious_belief
    ethnicity: Mapped[str | None] = mapped_column(String(40))  # expect: sensitive-personal-data-field user.demographic.race_ethnicity ; expect: unencrypted-sensitive-storage user.demographic.race_ethnicity
    latitude: Mapped[float] = mapped_column(Float)  # expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
    longitude: Mapped[float] = mapped_column(Float)  # expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
    geohash5: Mapped[str] = mapped_column(String(5), index=True)  # expect: personal-data-field user.location.imprecise
    face_embedding: Mapped[bytes | None] = mapped_column(LargeBinary)  # expect: sensitive-personal-data-field user.biometric ; expect: unencrypted-sensitive-storage user.biometric
    elo_score: Mapped[float] = mapped_column(Float, default=1400.0)  # expect: personal-data-field user.behavior
    last_active_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    swipes: Mapped[list["Swipe"]] = relationship(back_populates="swiper")


class Swipe(Base):
    __tablename__ = "swipes"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    swiper_id: Mapped[int] = mapped_column(ForeignKey("candidates.id"))
    target_id: Mapped[int] = mapped_column(ForeignKey("candidates.id"))
    liked: Mapped[bool] = mapped_column(Boolean)  # expect: personal-data-field user.behavior
    super_like: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    swiper: Mapped[Candidate] = relationship(back_populates="swipes", foreign_keys=[swiper_id])


class RankingModel(Base):
    """One row per deployed ranking model version."""

    __tablename__ = "ranking_models"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80))  # trap: ML model name, not a person's name
    feature_names: Mapped[list[str]] = mapped_column(ARRAY(Text))  # trap: list of column names, not personal data
    weights_blob: Mapped[bytes] = mapped_column(LargeBinary)
    match_count_threshold: Mapped[int] = mapped_column(Integer, default=3)  # trap: tuning threshold, not a member's data
