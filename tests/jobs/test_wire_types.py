"""The job API is typed on the wire: status and step are enums in the OpenAPI document (so
the generated client knows every value), and a story names its job."""

from __future__ import annotations

from storyloom.app import create_app
from storyloom.config import Settings
from storyloom.job_status import JobStatus, JobStep


def test_job_status_and_step_are_enums(settings: Settings) -> None:
    schemas = create_app(settings).openapi()["components"]["schemas"]
    assert schemas["JobStatus"]["enum"] == [s.value for s in JobStatus]
    assert schemas["JobStep"]["enum"] == [s.value for s in JobStep]
    job = schemas["JobOut"]["properties"]
    assert job["status"] == {"$ref": "#/components/schemas/JobStatus"}
    for field in ("step", "finished_step"):
        refs = [option.get("$ref") for option in job[field]["anyOf"]]
        assert "#/components/schemas/JobStep" in refs
    story = schemas["StoryOut"]
    assert "job_id" in story["required"]
    assert {option.get("type") for option in story["properties"]["job_id"]["anyOf"]} == {
        "string",
        "null",
    }
