"""Actor mentions of a whole document, resolved with the document's date and context.

Per sentence (tacitus.actors.sentence): names, titles and their complements. Per document (here):
people's dated offices, coreference (a surname after the full name; "le président", "le chef de
l'État", "the minister" -> the most recent compatible person, else the document's main office holder),
and the country of generic actors (police, protesters) from a place in the same sentence or the
document's main country.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from pathlib import Path
from typing import Sequence

from tacitus.actors.dates import parse_date
from tacitus.actors.matcher import Atom, match_atoms
from tacitus.actors.model import Mention, Resolution
from tacitus.actors.offices import fits, holders, office_on
from tacitus.actors.sentence import NATIONALITY_RANK, Cand, SentenceAnalyzer
from tacitus.actors.text import plain_parsed, sentence_spans
from tacitus.kb.loader import IGO_CODES, KnowledgeBase
from tacitus.kb.normalize import Tok, tokenize, word_key
from tacitus.kb.overlay import apply_overlay
from tacitus.nlp.base import Parsed, Sentence

# PLOVER codes of international actors: UN system, EU institutions, other IGOs, international NGOs.
INTERNATIONAL = frozenset({"UNO", "EUR", "IGO", "NGO"})
INTERGOVERNMENTAL = frozenset({"IGO", "UNO", "EUR"})     # what "the alliance", "the bloc" may name again
# The definite articles (with their contractions) before "alliance", "bloc" when they name an organisation again:
# "an alliance", "un nouveau bloc" name a new one. Russian has none; the Arabic article is part of the word.
DEFINITE_BEFORE = {
    "en": r"\bthe", "fr": r"\b(?:le|la|du|au|l['’])", "es": r"\b(?:el|la|del|al)", "de": r"\b(?:das|des|dem|der|vom|im)",
    "it": r"\b(?:il|la|del|al|nel|dal|(?:l|dell|all|nell|dall)['’])", "pt": r"\b(?:o|a|do|da|ao|no|na|pelo|pela)",
}
OPERATIONAL = frozenset({"MIL", "COP", "MED"})
# Title words that may refer to the same office when written differently.
FAMILIES = ({"president", "head_of_state", "monarch", "supreme_leader"},
            {"prime_minister", "chancellor"},
            {"minister", "foreign_minister", "defence_minister", "interior_minister"})


def _family_match(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    if a in ("minister",) and b.endswith("minister") and b not in ("prime_minister",):
        return True
    return any(a in f and b in f for f in FAMILIES[:2])


class ActorResolver:
    """Recognises and resolves actors in documents; one instance serves any number of documents."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    @classmethod
    def load(cls, overlay: Path | None = None) -> "ActorResolver":
        """The shipped knowledge base (read once per process), plus the user's overlay if given."""
        kb = KnowledgeBase.shipped()
        if overlay is not None:
            kb = apply_overlay(kb, Path(overlay))
        return cls(kb)

    @property
    def kb_version(self) -> str:
        return self.kb.kb_version

    # ------------------------------------------------------------------------------------------ documents
    def find_mentions(self, parsed: Parsed, doc_date: str | None = None,
                      home_country: str | None = None) -> list[Mention]:
        """Every actor mention of the document, in text order.

        `home_country`: the country a generic actor ("the police", "the unions") belongs to when neither its
        sentence nor the document names one, normally the publisher's country."""
        return self.read(parsed, doc_date, home_country)[0]

    def nationality_words(self, parsed: Parsed) -> list[tuple[int, int, str]]:
        """(start, end, country) of each nationality adjective in the document ("israélienne", "russo",
        "американский"): not actors by themselves, but the coder reads one on an event noun ("une frappe
        israélienne") as that event's actor."""
        return self.read(parsed)[1]

    def read(self, parsed: Parsed, doc_date: str | None = None,
             home_country: str | None = None) -> tuple[list[Mention], list[tuple[int, int, str]]]:
        """The document's mentions (`find_mentions`) and nationality adjectives (`nationality_words`), from one
        pass over its phrases."""
        text = parsed.text
        lang = parsed.lang or None
        date = parse_date(doc_date)
        pos = {t.start: t.pos for s in parsed.sentences for t in s.tokens if t.pos}
        analyzer = SentenceAnalyzer(self.kb, lang, date, pos=pos)
        lemmas = {(t.start, t.end): t.lemma for s in parsed.sentences for t in s.tokens if t.lemma} \
            if lang == "ru" else {}
        # Phrases are read within sentences split here on punctuation: a backend's own boundaries can fall
        # inside a title or a name ("Le juge belge" | "Marc" | "Dupont a dit"). Mentions keep the
        # index of the backend's sentence they start in.
        starts = [s.start for s in parsed.sentences]
        cands: list[Cand] = []
        names: list[tuple] = []
        places: dict[int, list[tuple[int, str, int, int]]] = {}
        adjectives: list[tuple[int, int, str]] = []
        for seg, toks, keys, atoms in self._segments(text, lang, lemmas):
            sc, sp, sn = analyzer.analyze(seg, toks, keys, atoms, text)
            for c in sc:
                c.sentence_index = _sentence_of(starts, parsed.sentences, c.start, seg)
            cands.extend(sc)
            names.extend((seg, *n) for n in sn)
            # A place name inside an organisation's name is not a place ("Digos", the Italian
            # police's branch, and the Philippine city).
            named = [(c.i, c.j) for c in sc if c.kind == "organisation"]
            places[seg] = [(k, code, rank, toks[k].start) for k, code, rank in sp
                           if not any(i <= k < j for i, j in named)]
            adjectives += [(toks[a.i].start, toks[a.j - 1].end, a.entries[0].ref) for a in atoms
                           if _adjective_use(a, toks, analyzer.fw["determiners"])
                           and a.entries[0].ref not in IGO_CODES]
        mentions = _DocumentPass(self.kb, text, date, places, analyzer, home_country).run(cands, names)
        return mentions, adjectives

    def _segments(self, text: str, lang: str | None, lemmas: dict):
        """(segment index, tokens, match keys, matched phrases) of each punctuation-split sentence."""
        compounds = self.kb.single_roles(lang) if lang in ("de", "es", "it", "pt", "fr") else None
        for seg, (s0, s1) in enumerate(sentence_spans(text)):
            toks = tokenize(text[s0:s1], s0)
            if not toks:
                continue
            keys = [self._match_key(t, lemmas) for t in toks]
            yield seg, toks, keys, match_atoms(toks, keys, self.kb.index, lang, compounds)

    def _match_key(self, tok, lemmas: dict) -> str:
        """The key a token is matched by: its lemma's where the language's lemmas are used (ru, for declined
        names), unless only the word itself starts a known phrase: natasha reads the surname "Пашинян" as
        "пашинянин" (a demonym)."""
        lemma = lemmas.get((tok.start, tok.end))
        if lemma is None:
            return tok.key
        key = word_key(lemma)
        if key not in self.kb.index.longest and tok.key in self.kb.index.longest:
            return tok.key
        return key

    # ------------------------------------------------------------------------------------------ names
    def lookup(self, name: str, date: str | None = None, lang: str | None = None) -> Resolution:
        """The resolution of one name or title ("Sergueï Lavrov", "le président ukrainien", "ONU")."""
        parsed = plain_parsed(name, lang or "")
        if not parsed.sentences:
            return Resolution(query=name, found=False, rule="empty")
        parsed.sentences = parsed.sentences[:1]
        parsed.sentences[0].end = len(name)
        parsed.sentences[0].text = name
        mentions = self.find_mentions(parsed, date)
        top = [m for m in mentions if m.part_of is None and not m.place] or mentions
        if not top:
            return Resolution(query=name, found=False, date=parse_date(date), date_assumed=date is None,
                              rule="no-match")
        best = max(top, key=lambda m: (m.end - m.start, m.kind == "person", m.country is not None))
        as_of = self._as_of(best)
        alts = [m.to_dict() for m in mentions if m is not best]
        return Resolution(query=name, found=True, country=best.country, sector=best.sector,
                          other_sectors=best.other_sectors, name=best.name, identifier=best.identifier,
                          title=best.title, kind=best.kind, entry=best.entry, rule=best.rule, source=best.source,
                          as_of=as_of, date=parse_date(date), date_assumed=best.date_assumed,
                          country_inferred=best.country_inferred, alternatives=alts)

    def _as_of(self, m: Mention) -> str | None:
        if m.kind in ("person", "coreference") and m.entry in self.kb.people:
            return self.kb.people[m.entry].get("as_of")
        if m.kind == "organisation" and m.entry in self.kb.organisations:
            return self.kb.organisations[m.entry].get("as_of")
        return self.kb.curated_as_of


def _adjective_use(atom: Atom, toks: Sequence[Tok], determiners: frozenset | set) -> bool:
    """Whether a matched nationality word is used as an adjective: its reading is one, or it is a plural written
    in lower case right after a word that is no determiner ("les frappes russes", "gli attacchi russi"; the
    people are "les Russes", "i russi")."""
    if atom.kind == "adjective":
        return True
    if atom.kind != "plural" or not toks[atom.i].text[:1].islower() or atom.i == 0:
        return False
    before = toks[atom.i - 1]
    return before.text.isalpha() and before.text[:1].islower() and (before.key,) not in determiners


def _sentence_of(starts: list[int], sentences: list[Sentence], offset: int, default: int) -> int:
    """Index of the backend sentence containing `offset` (the segment's own index without sentences)."""
    if not sentences:
        return default
    k = bisect_right(starts, offset) - 1
    return sentences[max(k, 0)].index


# Generic roles for people whose country is where they are, not the story's main country.
PLACED_PEOPLE = frozenset({"civilians"})
# Troops "in Ukraine" are often another country's, and the ambassador or embassy "in Moscow" always is.
FORCES_ABROAD = frozenset({"MIL"})
POSTED_ABROAD = frozenset({"diplomat"})
# Bare forces in an official's statement are taken as his country's (`Resolver._speaker_before`).
SPOKEN_FOR_FORCES = frozenset({"MIL", "COP"})
FORCES_CLAUSE_REACH = 40   # characters before bare forces searched for the comma that opens their clause
COMPLEMENTISERS = frozenset({"that", "que", "qu'", "dass", "che", "что", "أن", "بأن", "إن"})
PLACE_AFTER_MODIFIERS = 2            # words between the locative and the place ("in northern", "in the east of")


class _DocumentPass:
    """Document-level resolution; one per find_mentions call."""

    def __init__(self, kb: KnowledgeBase, text: str, date: str | None, places: dict, analyzer: SentenceAnalyzer,
                 home_country: str | None = None):
        self.kb, self.text, self.date, self.places = kb, text, date, places
        self.home_country = home_country
        self.home_named = False     # the document names the home country (set once its candidates are known)
        self.analyzer = analyzer
        self.office: dict[int, tuple[str | None, str | None]] = {}     # id(cand) -> (role, title)

    def run(self, cands: list[Cand], names: list[tuple]) -> list[Mention]:
        cands.sort(key=lambda c: (c.start, -c.end))
        for c in cands:
            if c.needs == "person":
                self._known_person(c)
        main = self._main_country(cands)
        self.home_named = self.home_country is not None and self.home_country in self._named_countries(cands)
        self._name_corefs(cands)
        cands = self._surname_corefs(cands, names)
        cands = self._organisations_named_again(cands)
        for c in cands:
            if c.needs == "coref":
                self._bare_title(c, cands, main)
        for c in cands:
            if c.needs == "country" or (c.needs == "coref" and c.country is None):
                self._infer_country(c, main, cands)
        for c in cands:
            if c.refers_to is not None and c.kind == "agent":
                self._copy_person(c, c.refers_to)
            elif c.entry_kind == "role" and c.explicit and c.role and c.name is None and c.sector != "ELI":
                self._holder(c, None if c.org else c.country, c.org)     # "le président ukrainien" -> who
        return self._mentions(cands)

    # -------------------------------------------------------------------------------- people
    def _known_person(self, c: Cand) -> None:
        p = self.kb.people[c.ref]
        o = office_on(p, self.date)
        self.office[id(c)] = (o.role, o.title)
        rule = f"{c.rule}+{o.rule}" + ("" if self.date else "+no-date:latest-terms")
        if c.explicit:
            c.rule = rule + "+title-in-text"
            c.needs = None
            return
        c.country, c.sector, c.other, c.org = o.country, o.sector, list(o.other), o.org
        if c.title and not c.former and o.sector == "ELI":
            c.sector, c.other = (o.other[0] if o.other else "GOV"), []
            rule += "+title-in-text"
        elif c.former and c.sector != "ELI":
            c.other, c.sector = [c.sector] if c.sector else [], "ELI"
        if not c.title:
            c.title = o.title
        c.role = c.role or o.title
        c.rule = rule
        c.needs = None

    def _compatible(self, title_key: str | None, c: Cand) -> bool:
        if c.kind not in ("person", "coreference") or c.country is None:
            return False
        role, title = self.office.get(id(c), (None, None))
        if role and fits(title_key, role, title):
            return True
        return _family_match(title_key, c.role)

    def _copy(self, dst: Cand, src: Cand, rule: str) -> None:
        dst.country, dst.sector, dst.other = src.country, src.sector, list(src.other)
        dst.name, dst.identifier, dst.inferred = src.name, src.identifier, src.inferred
        dst.ref = src.ref if src.entry_kind == "person" else dst.ref
        dst.org = src.org
        dst.rule = f"{rule}->{src.name or src.ref}"
        dst.source = src.source
        dst.needs = None
        if id(src) in self.office:
            self.office[id(dst)] = self.office[id(src)]
        if dst.entry_kind == "name" and src.entry_kind == "person":
            dst.entry_kind = "person"

    def _name_corefs(self, cands: list[Cand]) -> None:
        """An unknown titled name said again ("le président Ilham Aliyev" after the full title)."""
        seen: list[Cand] = []
        for c in cands:
            if c.kind != "person":
                continue
            if c.entry_kind == "name" and not c.explicit:
                for prev in reversed(seen):
                    if prev.alias_keys == c.alias_keys or (prev.alias_keys and prev.alias_keys[-1] == c.alias_keys[-1]):
                        self._copy(c, prev, "same-name")
                        break
            if c.country is not None:
                seen.append(c)

    def _surname_corefs(self, cands: list[Cand], names: list[tuple]) -> list[Cand]:
        people = [c for c in cands if c.kind == "person" and c.country is not None and c.alias_keys]
        out = list(cands)
        for sidx, i, j, keys, start, end in names:
            for prev in reversed([p for p in people if p.end <= start]):
                if keys == prev.alias_keys or keys[-1] == prev.alias_keys[-1] or (
                        len(keys) == 1 and keys[0] in prev.alias_keys):
                    c = Cand(i, j, start, end, sidx, "coreference", "name", None, alias_keys=keys)
                    self._copy(c, prev, "surname")
                    c.role, c.title = prev.role, None
                    c.refers_to = prev
                    out.append(c)
                    break
        out.sort(key=lambda c: (c.start, -c.end))
        return out

    def _organisations_named_again(self, cands: list[Cand]) -> list[Cand]:
        """ "NATO ... the alliance", "la Cedeao ... il blocco": the latest international organisation named before
        it. Without one the word names none ("the ruling alliance"), and is no mention."""
        kept = []
        lang = self.analyzer.lang
        for c in cands:
            if c.needs == "organisation":
                named = [p for p in cands if p.end <= c.start and p.kind == "organisation"
                         and p.country in INTERGOVERNMENTAL]
                article = DEFINITE_BEFORE.get(lang or "")
                if not named or (article and not re.search(article + r"\s*$", self.text[max(0, c.start - 8):c.start],
                                                            re.IGNORECASE)):
                    continue
                self._copy(c, named[-1], "coreference:organisation")
                c.kind, c.refers_to = "coreference", named[-1]
            kept.append(c)
        return kept

    def _bare_title(self, c: Cand, cands: list[Cand], main: str | None) -> None:
        """ "le président", "le Secrétaire général", "the minister": who the document means."""
        earlier = [p for p in cands if p.end <= c.start and self._compatible(c.role, p)]
        if earlier:
            ref = earlier[-1]
            self._copy(c, ref, "coreference:latest")
        else:
            anywhere = Counter(p.ref or p.name for p in cands if self._compatible(c.role, p))
            if anywhere:
                key = anywhere.most_common(1)[0][0]
                ref = next(p for p in cands if (p.ref or p.name) == key and self._compatible(c.role, p))
                self._copy(c, ref, "coreference:main-office-holder")
            elif c.default_org and any(p.org == c.default_org for p in cands):
                code, _ = self.analyzer.org_code(c.default_org)
                c.country, c.org, c.needs = code, c.default_org, None
                c.rule += f"+default-org:{c.default_org}"
                self._holder(c, None, c.default_org)
                return
            else:
                return
        c.kind = "coreference"
        c.refers_to = ref if ref.refers_to is None else ref.refers_to

    def _holder(self, c: Cand, country: str | None, org: str | None) -> None:
        """Name the person who held the office a title points to (when the KB knows them)."""
        ids = holders(self.kb.terms_by_place, c.role, country, org, self.date)
        if len(ids) == 1:
            p = self.kb.people[ids[0]]
            c.name, c.ref, c.identifier = p["name"], ids[0], p.get("identifier")
            c.rule += f"+holder:{ids[0]}"

    # -------------------------------------------------------------------------------- countries
    def _named_countries(self, cands: list[Cand]) -> set[str]:
        named = {c.country for c in cands if c.country and not c.inferred}
        return named | {code for ps in self.places.values() for _, code, _, _ in ps}

    def _main_country(self, cands: list[Cand]) -> str | None:
        votes: Counter = Counter()
        first: dict[str, int] = {}
        for c in cands:
            if c.country and c.country not in IGO_CODES and c.weight and not c.inferred:
                votes[c.country] += 1
                first.setdefault(c.country, c.start)
        for sidx, ps in self.places.items():
            for _, code, _, start in ps:
                votes[code] += 1
                first.setdefault(code, start)
        if not votes:
            return None
        return max(votes, key=lambda k: (votes[k], -first[k]))

    def _speaker_before(self, c: Cand, cands: Sequence[Cand]) -> Cand | None:
        """The official whose statement about them holds the bare forces `c`: the nearest earlier government
        title or person of the same sentence with a country from the text, a complementiser ("that", "أن")
        between them."""
        for p in sorted((p for p in cands if p.sentence_index == c.sentence_index and p.end <= c.start),
                        key=lambda p: -p.start):
            if p.country and not p.inferred and p.sector == "GOV" and p.entry_kind in ("role", "person"):
                words = set(self.text[p.end:c.start].lower().replace(",", " ").split())
                return p if words & COMPLEMENTISERS else None
        return None

    def _same_forces_before(self, c: Cand, cands: Sequence[Cand]) -> Cand | None:
        """The nearest earlier mention of the same sentence with the bare forces' sector and a country the text gives
        it: "Chinese warships and fighter jets", "the Israeli military said that its forces". Not across a state
        named between them ("the Pentagon will send 3,000 soldiers ..., while Russia masses troops"), unless the
        forces open a clause after a comma (", the armed forces said")."""
        same = next((p for p in sorted(cands, key=lambda p: -p.start)
                     if p.sentence_index == c.sentence_index and p.end <= c.start and p.sector == c.sector
                     and p.country and not p.inferred), None)
        if same is None:
            return None
        states_between = any(p.kind in ("country", "metonym") and p.country != same.country
                             and same.end <= p.start and p.end <= c.start for p in cands)
        opening = self.text[max(0, c.start - FORCES_CLAUSE_REACH):c.start].rsplit(",", 1)
        return same if not states_between or (len(opening) == 2 and len(opening[1].split()) <= 1) else None

    @staticmethod
    def _same_role_before(c: Cand, cands: Sequence[Cand]) -> Cand | None:
        """The nearest earlier mention of the same sentence with the same role and a country the text gives it."""
        return next((p for p in sorted(cands, key=lambda p: -p.start)
                     if p.sentence_index == c.sentence_index and p.end <= c.start and p.role == c.role
                     and p.country and not p.inferred), None)

    def _infer_country(self, c: Cand, main: str | None, cands: Sequence[Cand] = ()) -> None:
        ps = self.places.get(c.sentence_index, [])
        # A title right after another whose country the text gives is the same group: "Niger's military rulers".
        before = next((p for p in cands if p is not c and p.country and not p.inferred and p.end < c.start
                       and not self.text[p.end:c.start].strip()), None)
        if before is not None and before.entry_kind == "role" and not c.default_country:
            c.country, c.inferred = before.country, True
            c.rule += f"+title-before:{before.country}"
        elif c.default_country:
            c.country, c.inferred = c.default_country, True
            c.rule += f"+title-country:{c.default_country}"
        elif c.sector in SPOKEN_FOR_FORCES and (speaker := self._speaker_before(c, cands)) is not None:
            # "أعلن الرئيس الفنزويلي نيكولاس مادورو أن القوات المسلحة ستجري مناورات ... مع كولومبيا": forces a head
            # of government speaks of are his own, whatever place the sentence names.
            c.country, c.inferred = speaker.country, True
            c.rule += f"+speaker-before:{speaker.country}"
        elif (c.sector not in FORCES_ABROAD and c.role not in POSTED_ABROAD
              and (placed := self._place_after(c, ps)) is not None):
            # "Kurdish militants in northern Syria", "a multinational police force in Haiti": the place the phrase
            # itself puts them in, before the document's main country.
            c.country, c.inferred = placed, True
            c.rule += f"+place-after:{placed}"
        elif c.sector in SPOKEN_FOR_FORCES and (named := self._same_forces_before(c, cands)) is not None:
            # bare forces after forces of a country the text names are those forces ("Malian army helicopters struck
            # ... near the border with Niger ..., the armed forces said"), not the country of a place named between
            c.country, c.inferred = named.country, True
            c.rule += f"+same-forces-before:{named.country}"
        elif c.role in POSTED_ABROAD and (same := self._same_role_before(c, cands)) is not None:
            # "объявили посла Германии персоной нон грата, обвинив дипломата в ...": the diplomat named before
            c.country, c.inferred = same.country, True
            c.rule += f"+same-role-before:{same.country}"
        elif c.office and self.home_named and c.role not in POSTED_ABROAD:
            # A journalist names a foreign office with its country ("il ministro iraniano"); a bare "il ministro
            # della Giustizia" is the home country's, when the story takes place there at all.
            c.country, c.inferred = self.home_country, True
            c.rule += f"+home-office:{self.home_country}"
        elif ps and c.role in PLACED_PEOPLE:
            # People named by what befell them ("persone", "Menschen", "civilians") are those of the place nearest
            # them, never of a nationality adjective (the attacker's: "un drone russo ... uccidendo otto persone").
            near = [p for p in ps if p[2] != NATIONALITY_RANK]
            if near:
                _, code, _, _ = min(near, key=lambda p: abs(p[3] - c.start))
                c.country, c.inferred = code, True
                c.rule += f"+nearest-place:{code}"
            elif main:
                c.country, c.inferred = main, True
                c.rule += f"+document-country:{main}"
        elif ps:
            # A place of the document's main country first: "San Antonio de los Baños" next to "La Habana" is
            # the Cuban town, not the Texan city. A nationality word is no place: "persone" killed by "un raid
            # israeliano ... a Gaza" are in Gaza.
            _, code, rank, start = min(ps, key=lambda p: (p[2] == NATIONALITY_RANK, p[1] != main, p[2],
                                                          abs(p[3] - c.start)))
            c.country, c.inferred = code, True
            c.rule += f"+place-in-sentence:{code}"
        elif main:
            c.country, c.inferred = main, True
            c.rule += f"+document-country:{main}"
        elif self.home_country:
            c.country, c.inferred = self.home_country, True
            c.rule += f"+home-country:{self.home_country}"
        else:
            c.rule += "+no-country"
        c.needs = None
        if c.entry_kind == "role" and c.role and c.country and c.country not in IGO_CODES:
            self._holder(c, c.country, None)

    def _place_after(self, c: Cand, ps: Sequence[tuple[int, str, int, int]]) -> str | None:
        """The country of the place named by a locative right after the mention ("in", "à", "в", with at most
        two lower-case words between: "in northern Syria", "à l'est du Congo" is too far)."""
        nearest = min((p for p in ps if p[3] >= c.end and p[2] != NATIONALITY_RANK), key=lambda p: p[3],
                      default=None)
        if nearest is None:
            return None
        _, code, _, start = nearest
        words = tokenize(self.text[c.end:start])
        if not words or any(w.punct for w in words):
            return None
        keys = [w.key for w in words]
        lead = next((n for n in (2, 1) if tuple(keys[:n]) in self.analyzer.fw["locatives"]), 0)
        rest = words[lead:]
        return code if lead and len(rest) <= PLACE_AFTER_MODIFIERS and not any(w.upper for w in rest) else None

    def _copy_person(self, title: Cand, person: Cand) -> None:
        if person.country is None:
            return
        title.country, title.sector, title.other = person.country, person.sector, list(person.other)
        title.name, title.identifier, title.inferred = person.name, person.identifier, person.inferred
        if person.entry_kind == "person":
            title.ref = person.ref

    # -------------------------------------------------------------------------------- output
    def _beyond_person(self, c: Cand) -> bool:
        """A person whose own facts are older than the document (Phoenix people: as of 2014-01-30)."""
        p = self.kb.people.get(c.ref) if self.date is not None and c.ref else None
        return bool(p and p.get("as_of") and self.date > p["as_of"])

    def _mentions(self, cands: list[Cand]) -> list[Mention]:
        cands = sorted(cands, key=lambda c: (c.start, -c.end))
        pos = {id(c): k for k, c in enumerate(cands)}
        beyond = self.date is not None and self.date > self.kb.curated_as_of
        out = []
        for c in cands:
            if c.country in INTERNATIONAL and c.sector is not None and c.sector not in OPERATIONAL:
                # an international organisation (or its head) is coded by its PLOVER code alone, unless it
                # is an armed, police or medical force; the body's or office's sector stays secondary
                c.other = [c.sector] + [s for s in c.other if s != c.sector]
                c.sector = None
            entry = c.ref
            if c.entry_kind == "role" and (c.ref or "") in self.kb.concepts:
                entry = c.ref
            out.append(Mention(
                start=c.start, end=c.end, text=self.text[c.start:c.end], sentence_index=c.sentence_index,
                name=c.name, country=c.country, sector=c.sector, other_sectors=list(c.other),
                identifier=c.identifier, title=c.title, country_inferred=c.inferred, kind=c.kind, rule=c.rule,
                source=c.source or "context", entry=entry, role=c.role, date_assumed=self.date is None,
                beyond_as_of=c.kind in ("person", "coreference", "agent") and (beyond or self._beyond_person(c)),
                place=c.place,
                refers_to=pos.get(id(c.refers_to)) if c.refers_to is not None else None,
                part_of=pos.get(id(c.part_of)) if c.part_of is not None else None))
        return out
