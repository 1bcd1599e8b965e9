"""The words of English negation, as lemma keys: the cues, and the words that bound or pass
through a cue's scope. Data only; negation.py applies them."""


def _phrases(*texts: str) -> tuple[tuple[str, ...], ...]:
    """Phrases written as text, as tuples of keys: "i think" -> ("i", "think")."""
    return tuple(tuple(text.split()) for text in texts)


WINDOW = 3  # content words a cue reaches forward

FORWARD_CUES: tuple[tuple[str, ...], ...] = (
    ("not", "so", "much", "as"),
    ("n't", "so", "much", "as"),
    ("not", "even"),
    ("not",),
    ("n't",),
    ("never",),
    ("no", "one"),
    ("no",),
    ("nobody",),
    ("none",),
    ("nothing",),
    ("neither",),
    ("nor",),
    ("without",),
    ("w/o",),
    ("hardly",),
    ("barely",),
    ("scarcely",),
    ("refuse", "to"),
    ("refuse",),  # "Britain refused any naval deal"
    # misspelt negations the tokenizer does not split ("couldnt" and "didnt" it does)
    ("coudnt",),
    ("cudnt",),
    ("wuldnt",),
    ("woudnt",),
    ("dident",),
    ("didint",),
    ("wasent",),
    ("dosnt",),
    ("dosent",),
    # what should have happened did not: "Britain should have invited Stalin to Munich"
    ("should", "have"),
    ("ought", "to", "have"),
    ("fail", "to"),
    # nominalised: "France's failure to respond", "British reluctance to commit"
    ("failure", "to"),
    ("refusal", "to"),
    ("unwillingness", "to"),
    ("reluctance", "to"),
    ("unable", "to"),
    ("incapable", "of"),
    ("unwilling", "to"),
    ("reluctant", "to"),
    ("far", "from"),
    ("let", "alone"),
    # "did not invite Stalin, much less consult him" (after a comma only; "less" is keyed
    # "little")
    ("much", "little"),
    ("still", "little"),
    ("lack",),
    ("lacking",),
)
# "instead of sending the foreign secretary or a top general": up to the next comma.
PHRASE_CUES: tuple[tuple[str, ...], ...] = (
    ("rather", "than"),
    ("instead", "of"),
)
SENTENCE_CUES: tuple[tuple[str, ...], ...] = (
    # doubt about what follows: "Stalin wondered whether Britain hated communism"
    ("wonder", "whether"),
    ("wonder", "if"),
    ("ask", "himself", "whether"),
    ("ask", "himself", "if"),
    ("ask", "themselves", "whether"),
    ("ask", "themselves", "if"),
    ("doubt",),  # "Stalin doubted (that) France would keep ...": see DOUBT_CLAUSE_OPENERS
    # "It wasn't that Chamberlain hated communism": a cleft that denies its clause
    ("it", "be", "not", "that"),
    ("it", "be", "n't", "that"),
    ("it", "be", "not", "because"),
    ("it", "be", "n't", "because"),
    # "the talks failed over Poland, not because the British were not serious"
    ("not", "because"),
    # denial of all that follows: "there is no real evidence, ..., that the League failed"
    ("there", "be", "no", "evidence"),
    ("there", "be", "no", "real", "evidence"),
    ("there", "be", "no", "proof"),
    ("there", "be", "little", "evidence"),
    ("no", "one", "can", "claim"),
    ("no", "one", "can", "honestly", "claim"),
    ("no", "one", "can", "say"),
    ("no", "one", "can", "honestly", "say"),
    ("nobody", "can", "claim"),
    ("nobody", "can", "say"),
    ("nobody", "can", "honestly", "say"),
    ("unsure", "whether"),
    ("unsure", "if"),
    ("be", "not", "sure", "whether"),
    ("be", "not", "sure", "if"),
    ("not", "once"),
    ("never", "once"),
    ("not", "true", "that"),
    ("be", "not", "true", "that"),
    ("be", "n't", "true", "that"),
    ("n't", "true", "that"),
    ("untrue", "that"),
    ("false", "that"),
    ("myth", "that"),
    ("be", "a", "myth", "that"),
    ("be", "false", "that"),
    ("be", "wrong", "to", "say", "that"),
    ("be", "untrue", "that"),
    ("wrong", "to", "say", "that"),
    ("incorrect", "to", "say", "that"),
    ("not", "correct", "to", "say", "that"),
    ("wrong", "to", "say"),
    ("incorrect", "to", "say"),
    ("untrue", "to", "say"),
    ("false", "to", "say", "that"),
    ("untrue", "to", "say", "that"),
    ("nor", "be", "it", "correct", "to", "say", "that"),
    ("nor", "be", "it", "true", "that"),
    ("not", "the", "case", "that"),
    ("n't", "the", "case", "that"),
    # "It would be simplistic to argue that this mistrust drove Stalin to Hitler"
    ("simplistic", "to", "argue"),
    ("simplistic", "to", "say"),
    ("simplistic", "to", "claim"),
    ("naive", "to", "think"),
    ("naive", "to", "argue"),
    ("too", "simple", "to", "say"),
)
BACKWARD_CUES: tuple[tuple[str, ...], ...] = (
    ("be", "not", "cause", "by"),
    ("be", "n't", "cause", "by"),
    ("be", "not", "the", "reason"),
    ("be", "not", "a", "reason"),
    ("be", "not", "a", "factor"),
    ("be", "not", "the", "factor"),
    ("be", "not", "a", "cause"),
    ("be", "not", "the", "cause"),
    ("be", "n't", "the", "reason"),
    ("be", "n't", "a", "reason"),
    ("have", "nothing", "to", "do", "with"),
    ("never", "happen"),
    ("i", "do", "not", "agree"),
    ("i", "do", "n't", "agree"),
    ("i", "do", "not", "think", "that", "be", "true"),
    ("i", "do", "n't", "think", "that", "be", "true"),
)
# Rejections dismiss what came before whatever its polarity ("X failed; I disagree").
REJECTION_CUES: tuple[tuple[str, ...], ...] = (
    # doubt about what came before: "..., but I am not sure if this mattered"
    ("i", "be", "not", "sure", "if", "this"),
    ("i", "be", "not", "sure", "if", "that"),
    ("i", "be", "not", "sure", "whether", "this"),
    ("i", "be", "not", "sure", "whether", "that"),
    ("i", "be", "not", "sure", "about", "this"),
    ("i", "be", "not", "sure", "about", "that"),
    ("i", "be", "not", "sure", "this"),
    ("i", "be", "not", "sure", "that", "this"),
    ("i", "be", "not", "convince"),
    ("i", "do", "not", "find", "this", "convince"),
    ("i", "do", "not", "find", "that", "convince"),
    ("i", "do", "n't", "find", "this", "convince"),
    ("i", "do", "n't", "find", "that", "convince"),
    ("be", "not", "convince"),
    ("be", "unconvincing"),
    ("i", "reject", "this"),
    ("i", "reject", "that"),
    ("be", "a", "lie"),
    ("be", "lie"),
    ("be", "make", "up"),
    ("be", "propaganda"),
    ("i", "disagree"),
    ("i", "do", "not", "accept", "this"),
    ("i", "do", "n't", "accept", "this"),
    ("i", "do", "not", "accept", "that"),
    ("i", "do", "n't", "accept", "that"),
    ("not", "agree", "with", "this"),
    ("n't", "agree", "with", "this"),
    ("disagree", "with", "this"),
    ("be", "wrong"),
    ("be", "mistake"),  # "mistaken": keys are lemmas
    ("be", "exaggerate"),
    ("be", "overstate"),
    ("be", "misguide"),
    ("be", "incorrect"),
    ("be", "nonsense"),
    ("be", "a", "myth"),
    ("be", "false"),
    ("be", "untrue"),
    ("be", "not", "true"),
    ("i", "do", "not", "think", "this", "be", "right"),
    ("i", "do", "not", "think", "that", "be", "right"),
    ("i", "do", "not", "think", "this", "be", "true"),
    ("i", "do", "not", "think", "this", "be", "correct"),
    ("i", "do", "not", "think", "that", "be", "correct"),
    ("i", "do", "not", "think", "so"),
    ("i", "do", "not", "believe", "that"),
    ("i", "do", "not", "believe", "this"),
    ("i", "do", "not", "believe", "it"),
    ("be", "not", "right"),
    ("be", "n't", "true"),
)
# Rejections that may judge a deed instead ("Britain was wrong to sign it"): they reject
# only when said of a claim ("This is wrong", "The idea that ... is wrong").
DEED_JUDGEMENTS = frozenset(("wrong", "mistake", "misguide", "exaggerate", "overstate"))
CLAIM_WORDS = frozenset(
    "that say claim argue think believe suggest idea view argument belief theory notion "
    "statement suggestion who those historian people textbook book".split()
)
# Cues that negate only after a comma: ", much less consult him" (not "much less keen")
AFTER_COMMA_CUES = frozenset(("much", "still"))
# Adverbs a cue may hold where it does not spell them out: "is not really true"
CUE_ADVERBS = frozenset(("really", "actually", "truly", "simply", "even", "necessarily"))
# Asides a cue may hold between commas: "This is, I think, mistaken."
CUE_ASIDES: tuple[tuple[str, ...], ...] = _phrases(
    "i think",
    "i believe",
    "i would argue",
    "i would say",
    "in my view",
    "in my opinion",
    "however",
    "of course",
    "surely",
    "frankly",
    "in fact",
    "though",
)
# Double negatives that cancel out: "nor is it untrue that ..." asserts what follows.
NEUTRAL_CUES: tuple[tuple[str, ...], ...] = (
    # "could barely hide their contempt", "did not conceal it": it showed
    ("barely", "hide"),
    ("hardly", "hide"),
    ("not", "hide"),
    ("n't", "hide"),
    ("never", "hide"),
    ("barely", "conceal"),
    ("hardly", "conceal"),
    ("not", "conceal"),
    ("n't", "conceal"),
    ("never", "conceal"),
    # what should not have happened did: "Britain should not have signed the naval deal"
    ("should", "not", "have"),
    ("should", "n't", "have"),
    ("should", "never", "have"),
    ("ought", "not", "to", "have"),
    ("ought", "never", "to", "have"),
    ("make", "no", "secret", "of"),  # "made no secret of their dislike": they did not hide it
    ("no", "secret", "of"),
    ("nor", "be", "it", "untrue", "that"),
    ("not", "untrue", "that"),
    ("be", "not", "untrue", "that"),
)
# A dismissal whose subject is only "this" or "that" ("So this was not really a reason.")
# also dismisses the sentence before it.
PRONOUN_SUBJECT = {
    "so",
    "but",
    "however",
    "this",
    "that",
    "it",
    "and",
    "yet",
    "in",
    "fact",
    "i",
    "do",
    "really",
    "which",
    "all",
    "of",
    # "..., but I think this is wrong": the opinion words are not what is dismissed
    "think",
    "believe",
    "feel",
    "personally",
    # "Actually, that's wrong": a correction of the sentence before
    "actually",
    "no",
    "wait",
    "oh",
    "sorry",
    ",",
}
# "not only", "no wonder": not negations at all ("not least" and "not surprising" are keyed
# by their lemmas, "little" and "surprise"; "no longer" stays a negation).
# ("not a surprise": the article is skipped)
NOT_CUES_AFTER = {
    "not": {"only", "just", "merely", "little", "surprise", "surprisingly", "until"},
    "n't": {"only", "just", "merely", "surprise", "surprisingly", "until"},
    "no": {"wonder", "doubt", "surprise", "matter", "accident", "coincidence"},
    "nothing": {"but"},
}
SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i"}
# (No "." here: sentences end at their own end; a "." inside one follows an abbreviation.)
BOUNDARIES = {
    ",",
    ";",
    ":",
    "!",
    "?",
    "(",
    ")",
    '"',
    ">",
    "-",
    "*",
    "=",
    "but",
    "because",
    "although",
    "though",
    "however",
    "when",
    "while",
    "which",
    "who",
    "whereas",
    "since",
    "yet",
    "so",
    "until",
    "after",
    "before",
    "if",
    "then",
    "as",
    "that",
    "he",
    "she",
    "they",
    "we",
    "i",
}
FILLERS = {
    "even",
    "really",
    "ever",
    "actually",
    "just",
    "properly",
    "seriously",
    "bother",
    "to",
    "be",
    "have",
    "do",
    "get",
    "at",
    "all",
    "also",
    "once",
    "formally",
    "officially",
    "the",
    "a",  # (and "an": its lemma)
    "let",
    "alone",
    "or",
    "/",
    "and",
    "nor",
    # "did not think France would keep it" negates what was thought
    "think",
    "believe",
    "expect",
    "suppose",
    "imagine",
    "would",
    "will",
    "can",  # (and "could": its lemma)
    # noun-phrase glue: "never made any kind of agreement", "nor Italy in Abyssinia was"
    "in",
    "on",
    "by",
    "over",
    "from",
    "any",
    "kind",
    "sort",
    "of",
}
CLAUSE_BREAKS = {",", ";", ":", "-", "but", "so", "because", "although", "however", "yet", "since"}
# "'s" is "is" after these ("that's not true"), a possessive after a name ("Stalin's").
IS_AFTER = {"that", "it", "this", "what", "which", "there", "he", "she", "who", "here"}
# What others say, opening a sentence ("Some historians argue that ..."): denied when a
# negated "but" clause follows, in the same sentence or opening the next. An attribution is
# who says it, up to ATTRIBUTION_MAX_ADVERBS adverbs ("also", "often"), then the saying verb
# (keys are lemmas).
ATTRIBUTION_HOLDERS: tuple[tuple[str, ...], ...] = _phrases(
    "some people",
    "many people",
    "a lot of people",
    "lot of people",  # "lots of people": keys are lemmas
    "much people",  # "most people": keys are lemmas
    "people",
    "some",
    "many",
    "other",  # "others": keys are lemmas
    "some historian",
    "many historian",
    "other historian",
    "historian",
    "some critic",
    "critic",
    "my textbook",
    "the textbook",
    "our textbook",
    "my teacher",
    "our teacher",
    "some book",
    "some textbook",
    "it be",
    "it have be",
    # hedged: "It could be argued that ...", "One might say ...", "Some would claim ..."
    "it can be",
    "it may be",
    "one can",
    "one may",
    "some may",
    "some would",
    "some can",
    "someone may",
    "someone can",
)
ATTRIBUTION_ADVERBS = frozenset(
    "also often sometimes still usually commonly widely even have do".split()
)
ATTRIBUTION_VERBS: tuple[tuple[str, ...], ...] = _phrases(
    "say",
    "argue",
    "claim",
    "think",
    "believe",
    "suggest",
    "blame",
    "insist",
    "maintain",
    "assert",
    "state",
    "write",
    "point to",
    "will tell you",
    "tell you",
)
ATTRIBUTION_MAX_ADVERBS = 2
CORRECTION_REACH = 6  # words from the "but" of an attribution to its "actually"
# who the holders are, named after them: "Some historians like A.J.P. Taylor say",
# "Historians, such as Roberts, have argued"
ATTRIBUTION_EXAMPLES = frozenset(("like", "such", ","))
ATTRIBUTION_MAX_EXAMPLE = 8  # words from "like" to the verb
MAX_ATTRIBUTION = (
    max(map(len, ATTRIBUTION_HOLDERS))
    + ATTRIBUTION_MAX_EXAMPLE
    + ATTRIBUTION_MAX_ADVERBS
    + max(map(len, ATTRIBUTION_VERBS))
)
ATTRIBUTION_STARTS = frozenset(a[0] for a in ATTRIBUTION_HOLDERS)
# Past counterfactuals ("if Britain had invited him, he would have ...").
# what happened beside a counterfactual: "if France had acted when Hitler marched in"
SUBORDINATORS = {"when", "while", "after", "before", "as", "which", "who", "whereas", "until"}
MODALS = {"would", "can", "may", "should"}  # keys: "could" -> "can", "might" -> "may"
# words between "had" and its participle, or "would" and "have"
PERFECT_SKIPS = {
    "not",
    "n't",
    "never",
    "really",
    "actually",
    "ever",
    "only",
    "just",
    "even",
    "also",
    "surely",
    "probably",
    "certainly",
    "definitely",
    "maybe",
    "perhaps",
    "still",
    "conceivably",
    "possibly",
    "good",  # "might well have": the lemma of "well"
    "easily",
    "quite",
}

# "doubt" denies what follows only as a verb with a clause: "doubted that ...", "doubted
# France would ...", not "no doubt", "Excluded, doubted and disdained, Stalin ..."
DOUBT_CLAUSE_OPENERS = frozenset(("that", "whether", "if"))
DOUBT_CLAUSE_MODALS = frozenset(("would", "can", "will", "may", "should"))
DOUBT_REACH = 4  # words from "doubt" to the modal of its clause
NOT_DOUBTING = frozenset(("no", "without", "little", "beyond", "a", "some", "any"))
# words before an inverted 'if' clause: "But had Britain sent a minister, ..."
INVERSION_OPENERS = frozenset(("but", "and", "yet", "indeed", "perhaps"))
# past forms that do not end in -ed ("if they really wanted" does): "if Britain were serious"
IRREGULAR_PAST = frozenset(
    "was were did got sent made gave took went knew saw thought felt kept stood told".split()
)
# A negation after the "but" of an attributed claim that ranks it rather than denies it:
# "Some books say Britain made a naval deal, but I think this is not so important"
RANKING_WORDS = frozenset(
    ("important", "significant", "main", "major", "big", "crucial", "key", "serious", "decisive")
)
RANKING_FILLERS = frozenset(("so", "that", "very", "as", "the", "a", "too", "really", "much"))
# A sentence that only rejects the one before ("They say France betrayed it. Rubbish.")
REBUTTALS = frozenset(
    _phrases(
        "rubbish",
        "nonsense",
        "wrong",
        "not true",
        "untrue",
        "false",
        "again wrong",
        "complete nonsense",
        "total nonsense",
        "complete rubbish",
        "total rubbish",
        "utter nonsense",
        "utter rubbish",
        "not so",
        "absolutely not",
        "wrong again",
    )
)
# A question answered at once: "Was Stalin invited to Munich? No." ("n't" never stands alone).
NO_ANSWERS = {
    ("no",),
    ("nope",),
    ("of", "course", "not"),
    ("not", "at", "all"),
    ("certainly", "not"),
    ("definitely", "not"),
    ("absolutely", "not"),
    ("never",),
    ("no", "way"),
    # hedged: "Could Stalin rely on the League? Probably not."
    ("probably", "not"),
    ("surely", "not"),
    ("clearly", "not"),
    ("obviously", "not"),
    ("apparently", "not"),
    ("not", "really"),
    ("hardly",),
    ("it", "seem", "not"),
    ("again", "no"),
    ("again", "not"),
    ("again", "it", "seem", "not"),
}
YES_ANSWERS = {
    ("yes",),
    ("yeah",),
    ("yep",),
    ("of", "course"),
    ("definitely",),
    ("certainly",),
    ("absolutely",),
    ("probably",),
    ("arguably",),
    ("probably", "yes"),
    ("arguably", "yes"),
    ("it", "seem", "so"),
}
