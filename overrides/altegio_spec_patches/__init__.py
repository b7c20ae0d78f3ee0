"""Corrections to the published Altegio description, applied before code generation."""

from .engine import Patch, PatchTargetGone, Spec, apply_all
from .patches import PATCHES

__all__ = ["PATCHES", "Patch", "PatchTargetGone", "Spec", "apply_all"]
