"""Safety gate for everything that reaches a story: user input and provider output.

`check_text` is the pure, fast rules check; `SafetyChecker` is the async port that
moderation layers implement, and `LayeredSafetyChecker` stacks them.
"""

from storyloom.engines.safety.checker import LayeredSafetyChecker, RulesSafetyChecker
from storyloom.engines.safety.port import SAFE, Category, SafetyChecker, SafetyVerdict
from storyloom.engines.safety.rules import check_fields, check_text

__all__ = [
    "SAFE",
    "Category",
    "LayeredSafetyChecker",
    "RulesSafetyChecker",
    "SafetyChecker",
    "SafetyVerdict",
    "check_fields",
    "check_text",
]
