"""Test-wide settings.

Hypothesis runs without its per-example deadline and "too slow" health check: speed is
measured by the benchmarks in tests/benchmarks/, never by timing in unit tests, and a
loaded CI machine must not turn a correct property into a flaky failure.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile(
    "factcheck",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("factcheck")
