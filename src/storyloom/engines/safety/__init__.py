"""Safety gate for everything that reaches a story: user input and provider output.

`check_offline` is the offline checker (the rules, then the learned model); `check_text` is
the rules alone (words and situation frames, microseconds). `SafetyChecker` is the async
port that moderation layers implement, and `LayeredSafetyChecker` stacks them.
"""

from storyloom.engines.safety.checker import (
    LayeredSafetyChecker,
    OfflineSafetyChecker,
    check_offline,
)
from storyloom.engines.safety.port import SAFE, Category, SafetyChecker, SafetyVerdict
from storyloom.engines.safety.rules import check_fields, check_text

__all__ = [
    "SAFE",
    "Category",
    "LayeredSafetyChecker",
    "OfflineSafetyChecker",
    "SafetyChecker",
    "SafetyVerdict",
    "check_fields",
    "check_offline",
    "check_text",
]
