"""deploy/: the compose file, the Prometheus config and the Grafana dashboard are valid,
and the dashboard only asks for metrics the app really exposes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from storyloom.config import Settings

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def test_compose_has_every_role() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert {"postgres", "redis", "migrate", "api", "worker", "proxy", "prometheus"} <= set(services)
    for role in ("api", "worker"):
        env = services[role]["environment"]
        assert env["STORYLOOM_JOB_RUNNER"] == "redis"
        assert env["STORYLOOM_DATABASE_URL"].startswith("postgresql+asyncpg://")
        assert services[role]["depends_on"]["migrate"]["condition"] == (
            "service_completed_successfully"
        )
    assert services["worker"]["environment"]["STORYLOOM_WORKER_METRICS_PORT"] == "9100"


def test_compose_shares_no_disk_pictures_in_s3() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert "media" not in compose["volumes"]
    assert services["seaweedfs"]["image"].startswith("chrislusf/seaweedfs:")
    assert "-s3" in services["seaweedfs"]["command"][0]
    for role in ("migrate", "api", "worker"):
        assert "volumes" not in services[role], role  # nothing mounted, nothing shared
        env = services[role]["environment"]
        assert env["STORYLOOM_MEDIA_S3_ENDPOINT"] == "http://seaweedfs:8333"
        assert env["STORYLOOM_MEDIA_S3_BUCKET"]
    for role in ("api", "worker"):
        assert services[role]["depends_on"]["seaweedfs"]["condition"] == "service_healthy"


def test_env_examples_name_real_settings() -> None:
    known = {f"STORYLOOM_{name.upper()}" for name in Settings.model_fields}
    for path in (DEPLOY / "storyloom.env.example", DEPLOY / "systemd/storyloom.env.example"):
        names = re.findall(r"^#?\s*(STORYLOOM_[A-Z_]+)=", path.read_text(), re.MULTILINE)
        assert names
        assert set(names) <= known, set(names) - known


def test_prometheus_scrapes_apis_and_workers() -> None:
    config = yaml.safe_load((DEPLOY / "prometheus.yml").read_text())
    jobs = {c["job_name"]: c for c in config["scrape_configs"]}
    assert jobs["storyloom-api"]["dns_sd_configs"][0]["port"] == 8000
    assert jobs["storyloom-worker"]["dns_sd_configs"][0]["port"] == 9100


def test_dashboard_uses_exposed_metrics() -> None:
    from storyloom.observability import metrics

    dashboard = json.loads((DEPLOY / "grafana/storyloom-dashboard.json").read_text())
    exprs = [t["expr"] for p in dashboard["panels"] for t in p["targets"]]
    used = {m for e in exprs for m in re.findall(r"\b(storyloom_[a-z_]+)", e)}
    source = Path(metrics.__file__).read_text()
    for name in used:
        base = re.sub(r"_(total|bucket|count|sum)$", "", name)
        assert f'"{base}"' in source or f'"{name}"' in source, name
    assert len(dashboard["panels"]) >= 10
