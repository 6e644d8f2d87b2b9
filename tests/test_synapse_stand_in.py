"""The throw-away Synapse's configuration: made for tests that register accounts, log in and
send in bursts (cheap password hashes, relaxed rate limits), reachable on loopback only."""

from __future__ import annotations

from pathlib import Path

import yaml

from lotse_testing.synapse import Synapse, free_port


def test_the_homeserver_is_configured_for_fast_tests_on_loopback(tmp_path: Path) -> None:
    server = Synapse(tmp_path, free_port(), "shared-secret")
    config = yaml.safe_load(server.write_config().read_text(encoding="utf-8"))
    # Synapse's default of 12 costs ~0.25 s for each registration and each login.
    assert config["bcrypt_rounds"] == 4
    assert config["rc_message"]["burst_count"] >= 1000
    assert config["rc_login"]["account"]["burst_count"] >= 1000
    assert [listener["bind_addresses"] for listener in config["listeners"]] == [["127.0.0.1"]]
    assert config["enable_registration"] is False
