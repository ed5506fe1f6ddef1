"""Actor recognition and resolution: who a news text names, as PLOVER country and sector codes.

    from tacitus.actors import ActorResolver
    resolver = ActorResolver.load()                  # or ActorResolver.load(Path("my_actors.yaml"))
    mentions = resolver.find_mentions(parsed, "2024-03-01")
    resolver.lookup("Sergueï Lavrov", date="2019-05-01", lang="fr")
"""
from tacitus.actors.model import Mention, Resolution
from tacitus.actors.resolver import ActorResolver

__all__ = ["ActorResolver", "Mention", "Resolution"]
