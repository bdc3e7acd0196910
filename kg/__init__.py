"""conflict-kg: Arabic conflict news into a traceable RDF knowledge graph."""
__version__ = "0.1.0"
