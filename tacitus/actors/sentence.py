"""One sentence: matched phrases -> candidate mentions with what the sentence itself says about them.

Titles are read as groups: a role noun with its modifiers (nationality adjective, "former"), its
complement ("de la République d'Azerbaïdjan", "of the United Nations", "России", "للأمم المتحدة") and the
name next to it ("le président Ilham Aliyev", "Antonio Guterres, le secrétaire général"). What the
sentence cannot settle (a bare "le président", police with no nationality) is marked for the
document-level pass in tacitus.actors.resolver.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from tacitus.actors.dates import in_term
from tacitus.actors.matcher import Atom, lookup_keys
from tacitus.actors.model import IMPERSONAL_SPEAKER
from tacitus.kb.loader import IGO_CODES, Entry, KnowledgeBase
from tacitus.kb.normalize import Tok, strip_marks

# Parts of speech of a one-word match that is no title, where a tagger ran (`SentenceAnalyzer.analyze`).
FUNCTION_WORD_POS = frozenset({"ADP", "CCONJ", "SCONJ"})
# Tags of words that cannot stand between a country and the title it modifies (see _not_a_modifier).
NO_MODIFIER_TAGS = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON"})
# Languages whose adjectives follow the noun ("le président ukrainien"), precede it ("Ukrainian
# president"), and whose complements may follow without a preposition (genitive: "президент России").
ADJ_AFTER = frozenset({"fr", "es", "it", "pt", "ar"})
ADJ_BEFORE = frozenset({"en", "de", "ru"})
HYPHENS = frozenset("-‐‑")
# Words of address and rank written before a surname ("Mr Putin", "Mme Lagarde", "Sheikh Hasina"): the surname
# after them is the person the knowledge base knows, not someone else's family name (see _family_name).
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mister", "dr", "sir", "lord", "lady", "dame", "madam", "prof", "professor",
    "m", "mme", "mlle", "monsieur", "madame", "mgr", "me", "herr", "frau", "sr", "sra", "srta", "senor", "senora",
    "don", "dona", "sig", "signor", "signora", "dott", "senhor", "senhora", "dom", "sheikh", "cheikh", "sheik",
    "emir", "prince", "princess", "king", "queen", "sultan", "comrade", "ayatollah", "imam", "mullah", "mufti",
    "rabbi", "rev", "reverend", "father", "pope", "cardinal", "bishop", "archbishop", "general", "gen", "colonel",
    "col", "marshal", "captain", "capt", "major", "commander", "admiral", "judge", "justice", "senator", "sen",
    "rep", "governor", "gov", "mayor", "president", "premier", "chancellor", "minister", "secretary", "ambassador"})
SHADDA = "\u0651"
PREPOSITIONAL_TITLE_LANGS = frozenset({"en", "fr", "es", "pt", "it"})
TITLE_TAIL = 3   # words after a title that may still be part of it: "del Interior", "of Foreign Affairs"
MIN_FAMILY_NAME = 4   # letters of the shortest alias read as a family name (see _family_name)
GIVEN_NAME_STEM = 3   # letters of a given name compared with the knowledge base's (see _given_name_of)
# The Italian and French dative before a country ("ha chiesto ad Israele"), which is no locative there.
DATIVES = frozenset({("a",), ("ad",)})
AGREEMENT_OF = frozenset({"of", "de", "du", "del", "di", "do", "da", "von"})   # "accords de Minsk", "Statut de Rome"
GENITIVE = frozenset({"ru", "de", "ar"})
PLACE_KINDS = ("country", "capital", "seat", "city", "region")
# Rank of a nationality word among the places of a sentence: after every named place (see _places)
NATIONALITY_RANK = 3
# Sectors that name whom someone belongs to rather than what they do: a "chef rebelle", a
# "командир боевиков", a "dirigente opositor" take them.
AFFILIATIONS = frozenset({"REB", "OPP", "PTY", "PRM", "CRM", "SPY"})
COMPLEMENT_KINDS = ("organisation", "country", "seat", "capital", "city", "region", "person", "role")
NAME_STOP = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december lundi mardi mercredi jeudi vendredi samedi dimanche
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre lunes martes miercoles
jueves viernes sabado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre
diciembre montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar marz juni juli oktober
dezember ce cette il elle ils elles le la les he she they it the this that we i un une des de du et a au aux en
dans par pour sur avec selon mais it said says a and but in on at by for with from as according
""".split())


@dataclass
class Cand:
    """A candidate mention, before the document-level pass."""

    i: int
    j: int
    start: int
    end: int
    sentence_index: int
    kind: str                       # person, organisation, country, metonym, agent, coreference
    entry_kind: str                 # person, name (unknown person), organisation, country, noun, plural, seat,
    ref: str | None                 # capital, role
    country: str | None = None
    sector: str | None = None
    other: list[str] = field(default_factory=list)
    name: str | None = None
    identifier: str | None = None
    title: str | None = None
    role: str | None = None
    org: str | None = None
    inferred: bool = False
    rule: str = ""
    source: str = ""
    place: bool = False
    needs: str | None = None        # "country": infer; "coref": a bare title; "person": dated KB lookup
    explicit: bool = False          # the country/sector come from the text (a title or a complement)
    former: bool = False
    default_org: str | None = None
    default_country: str | None = None  # the country a title names by itself ("Bundeskanzler")
    refers_to: "Cand | None" = None
    part_of: "Cand | None" = None
    alias_keys: tuple[str, ...] = ()
    weight: int = 1                 # counts towards the document's main country
    office: bool = False            # an office title or its holder ("il ministro della Giustizia"), not a generic body


@dataclass
class Group:
    head: Atom
    concept_id: str
    i: int
    j: int
    adjs: list[Entry] = field(default_factory=list)
    left: list[Atom] = field(default_factory=list)
    comp: Atom | None = None
    comp_entry: Entry | None = None
    sub: "Group | None" = None
    former: bool = False


class SentenceAnalyzer:
    """Reads one sentence's atoms into candidates; holds nothing between documents."""

    def __init__(self, kb: KnowledgeBase, lang: str | None, date: str | None,
                 pos: dict[int, str] | None = None) -> None:
        self.kb = kb
        self.pos = pos or {}            # token start -> UPOS, where a backend parsed the text
        self.lang = lang
        self.date = date
        self.fw = kb.function_words(lang)

    # ------------------------------------------------------------------------------------------ entry
    def analyze(self, sidx: int, toks: list[Tok], keys: list[str], atoms: list[Atom],
                text: str) -> tuple[list[Cand], list, list]:
        """Candidates, places (token index, code, rank) and unknown capitalised names of the sentence.

        `text` is the whole document (token offsets index into it)."""
        self.toks, self.keys, self.sidx, self.text = toks, keys, sidx, text
        # (a word the tagger calls a preposition or conjunction is no title: Russian "после", after, stems like
        # "посла", the ambassador; taggers are less sure of names and nationalities: "haïtien" tagged ADP)
        atoms = [a for a in atoms if a.j - a.i > 1 or a.kind != "role"
                 or self.pos.get(toks[a.i].start) not in FUNCTION_WORD_POS]
        matched = {k for a in atoms for k in range(a.i, a.j)}
        role_ends = {a.j for a in atoms if a.kind == "role"}
        atoms = [self._amman(a) for a in atoms
                 if not self._family_name(a, matched) and not self._given_name_after_title(a, matched, role_ends)]
        self.atom_at = {a.i: a for a in atoms}
        # tokens of a matched phrase; a city name alone does not stop a personal name ("Victoria" Mensah)
        self.covered = {k for a in atoms if a.kind != "city" for k in range(a.i, a.j)}
        self.persons: dict[tuple[int, int], Cand] = {}
        used: set[int] = set()          # atom starts consumed by a group
        self.extra_used = used
        cands: list[Cand] = []
        groups: list[Group] = []
        for a in atoms:
            if a.i in used or not a.has("role"):
                continue
            if self._is_former(a) and self._starts_group_after(a):
                continue                # "ancien" before a title: read as its modifier
            if a.kind != "role":
                continue                # an organisation or a country named like a role ("Casques bleus")
            g = self._group(a, depth=0)
            if g is None:
                continue
            groups.append(g)
            for k in range(g.i, g.j):
                if k in self.atom_at:
                    used.add(k)
        groups = self._merge_adjacent(groups)
        for g in groups:
            cands.extend(self._group_cands(g, used))
        for a in atoms:
            if a.i in used:
                continue
            c = self._atom_cand(a)
            if c is not None:
                cands.append(c)
        cands.sort(key=lambda c: (c.start, -c.end))
        self._name_the_bodies(cands)
        return cands, self._places(atoms, used), self._unknown_names(cands)

    def _name_the_bodies(self, cands: list[Cand]) -> None:
        """A generic body's word right before an organisation's name names that organisation ("rights group
        Human Rights Watch", "l'ONG Amnesty International", "the militant group Boko Haram"): it stands for it,
        and is not a second party whose country is guessed from the sentence."""
        names = {c.i: c for c in cands if c.kind == "organisation" and c.part_of is None}
        for c in cands:
            org = names.get(c.j)
            if org is None or c.kind != "agent" or c.refers_to is not None or c.office or c.ref is None:
                continue
            flags = self.kb.concepts[c.ref]["flags"] if c.ref in self.kb.concepts else ()
            if "generic" in flags and not {"relational", "bound"} & set(flags):
                c.refers_to, c.needs = org, None

    def _family_name(self, a: Atom, matched: set[int]) -> bool:
        """A one-word organisation or person alias right after an unknown capitalised word is the family name of
        someone the knowledge base does not know: Peru's foreign minister "Allan Wagner" is no Wagner group, the
        Kenyan governor "Mike Sonko" no Ousmane Sonko. Not after the segment's first word (any word is
        capitalised there) nor after a word of address ("Mr Putin"); where the backend tagged the word, only after
        a proper noun; and never in German, which capitalises every noun ("die Söldnertruppe Wagner")."""
        p = a.i - 1
        if a.kind not in ("organisation", "person") or a.j - a.i != 1 or p < 1 or p in matched:
            return False
        if a.kind == "person" and self._given_name_of(a.entries[0], self.toks[p], self.toks[a.i]):
            return False
        if a.kind == "organisation" and (self.keys[p - 1],) in self.fw["connectors"]:
            return False    # a capitalised noun of a longer name: "l'agenzia di Stato Kcna"
        before, alias = self.toks[p], self.toks[a.i]
        # (short aliases are abbreviations, not family names: "Consiglio Ue")
        if before.punct or alias.caps or len(alias.text) < MIN_FAMILY_NAME or self._caseless(alias) or before.caps:
            return False
        if (not before.upper or before.key in NAME_STOP or before.key in HONORIFICS
                or (before.key,) in self.fw["determiners"]):
            return False
        tag = self.pos.get(before.start)
        return tag == "PROPN" if tag else self.lang != "de"

    def _given_name_after_title(self, a: Atom, matched: set[int], role_ends: set[int]) -> bool:
        """A one-word country name between a title and an unknown capitalised name is a given name: the former
        interior minister "Mauricio López Bonilla" is no Mauritius (Spanish "Mauricio"). Only in the languages that
        join a country to a title with a preposition ("ministro de Mauricio"), not with a genitive or an adjective
        ("Президент Сербии Александар Вучич"); where the backend tagged the next word, only before a proper noun."""
        nxt = a.j
        if (self.lang not in PREPOSITIONAL_TITLE_LANGS or a.kind != "country" or a.j - a.i != 1
                or nxt >= len(self.toks) or nxt in matched):
            return False
        # (right after the title, or after the capitalised word that ends it: "exministro del Interior Mauricio";
        # not after a preposition, "ministro de Mauricio", which names the country)
        if a.i not in role_ends and not (a.i > 0 and self.toks[a.i - 1].upper):
            return False
        p = a.i
        while p not in role_ends and p > 0 and a.i - p < TITLE_TAIL and not self.toks[p - 1].punct:
            p -= 1
        if p not in role_ends:
            return False
        word = self.toks[nxt]
        if (word.punct or word.caps or not word.upper or len(word.text) < MIN_FAMILY_NAME or word.key in NAME_STOP
                or (word.key,) in self.fw["determiners"]):
            return False
        tag = self.pos.get(word.start)
        return not tag or tag == "PROPN"

    def _amman(self, a: Atom) -> Atom:
        """Amman written with its shadda ("عمّان"): the matching keys drop the mark, which alone tells Jordan's
        capital from Oman ("عُمان", never doubled)."""
        e = a.entries[0]
        if self.lang != "ar" or e.kind != "country" or e.ref != "OMN" or SHADDA not in self.toks[a.i].text:
            return a
        capital = next((i for i, m in enumerate(self.kb.metonyms) if m["country"] == "JOR" and m["kind"] == "capital"),
                       None)
        if capital is None:
            return a
        return Atom(a.i, a.j, [Entry("capital", str(capital), e.case, e.langs, self.toks[a.i].text, "curated")])

    def _given_name_of(self, e: Entry, tok: Tok, surname: Tok) -> bool:
        """Whether the word may be part of a name the knowledge base gives this person ("Emmanuel" Macron). Only
        its first letters are compared: a name is declined ("Касыма-Жомарта Токаева") and transliterated
        several ways ("Эмманюэль", "Эммануэль")."""
        person = self.kb.people[e.ref]
        word = strip_marks(tok.text).lower()
        family = strip_marks(surname.text).lower()
        known = [w for name in [person["name"], *person.get("names", ())]
                 for w in strip_marks(name).lower().replace("-", " ").split() if w != family]
        # (the first letter alone may differ: "Эбрахим" and "Ибрахим" Раиси)
        return any(w[:GIVEN_NAME_STEM] == word[:GIVEN_NAME_STEM]
                   or w[1:GIVEN_NAME_STEM + 1] == word[1:GIVEN_NAME_STEM + 1] for w in known)

    # ------------------------------------------------------------------------------------------ groups
    def _concept(self, e: Entry) -> dict:
        return self.kb.concepts[e.ref]

    def _not_a_modifier(self, k: int) -> bool:
        """An English word that cannot sit inside a title's modifiers: an article, a verb form ("Spain
        deployed the army" is no "Spain ... army" title) or a preposition ("deported by Malaysia on three navy
        ships" is no "Malaysia ... navy"). A number may ("Zimbabwe's two main teachers' unions")."""
        key = self.keys[k]
        # (the tag, where a parser ran, also catches irregular verbs: "Chad sent troops")
        return ((key,) in self.fw["determiners"] or key.endswith(("ed", "ing"))
                or self.pos.get(self.toks[k].start) in NO_MODIFIER_TAGS)

    def _is_former(self, a: Atom) -> bool:
        e = a.first("role")
        return e is not None and "former" in self._concept(e)["flags"]

    def _starts_group_after(self, a: Atom) -> bool:
        nxt = self.atom_at.get(a.j)
        return nxt is not None and nxt.has("role") and not self._is_former(nxt)

    def _connector_len(self, p: int) -> int:
        for length in (3, 2, 1):
            if p + length <= len(self.toks) and tuple(self.keys[p:p + length]) in self.fw["connectors"]:
                if not any(t.punct for t in self.toks[p:p + length]):
                    return length
        return 0

    def _det_len(self, p: int) -> int:
        if p < len(self.toks) and (self.keys[p],) in self.fw["determiners"] and not self.toks[p].punct:
            return 1
        return 0

    def _extend_role(self, head_keys: tuple[str, ...], p: int) -> tuple[Entry, int] | None:
        """ "ministre [russe] des Affaires étrangères": the title read across the adjective."""
        for length in range(min(6, len(self.toks) - p), 0, -1):
            if any(t.punct for t in self.toks[p:p + length]):
                continue
            found = lookup_keys(self.kb.index, head_keys + tuple(self.keys[p:p + length]), self.lang, ("role",))
            if found:
                return found[0], p + length
        return None

    def _group(self, head: Atom, depth: int) -> Group | None:
        e = head.first("role")
        concept = self._concept(e)
        g = Group(head, e.ref, head.i, head.j)
        toks, n = self.toks, len(self.toks)
        # left: "former", and in en/de/ru nationality adjectives, countries, organisations, seats
        k = head.i
        while k > 0 and depth == 0:
            prev = self._atom_ending_at(k)
            if prev is None:
                if self.lang == "en" and toks[k - 1].text == "s" and self._atom_ending_at(k - 1):
                    k -= 1      # possessive: "Russia's foreign minister"
                    continue
                moved = False
                if self.lang == "en" and k == head.i:
                    for w in (k - 1, k - 2):    # "Chile's energy minister", "public works minister"
                        if w < 1 or toks[w].punct or w in self.covered or toks[w].upper or self._not_a_modifier(w):
                            break
                        if self._atom_ending_at(w) is not None or toks[w - 1].text == "s":
                            k, moved = w, True
                            break
                if (self.lang == "de" and k == head.i and k >= 2 and not toks[k - 1].punct
                        and self.text[toks[k - 1].end:toks[k].start] in HYPHENS and k - 1 not in self.covered):
                    k -= 1      # the first part of a hyphenated compound: "russische Kamikaze-Drohnen"
                    continue
                if moved:
                    continue
                break
            if self._is_former(prev):
                g.former = True
            elif prev.has("adjective", "plural", "country", "organisation", "seat", "capital") and (
                    self.lang in ADJ_BEFORE or self.lang not in ADJ_AFTER) and not self._locative(prev.i):
                g.left.append(prev)
            else:
                break
            k = prev.i
        g.i = k
        # right: adjectives, "former", complements
        p = head.j
        head_keys = tuple(self.keys[head.i:head.j])
        while p < n and not toks[p].punct:
            a = self.atom_at.get(p)
            if (a is None and self.lang in ADJ_AFTER and not g.adjs and p + 1 < n and p not in self.covered
                    and not toks[p].upper and (self.keys[p],) not in self.fw["connectors"]
                    and (self.keys[p],) not in self.fw["determiners"]):
                nxt = self.atom_at.get(p + 1)
                if nxt is not None and nxt.has("adjective", "plural"):
                    p += 1          # an ordinary adjective between the noun and the nationality
                    continue
            if a is not None and a.has("adjective", "plural") and (self.lang in ADJ_AFTER or self.lang not in ADJ_BEFORE):
                g.adjs.append(a.first("adjective", "plural"))
                p = a.j
                ext = self._extend_role(head_keys, p)
                if ext is not None and g.comp is None:
                    e, p = ext
                    g.concept_id = e.ref
                continue
            if a is not None and self._is_former(a) and self.lang == "ar":
                g.former = True
                p = a.j
                continue
            if a is not None and self.lang in ADJ_AFTER and a.kind == "role" and not g.adjs and g.comp is None \
                    and p == head.j and not self._is_former(a) and depth == 0:
                second = self.kb.concepts[a.first("role").ref]
                if "relational" in concept["flags"] or second["sector"] in AFFILIATIONS:
                    g.comp, g.comp_entry = a, a.first("role")     # "dirigente opositor", "chef rebelle"
                    g.sub = Group(a, a.first("role").ref, a.i, a.j)
                p = a.j
                continue
            if g.comp is not None:
                break
            if a is None and self.lang == "ru" and p == head.j:
                q = p
                while (q < n and q - p < 3 and q not in self.covered and not toks[q].punct and not toks[q].upper
                       and self._genitive_word(q)):
                    q += 1
                target = self.atom_at.get(q)
                if q > p and target is not None and target.has("country", "organisation", "capital", "seat", "role"):
                    p = q           # "Министр энергетики Казахстана": the portfolio, then the country
                    continue
            clen = self._connector_len(p)
            q = p + clen
            q += self._det_len(q) if clen else 0
            target = self.atom_at.get(q)
            if clen and target is None and q + 1 < n and not toks[q].punct and q not in self.covered:
                nxt = self.atom_at.get(q + 1)       # "de la banque sénégalaise": a noun, then the nationality
                if nxt is not None and nxt.has("adjective", "plural") and self.lang in ADJ_AFTER:
                    g.adjs.append(nxt.first("adjective", "plural"))
                    p = nxt.j
                    break
            if clen and target is not None and target.has("adjective", "plural") and self.lang not in ADJ_AFTER:
                g.adjs.append(target.first("adjective", "plural"))   # "des französischen Konzerns"
                p = target.j + (1 if target.j < n and not toks[target.j].punct and target.j not in self.covered else 0)
                break
            if target is None and clen == 0:
                break
            if target is None or not (clen or self.lang in GENITIVE):
                break
            ce = target.first(*COMPLEMENT_KINDS)
            city_genitive = self.lang == "ru" and ce is not None and ce.kind in ("city", "region")
            if ce is None or (not clen and ((ce.kind in ("person", "city", "region") and not city_genitive)
                                            or not self._genitive_ok(head, target))):
                break
            if ce.kind in ("city", "region") and self._in_name(target):
                break
            if ce.kind == "role":
                if depth >= 2:
                    break
                sub = self._group(target, depth + 1)
                if sub is None:
                    break
                g.sub, g.comp, g.comp_entry = sub, target, ce
                p = sub.j
            else:
                g.comp, g.comp_entry = target, ce
                p = target.j
                nxt = self.atom_at.get(p)
                if self.lang in GENITIVE and nxt is not None and nxt.has("country") and ce.kind != "country":
                    g.left.append(nxt)      # "Председатель Сейма Литвы" after an organisation
                    p = nxt.j
        g.j = p
        if "bound" in concept["flags"] and g.comp is None and not g.adjs and not g.left:
            return None
        return g

    def _genitive_word(self, k: int) -> bool:
        """A Russian word that may belong to a genitive portfolio ("сельского хозяйства"): an adjective or
        a noun by the parser, else by its ending; never a verb, conjunction or preposition."""
        pos = self.pos.get(self.toks[k].start)
        if pos:
            return pos in ("NOUN", "ADJ", "PROPN")
        w = self.toks[k].text.lower()
        return len(w) > 3 and w.endswith(("ого", "его", "ых", "их", "ой", "ей", "и", "ы", "а", "я"))

    def _in_name(self, a: Atom) -> bool:
        """A place name inside a longer capitalised sequence is part of a personal name ("Paris Hilton",
        "Juan Manuel Lima Ortega"), not a place."""
        toks, n = self.toks, len(self.toks)

        def name_word(k: int) -> bool:
            return 0 <= k < n and k not in self.covered and self._namelike(k) and not self._caseless(toks[k])
        if name_word(a.j) and name_word(a.j + 1):
            return False        # "полиции Казани Иван Петров": a place, then a two-word name
        if name_word(a.j):
            return self.lang != "de" or not (a.i > 0 and (self.keys[a.i - 1],) in self.fw["determiners"])
        return name_word(a.i - 1) and self.lang != "de"

    def _genitive_ok(self, head: Atom, target: Atom) -> bool:
        """A complement without a preposition. Arabic: only after an indefinite head ("وزير خارجية روسيا")
        or with the preposition li- attached ("الأمين العام للأمم المتحدة"); "الشرطة المتظاهرين" is a
        subject and its object."""
        if self.lang != "ar":
            return True
        head_word = self.toks[head.j - 1].text
        comp_word = self.toks[target.i].text
        return not head_word.startswith(("ال", "وال", "فال")) or (comp_word.startswith("ل") and not comp_word.startswith("ال"))

    def _atom_ending_at(self, k: int) -> Atom | None:
        for a in self.atom_at.values():
            if a.j == k:
                return a
        return None

    def _merge_adjacent(self, groups: list[Group]) -> list[Group]:
        """en/de noun compounds: "army chief", "government spokesman": the left group is the complement."""
        if self.lang not in ADJ_BEFORE or len(groups) < 2:
            return groups
        out: list[Group] = []
        for g in groups:
            prev = out[-1] if out else None
            concept = self.kb.concepts[g.concept_id]
            if prev is not None and prev.j == g.head.i and g.comp is None and "relational" in concept["flags"]:
                g.sub, g.comp, g.comp_entry = prev, prev.head, prev.head.first("role")
                g.i = prev.i
                out[-1] = g
            else:
                out.append(g)
        return out

    # ------------------------------------------------------------------------------------------ resolution
    def org_code(self, oid: str) -> tuple[str | None, str | None]:
        o = self.kb.organisations[oid]
        for t in o.get("terms", ()):
            if self.date is None and not t.get("end") or self.date and in_term(self.date, t.get("start"), t.get("end")):
                return t["country"], t["sector"]
        return o["code"], o.get("sector")

    def _code_of(self, e: Entry) -> tuple[str | None, str | None, bool]:
        """(country, sector, inferred) an atom reading gives."""
        if e.kind == "organisation":
            code, sector = self.org_code(e.ref)
            return code, sector, False
        if e.kind in ("seat", "capital"):
            m = self.kb.metonyms[int(e.ref)]
            return m["country"], m["sector"], False
        if e.kind == "region":
            return self.kb.regions[int(e.ref)]["country"], None, True
        if e.kind == "city":
            return e.ref, None, True
        if e.kind == "person":
            return None, None, False
        return e.ref, None, False

    def resolve_group(self, g: Group) -> dict:
        concept = self.kb.concepts[g.concept_id]
        sector, other = concept["sector"], list(concept["other"])
        country, inferred, org, rule = None, False, None, [f"title:{g.concept_id}"]
        relational = "relational" in concept["flags"]
        if g.sub is not None:
            sub = self.resolve_group(g.sub)
            country, inferred = sub["country"], sub["inferred"]
            if relational or sub["sector"] in AFFILIATIONS:
                sector, other = sub["sector"], sub["other"]
            rule.append(f"of:{sub['rule']}")
            org = sub["org"]
        elif g.comp_entry is not None and g.comp_entry.kind != "person":
            country, csector, inferred = self._code_of(g.comp_entry)
            if g.comp_entry.kind == "organisation":
                org = g.comp_entry.ref
            if csector and g.comp_entry.kind != "city" and (relational or csector in AFFILIATIONS):
                sector = csector
            rule.append(f"of:{g.comp_entry.kind}:{g.comp_entry.ref}")
        elif g.comp_entry is not None and self.kb.people.get(g.comp_entry.ref, {}).get("country"):
            # "el Gobierno de Daniel Ortega", "the administration of Joe Biden": the person's country
            country = self.kb.people[g.comp_entry.ref]["country"]
            rule.append(f"of:person:{g.comp_entry.ref}")
        if country is None and g.adjs:
            country = g.adjs[0].ref
            rule.append(f"adjective:{country}")
        if country is None:
            for a in g.left:
                e = a.first("adjective", "plural", "country", "organisation", "seat", "capital")
                code, csector, _ = self._code_of(e)
                if code:
                    country = code
                    if e.kind == "organisation":
                        org = e.ref
                        if relational and csector:
                            sector = csector
                    rule.append(f"modifier:{e.kind}:{e.ref}")
                    break
        if g.former and sector != "ELI":
            other = [sector] + [s for s in other if s != sector]
            sector = "ELI"
            rule.append("former")
        return {"country": country, "sector": sector, "other": other, "inferred": inferred, "org": org,
                "rule": "+".join(rule), "role": concept.get("role"), "concept": g.concept_id,
                "default_org": concept.get("default_org"), "flags": concept["flags"],
                "default_country": (concept.get("default_country") or {}).get(self.lang or "")}

    def _group_cands(self, g: Group, used: set[int]) -> list[Cand]:
        toks = self.toks
        r = self.resolve_group(g)
        head = g.head
        c = Cand(head.i, head.j, toks[head.i].start, toks[head.j - 1].end, self.sidx, "agent", "role", g.concept_id,
                 country=r["country"], sector=r["sector"], other=r["other"], role=r["role"], org=r["org"],
                 inferred=r["inferred"], rule=r["rule"], source="context" if r["country"] else "curated",
                 former=g.former, default_org=r["default_org"], explicit=r["country"] is not None,
                 default_country=r["default_country"])
        c.title = self._surface(g.i, g.j)
        out = [c]
        flags = r["flags"]
        c.office = "title" in flags and "generic" not in flags
        if "anaphor" in flags:
            c.needs = "organisation"     # the document pass finds the organisation it names again, or drops it
        elif r["country"] is None:
            c.needs = "coref" if ("title" in flags and r["role"]) else "country"
        # complements and modifiers that name a country or organisation are mentions of their own
        for a in ([g.comp] if g.comp is not None and g.sub is None else []) + g.left:
            sub = self._atom_cand(a)
            if sub is not None:
                sub.part_of = c
                out.append(sub)
        if g.sub is not None:
            for sc in self._group_cands(g.sub, used):
                if sc.part_of is None:
                    sc.part_of = c
                sc.office = sc.office or (c.office and sc.kind == "person")   # "ministro della Giustizia Nordio"
                out.append(sc)
        # a name next to the title
        person = self._attached_name(g)
        if "name_only" in flags and person is None:
            return []
        if person is not None:
            known = self.persons.get((person.i, person.j))
            if known is not None:
                person = known
                if r["country"] is not None and not person.explicit:
                    person.country, person.inferred, person.explicit = r["country"], r["inferred"], True
                    person.needs = None
                    person.rule += f"+{r['rule']}"
                c.refers_to = person
                c.needs = None
                return out
            self.persons[(person.i, person.j)] = person
            person.title = c.title
            person.role = r["role"]
            if r["country"] is not None:
                person.country, person.sector, person.other = r["country"], r["sector"], list(r["other"])
                person.inferred, person.explicit, person.org = r["inferred"], True, r["org"]
                person.rule = f"{person.rule}+{r['rule']}" if person.rule else r["rule"]
            else:
                person.former = g.former
                if person.entry_kind == "name":
                    person.sector, person.other = r["sector"], list(r["other"])
                    person.needs = "country"
                    person.office = c.office
                    person.rule = f"{person.rule}+{r['rule']}"
            c.refers_to = person
            c.needs = None
            out.append(person)
            used.update(range(person.i, person.j))
        return out

    def _surface(self, i: int, j: int) -> str:
        return self.text[self.toks[i].start:self.toks[j - 1].end]

    # ------------------------------------------------------------------------------------------ names
    def _locative_len(self, p: int) -> int:
        for length in (2, 1):
            if p + length <= len(self.toks) and tuple(self.keys[p:p + length]) in self.fw["locatives"]:
                return length
        return 0

    def _rank_at(self, p: int) -> Atom | None:
        a = self.atom_at.get(p)
        e = a.first("role") if a is not None else None
        return a if e is not None and "name_only" in self._concept(e)["flags"] else None

    def _attached_name(self, g: Group) -> Cand | None:
        toks, n = self.toks, len(self.toks)
        p = g.j
        if p < n and toks[p].text == "." and len(toks[p - 1].text) <= 4:
            p += 1                      # "Gen. John Smith", "Lt. Col."
        if p < n and not toks[p].punct and (self._connector_len(p) or self._locative_len(p) or self.pos):
            # a complement the lexicon does not know, then the name: "ministre de l'Énergie, Paul Martin"
            q = p
            while q < n and q - p < 8 and not toks[q].punct and self.pos.get(toks[q].start) not in ("VERB", "AUX"):
                q += 1
            if q < n and toks[q].text in (",", "،") and q > p:
                for k in range(p, q):           # a nationality word in it still names the country
                    a = self.atom_at.get(k)
                    if a is not None and a.has("adjective", "plural", "country") and not g.adjs and g.comp is None:
                        g.adjs.append(a.first("adjective", "plural", "country"))
                p = q
        # "l'ambassadeur belge à Rome, Jean Dupont", "Посол Литвы в Киеве Иван Петров"
        loc = self._locative_len(p)
        if loc and self.atom_at.get(p + loc) is not None and self.atom_at[p + loc].has(*PLACE_KINDS):
            p = self.atom_at[p + loc].j
        if p < n and toks[p].text in (",", "،"):
            p += 1
            p += self._det_len(p)
        rank = self._rank_at(p)
        if rank is not None and rank.i != g.head.i:
            p = rank.j          # "chef de la police, le général Paul Martin"; "اللواء أحمد علي"
            self.extra_used.update(range(rank.i, rank.j))
        cand = self._name_at(p)
        if cand is not None:
            return cand
        # "Antonio Guterres, le secrétaire général": name, comma, (determiner), title
        q = g.i - 1
        if q >= 0 and (self.keys[q],) in self.fw["determiners"]:
            q -= 1
        if q >= 1 and toks[q].text in (",", "،"):
            return self._name_ending_at(q)
        return None

    def _name_at(self, p: int) -> Cand | None:
        p = self._past_honorific(p)
        a = self.atom_at.get(p)
        if a is not None:
            e = a.first("person")
            if e is not None:
                return self._person_cand(a, e)
            if a.kind != "city":
                return None
        j = self._unknown_name_end(p)
        return self._name_cand(p, j) if j > p else None

    def _past_honorific(self, p: int) -> int:
        """Where the name after a title starts: past a word of address ("emir, Sheikh Hamad bin Khalifa
        al-Thani", "Mr. Putin"), which alone names nobody, when a name follows it."""
        toks, n = self.toks, len(self.toks)
        if p + 1 >= n or toks[p].key not in HONORIFICS or p in self.atom_at:
            return p    # (a title the knowledge base knows, "President", heads a mention of its own)
        q = p + 2 if toks[p + 1].text == "." and p + 2 < n else p + 1
        return q if q in self.atom_at or self._namelike(q) else p

    def _name_ending_at(self, q: int) -> Cand | None:
        a = self._atom_ending_at(q)
        if a is not None:
            e = a.first("person")
            return self._person_cand(a, e) if e is not None else None
        i = q
        while i > 0 and self._namelike(i - 1) and q - i < 4 and self.toks[i - 1].key not in self.fw["stop"]:
            i -= 1
        for start in range(i, q):
            if self._unknown_name_end(start) == q:
                return self._name_cand(start, q)
        return None

    def _namelike(self, k: int) -> bool:
        t = self.toks[k]
        if (t.punct or k in self.covered or t.key in NAME_STOP or (t.key,) in self.fw["determiners"]
                or (t.key,) in self.fw["locatives"]):     # a capitalised "В" or "In" opening the sentence
            return False
        return t.upper and (any(c.isupper() for c in t.text) or self._caseless(t))

    @staticmethod
    def _caseless(t: Tok) -> bool:
        """A word of a script without letter case (Arabic), not a number."""
        w = t.text
        return w.lower() == w.upper() and not w.isdecimal() and any(c.isalpha() for c in w[:3])

    def _unknown_name_end(self, p: int) -> int:
        """End of an unknown personal name starting at p (p itself when there is none)."""
        toks, n = self.toks, len(self.toks)
        if p >= n or not self._namelike(p):
            return p
        if self._caseless(toks[p]):
            # Arabic: a given name (or abd-/abu-), then up to three more words before a stop word
            first = toks[p].text
            family = (p + 1 < n and toks[p + 1].text.startswith("ال") and toks[p + 1].text.endswith("ي")
                      and not first.startswith("ال") and (p + 1) not in self.covered)
            if toks[p].key not in self.fw["given"] and not first.startswith(("عبد", "أبو", "ابو", "بن")) and not family:
                return p
            j = p + 1
            while j < n and j - p < 4 and not toks[j].punct and j not in self.covered and toks[j].key not in self.fw["stop"]:
                j += 1
            return j
        j = p
        last_cap = p
        while j < n and j - p < 5:
            t = toks[j]
            if self._namelike(j):
                last_cap = j + 1
            elif not (t.key in self.fw["particles"] and not t.punct and j > p):
                break
            j += 1
        j = last_cap
        if all(toks[k].caps for k in range(p, j) if not toks[k].punct) and j > p:
            return p            # acronyms ("COVID") are not personal names
        return j

    def _name_cand(self, i: int, j: int) -> Cand:
        toks = self.toks
        text = self._surface(i, j)
        return Cand(i, j, toks[i].start, toks[j - 1].end, self.sidx, "person", "name", None, name=text,
                    rule="name-next-to-title", source="context",
                    alias_keys=tuple(self.keys[i:j]))

    def _person_cand(self, a: Atom, e: Entry) -> Cand:
        toks = self.toks
        p = self.kb.people[e.ref]
        return Cand(a.i, a.j, toks[a.i].start, toks[a.j - 1].end, self.sidx, "person", "person", e.ref,
                    name=p["name"], identifier=p.get("identifier"), needs="person",
                    rule=f"person:{e.ref}" + (":alias" if e.source.endswith(":alias") else ""),
                    source=e.source.replace(":alias", ""), alias_keys=tuple(self.keys[a.i:a.j]))

    # ------------------------------------------------------------------------------------------ atoms
    def _locative(self, i: int, country: bool = False) -> bool:
        """Whether the word at i follows a locative ("à Bakou", "in Rom"). Before a country name the Italian and
        French "a"/"ad"/"à" is the dative ("ha chiesto a Israele", "a demandé à Israël"): places there take
        "in"/"en"."""
        k = i - 1
        if k >= 0 and (self.keys[k],) in self.fw["determiners"]:
            k -= 1
        for length in (2, 1):
            words = tuple(self.keys[k - length + 1:k + 1])
            if k - length + 1 >= 0 and words in self.fw["locatives"] and not (country and words in DATIVES):
                return True
        # Arabic "في" is a word; "ب" (in) is attached and stripped by the key: read the surface
        t = self.toks[i]
        return t.text.startswith(("بال", "في")) and self.lang == "ar"

    def _impersonal_speaker(self, a: Atom) -> bool:
        """Russian names a government by its seat in an impersonal clause: "в Кремле заявили" (the Kremlin
        said), "в Киеве осудили". The seat after "в" is then the actor when a plural verb follows at
        once."""
        if self.lang != "ru" or a.i == 0 or self.keys[a.i - 1] not in ("в", "во") or a.j >= len(self.toks):
            return False
        verb = self.toks[a.j]
        # past plural ("заявили") or present third plural ("считают"): the impersonal "they"
        return (self.pos.get(verb.start) == "VERB"
                and verb.text.lower().endswith(("ли", "ют", "ят", "ут", "ат")))

    def _after_determiner(self, a: Atom) -> bool:
        if a.i == 0:
            return True
        prev = self.toks[a.i - 1]
        if prev.punct or (self.keys[a.i - 1],) in self.fw["determiners"] or (self.keys[a.i - 1],) in self.fw["conjunctions"]:
            return True
        if _counted(self.toks, a.i):
            return True
        return self.lang == "ar" and self.toks[a.i].text.startswith(("ال", "وال", "لل"))

    def _atom_cand(self, a: Atom) -> Cand | None:
        toks = self.toks
        start, end = toks[a.i].start, toks[a.j - 1].end
        e = a.entries[0]
        base = dict(i=a.i, j=a.j, start=start, end=end, sentence_index=self.sidx)
        if e.kind == "person":
            return self._person_cand(a, e)
        if e.kind == "organisation":
            o = self.kb.organisations[e.ref]
            code, sector = self.org_code(e.ref)
            nationality = self._nationality_on(a)
            if code not in IGO_CODES and nationality is not None:
                code = nationality     # "the Pakistani Taliban", "les talibans pakistanais": that country's branch
            return Cand(kind="organisation", entry_kind="organisation", ref=e.ref, country=code, sector=sector,
                        other=list(o.get("other", [])), name=o["name"], identifier=o.get("wikidata"), org=e.ref,
                        rule=f"organisation:{e.ref}", source=e.source, weight=0 if code in IGO_CODES else 1,
                        **base)
        if e.kind == "country":
            info = self.kb.code_names.get(e.ref, {})
            place = self._locative(a.i, country=True)
            # a state named as an actor acts through its government; as a place it has no sector
            return Cand(kind="country", entry_kind="country", ref=e.ref, country=e.ref, name=info.get("name"),
                        sector=None if place else "GOV", identifier=info.get("wikidata"),
                        rule=f"country:{e.ref}" + ("+place" if place else "+as-actor:GOV"), source=e.source,
                        place=place, **base)
        if e.kind == "noun" or (e.kind == "plural" and self._after_determiner(a)):
            info = self.kb.code_names.get(e.ref, {})
            return Cand(kind="country", entry_kind=e.kind, ref=e.ref, country=e.ref, name=info.get("name"),
                        rule=f"nationality:{e.ref}", source=e.source, **base)
        if e.kind in ("seat", "capital"):
            impersonal = self._locative(a.i) and self._impersonal_speaker(a)
            if e.kind == "capital" and (self._in_name(a) or self._names_an_agreement(a)):
                return None
            m = self.kb.metonyms[int(e.ref)]
            if self._locative(a.i) and not impersonal:
                if e.kind == "seat":
                    return None
                # "landed at Sanaa airport", "protests in Bamako": the capital is where the event happens, a place
                # of its country (an aid flight's destination), not its government
                return Cand(kind="metonym", entry_kind=e.kind, ref=e.ref, country=m["country"], sector=None,
                            name=m.get("name") or m["names"][0], rule=f"metonym:{e.kind}:{m['country']}+place",
                            source=",".join(m["sources"]), place=True, **base)
            if m.get("place") and self._names_the_country(m["place"]):
                # "rotto le relazioni con il Belgio ..., accusando Bruxelles": beside its own country named, the
                # seat of an organisation is that country's capital
                return Cand(kind="metonym", entry_kind=e.kind, ref=e.ref, country=m["place"], sector="GOV",
                            name=m.get("name") or m["names"][0], rule=f"metonym:{e.kind}:{m['place']}+own-country",
                            source=",".join(m["sources"]), **base)
            rule = f"metonym:{e.kind}:{m['country']}" + (IMPERSONAL_SPEAKER if impersonal else "")
            return Cand(kind="metonym", entry_kind=e.kind, ref=e.ref, country=m["country"], sector=m["sector"],
                        name=m.get("name") or m["names"][0], rule=rule, source=",".join(m["sources"]),
                        **base)
        return None

    def _names_the_country(self, code: str) -> bool:
        """Whether the sentence names the country by its name or a nationality word."""
        return any(e.kind in ("country", "adjective", "plural", "noun") and e.ref == code
                   for atom in self.atom_at.values() for e in atom.entries)

    def _nationality_on(self, a: Atom) -> str | None:
        """The country of a nationality adjective right on this phrase: before it in English, German and Russian,
        after it in the Romance languages and Arabic."""
        if self.lang in ADJ_AFTER:
            adjective = self.atom_at.get(a.j)
        else:
            adjective = self._atom_ending_at(a.i)
        entry = adjective.first("adjective", "plural") if adjective is not None else None
        return entry.ref if entry is not None and entry.ref not in IGO_CODES else None

    def _ends_a_compound(self, a: Atom) -> bool:
        """Whether the phrase is the end of a hyphenated word the knowledge base lacks: the "Bergen" of
        "Nuba-Bergen" (the Nuba mountains) is no Norwegian city."""
        start = self.toks[a.i].start
        return start >= 2 and self.text[start - 1] in HYPHENS and self.text[start - 2].isalpha()

    def _names_an_agreement(self, a: Atom) -> bool:
        """ "the Rome Statute", "les accords de Minsk", "Минские соглашения", "اتفاق مينسك": the city names an
        agreement (right after the capital, or before it with at most a connector between)."""
        agreements = self.fw["agreements"]
        if a.j < len(self.toks) and (self.keys[a.j],) in agreements:
            return True
        k = a.i - 1
        if k >= 0 and self.keys[k] in AGREEMENT_OF:
            k -= 1
        return k >= 0 and (self.keys[k],) in agreements

    def _places(self, atoms: list[Atom], used: set[int]) -> list[tuple[int, str, int]]:
        """Places named in the sentence, best first by rank: after "in"/"à" (0), cities and regions (1),
        other country names and capitals (2)."""
        out = []
        for a in atoms:
            e = a.first(*PLACE_KINDS)
            if e is None:
                continue
            code, _, _ = self._code_of(e)
            if e.kind in ("seat", "capital"):
                code = self.kb.metonyms[int(e.ref)].get("place") or code
            if not code or code in IGO_CODES:
                continue
            if e.kind in ("city", "region") and (self._in_name(a) or self._ends_a_compound(a)) or (
                    e.kind in ("city", "capital") and self._names_an_agreement(a)):
                continue
            rank = 0 if self._locative(a.i) else (1 if e.kind in ("city", "region") else 2)
            out.append((a.i, code, rank))
        for a in atoms:
            e = a.first("adjective", "plural", "noun")
            if e is not None and e.ref not in IGO_CODES:
                out.append((a.i, e.ref, NATIONALITY_RANK))   # a nationality word elsewhere in the sentence
        return out

    def _unknown_names(self, cands: list[Cand]) -> list[tuple[int, int, tuple[str, ...], int, int]]:
        """Capitalised word sequences no phrase matched: possible surnames of people named earlier."""
        taken = set()
        for c in cands:
            taken.update(range(c.i, c.j))
        out = []
        k, n = 0, len(self.toks)
        for a in self.atom_at.values():
            if a.i not in taken and a.j - a.i == 1 and a.has("adjective", "plural", "city"):
                out.append((a.i, a.j, (self.keys[a.i],), self.toks[a.i].start, self.toks[a.i].end))
                taken.add(a.i)
        while k < n:
            if k in taken or k in self.covered or not self._namelike(k):
                k += 1
                continue
            if self._caseless(self.toks[k]):
                if self.toks[k].key not in self.fw["stop"]:
                    out.append((k, k + 1, (self.keys[k],), self.toks[k].start, self.toks[k].end))
                k += 1
                continue
            j = k
            while j < n and j not in taken and self._namelike(j) and j - k < 4:
                j += 1
            out.append((k, j, tuple(self.keys[k:j]), self.toks[k].start, self.toks[j - 1].end))
            k = j
        return out


# "Miles de panameños", "des milliers d'Israéliens", "thousands of Kenyans", "2.000 cubanos": a plural
# nationality counted is a group of that country's people, standing as a noun.
QUANTITY_WORDS = frozenset({
    "miles", "cientos", "centenares", "decenas", "millares", "millones", "milliers", "centaines", "dizaines",
    "millions", "thousands", "hundreds", "dozens", "scores", "millions", "tausende", "hunderte", "dutzende",
    "migliaia", "centinaia", "decine", "milioni", "milhares", "centenas", "dezenas", "milhões", "тысячи",
    "сотни", "десятки", "тысяч", "сотен", "десятков", "آلاف", "مئات", "عشرات"})
COUNTING_PREPOSITIONS = frozenset({"de", "d", "d'", "d’", "of", "di", "da", "von"})   # "d": d' as tokenised


def _counted(tokens, i: int) -> bool:
    """Whether token i follows a number or a quantity word (with "de"/"of" between or not)."""
    before = [t.text.lower() for t in tokens[max(0, i - 2):i]]
    if before and before[-1] in COUNTING_PREPOSITIONS:
        before = before[:-1]
    if not before:
        return False
    word = before[-1]
    return word in QUANTITY_WORDS or word.replace(".", "").replace(",", "").replace("\u202f", "").isdigit()
