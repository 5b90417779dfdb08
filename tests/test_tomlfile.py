"""The shared TOML reader: missing, optional and broken files."""
import pytest

from toolkit.errors import ConfigError
from toolkit.tomlfile import read_toml


def test_read_toml_names_the_file_and_the_fix(tmp_path):
    good = tmp_path / "a.toml"
    good.write_text('[x]\ny = 1\n', "utf-8")
    assert read_toml(good) == {"x": {"y": 1}}
    assert read_toml(tmp_path / "none.toml", optional=True) == {}
    with pytest.raises(ConfigError) as e:
        read_toml(tmp_path / "none.toml", missing="lexicon file not found", missing_hint="check --lexicon")
    assert "lexicon file not found" in str(e.value) and "none.toml" in str(e.value.file)
    bad = tmp_path / "bad.toml"
    bad.write_text("[x\n", "utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        read_toml(bad)
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes('name = "Grün"\n'.encode("latin-1"))
    with pytest.raises(ConfigError, match="invalid TOML"):
        read_toml(latin1)
