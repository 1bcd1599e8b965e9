"""One test per general rule of rubric-spec.md, on fresh wording (not the samples)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("The League of Nations was a paper tiger: it could not stop Japan.", "league"),
        ("Stalin lost faith in the League after it did nothing over Abyssinia.", "league"),
        ("Paris sat on its hands when Hitler sent troops into the Rhineland.", "france_pact"),
        ("The Franco-Soviet treaty turned out to be worthless.", "france_pact"),
        ("Britain let Germany build warships again in 1935.", "naval"),
        ("In 1935 London struck a deal with Berlin that allowed a bigger German fleet.", "naval"),
        ("Britain and France kept giving in to Hitler.", "appeasement"),
        ("They hoped a strong Germany would act as a barrier against communism.", "appeasement"),
        ("Chamberlain loathed communism.", "anti_communist_leaders"),
        ("Lord Halifax was deeply anti-communist.", "anti_communist_leaders"),
        ("At Munich in 1938 the Soviet Union was left out completely.", "munich"),
        ("Britain and France did not invite Stalin to the Munich conference.", "munich"),
        ("The British sent a nobody admiral on a slow ship to Moscow.", "drax_mission"),
        ("In 1939 Britain sent Drax, who had no authority to sign anything.", "drax_mission"),
        ("So Stalin signed the Nazi-Soviet Pact with Hitler instead.", "significance"),
        ("Because he could not trust them, Stalin made a deal with Hitler.", "significance"),
    ],
)
def test_paraphrased_claims_are_covered(covered, text: str, point: str) -> None:
    assert point in covered(text)


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("The Munick confrence went ahead but Stalin was not invited.", "munich"),
        ("Britian and France followed apeasment.", "appeasement"),
        ("Chamberlin hated comunism.", "anti_communist_leaders"),
        ("The leage failed in Abysinia.", "league"),
        ("Then Stalin signed the nazi soviet packt with Hitler.", "significance"),
        # an inflected form misspelt: "alowed" is read as "allowed", a form of "allow"
        ("At Munich in 1938 Stalin was not alowed to go.", "munich"),
    ],
)
def test_misspelled_key_terms_are_read(covered, text: str, point: str) -> None:
    assert point in covered(text)


def test_fuzzy_matching_needs_the_same_first_letter(covered) -> None:
    # "Laval" is close to "naval" but is a name, not a naval agreement.
    assert "naval" not in covered("Britain and Laval signed a deal with Italy about Abyssinia.")


def test_claim_spread_over_two_neighbouring_sentences(covered) -> None:
    assert "munich" in covered("Then there was Munich. Stalin wasn't even asked.")


def test_a_claim_does_not_run_on_into_a_new_paragraph(covered) -> None:
    assert "munich" in covered("Then there was Munich in 1938.\nStalin wasn't even asked.")
    assert "munich" not in covered("Then there was Munich in 1938.\n\nStalin wasn't even asked.")


def test_claim_over_two_sentences_needs_both_of_them(covered) -> None:
    # The bullet "appeasement" is a bare keyword; its neighbour is about Munich.
    text = "- appeasement\n- Munich 1938 - USSR not invited"
    found = covered(text)
    assert "appeasement" not in found
    assert "munich" in found


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("Stalin was invited to Munich but refused to go.", "munich"),
        ("Britain never signed a naval deal with Germany.", "naval"),
        ("France kept its promise and marched into the Rhineland.", "france_pact"),
        ("Stalin didn't sign anything with Hitler.", "significance"),
        ("The League of Nations never failed.", "league"),
        ("It is a myth that Stalin was left out of Munich.", "munich"),
    ],
)
def test_negated_or_contradicted_claims_are_not_credited(covered, text: str, point: str) -> None:
    assert point not in covered(text)


def test_double_negative_restores_the_claim(covered) -> None:
    text = "At Munich it is not true that Stalin was consulted."
    assert "munich" in covered(text)


def test_contradiction_cancels_the_point_for_the_whole_essay(covered) -> None:
    text = (
        "Stalin was invited to the Munich conference but he refused to go. So the meeting went "
        "ahead without the USSR."
    )
    assert "munich" not in covered(text)


def test_dismissed_claim_is_not_credited(covered) -> None:
    text = "Some say France let Stalin down over the Rhineland. This is wrong."
    assert "france_pact" not in covered(text)


@pytest.mark.parametrize(
    "text",
    [
        "Munich.",
        "Munich, Drax, navy, League",
        "Munich, Drax, the navy and the League.",
        "Munik. Drax. The navy. Leeg of nashuns. Apeesment.",
        "Then there was appeasment.",
        "Drax, appeasement.",
        "Other reasons - the League, appeasement, Chamberlain.",
        "Key words: League of Nations, Rhineland, appeasement, Chamberlain, Munich, Drax.",
        "Why did the USSR not trust Britain and France by 1939?",
        "Was Stalin left out of Munich?",
        "So was Stalin left out of Munich?",
        "Thirdly, did Britain and France want Germany to become strong to fight communism?",
        "What if Britain had signed a naval deal with Germany?",
        "• Rhineland\n• Naval agreement\n• Drax",
    ],
)
def test_keywords_headings_and_questions_cover_nothing(covered, text: str) -> None:
    assert covered(text) == set()


def test_a_statement_that_ends_in_a_question_still_claims(covered) -> None:
    text = "The League didn't stop Japan in Manchuria, so how would it stop Hitler?"
    assert "league" in covered(text)
    # a "how" or "why" question takes its content as given
    text = "How could Stalin trust a France that had sat on its hands over the Rhineland?"
    assert "france_pact" in covered(text)


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("Stalin hated Chamberlain.", "anti_communist_leaders"),
        ("Stalin didn't trust Chamberlain.", "anti_communist_leaders"),
        ("Britain made deals with Hitler.", "significance"),
        ("Stalin signed a pact with Britain and France.", "significance"),
        ("Czechoslovakia was not invited to Munich.", "munich"),
        ("France signed a naval agreement with Germany.", "naval"),
    ],
)
def test_the_right_actor_must_do_it(covered, text: str, point: str) -> None:
    assert point not in covered(text)


def test_rhineland_only_as_a_league_failure_is_league_not_france(covered) -> None:
    text = (
        "The League failed in Manchuria and Abyssinia, and again when Hitler marched into the "
        "Rhineland. Britain and France ran the League so Stalin thought they would not stop "
        "Hitler."
    )
    found = covered(text)
    assert "league" in found
    assert "france_pact" not in found


def test_bare_facts_without_claims(covered) -> None:
    text = (
        "The USSR joined the League in 1934. Japan invaded Manchuria. Hitler remilitarised the "
        "Rhineland. Germany rearmed. Britain wanted an alliance with the USSR in 1939. The Second "
        "World War started in 1939."
    )
    assert covered(text) == set()


def test_one_sentence_can_cover_several_points(covered) -> None:
    text = (
        "Britain and France appeased Hitler and did not even invite Stalin to Munich, so he signed "
        "the Nazi-Soviet Pact."
    )
    assert {"appeasement", "munich", "significance"} <= covered(text)


def test_dates_need_not_be_right(covered) -> None:
    assert "munich" in covered("At the Munich Conference in 1939 Stalin was not invited.")


def test_british_and_american_spelling(covered) -> None:
    assert "league" in covered("The League of Nations organization was useless.")
    assert "france_pact" in covered("The French did not defend the Rhineland; they did nothing.")


@pytest.mark.parametrize(
    "text",
    [
        "Reasons include Munich, Drax and the naval agreement.",
        "Other factors were the League of Nations, the Rhineland, appeasement, and Drax.",
        "The task sheet says: 'Britain and France did not even invite Stalin to the Munich "
        "conference in 1938 let alone consult him.'",
    ],
)
def test_listed_reasons_and_quoted_prompts_are_not_claims(covered, text: str) -> None:
    assert covered(text) == set()


def test_neither_nor_is_one_negation(covered) -> None:
    assert "munich" in covered(
        "Neither Britain nor France invited Stalin to the Munich conference."
    )


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("It wasn't Britain that let Germany build a bigger navy.", "naval"),
        ("Not once did London agree to let Germany build a bigger fleet.", "naval"),
        (
            "Britain and France were not trusted by the USSR because of communism.",
            "anti_communist_leaders",
        ),
    ],
)
def test_clefts_not_once_and_passives(covered, text: str, point: str) -> None:
    assert point not in covered(text)


def test_pronoun_subject_needs_its_antecedent_nearby(covered) -> None:
    assert "anti_communist_leaders" in covered(
        "Britain and France would not help. They hated communism."
    )
    assert "anti_communist_leaders" not in covered("They hated communism.")


def test_common_words_are_not_read_as_key_terms(covered) -> None:
    # "Despite" is close to "despise" but is an ordinary word, not a misspelling.
    text = "The French were unreliable. Despite their treaty with the USSR, they stayed home."
    assert "anti_communist_leaders" not in covered(text)


def test_actor_inside_a_relative_clause_is_not_the_subject(covered) -> None:
    text = (
        "The League of Nations, which Britain and France dominated, did nothing at all when Hitler "
        "moved troops into the Rhineland."
    )
    assert "france_pact" not in covered(text)
    aside = "At Munich the Soviet Union, itself an ally of Prague, was not invited."
    assert "munich" in covered(aside)


# (rule, text, point, whether the text covers it): each rule with a trap and its near twin
NEAR_MISSES = [
    (
        "said-then-doubted",
        "Some historians suggest that Chamberlain personally hated communism, but I am not "
        "sure this is true.",
        "anti_communist_leaders",
        False,
    ),
    (
        "reasons-such-as",
        "It could be argued that there were many reasons such as Munich, the League, Drax and "
        "the navy.",
        "drax_mission",
        False,
    ),
    ("names-with-a-claim", "And Munich, Stalin no invite.", "munich", True),
    (
        "names-with-a-claim",
        "There was also appeasement, which let Hitler grow strong.",
        "appeasement",
        True,
    ),
    (
        "or-carries-negation",
        "Britain and France did not invite Stalin to the Munich conference in 1938 or even "
        "consult him.",
        "munich",
        True,
    ),
    (
        "dismissed-is-no-claim",
        "Some people say France let the USSR down, but actually in 1936 France stood up to "
        "Hitler over the Rhineland, so that was not a reason.",
        "france_pact",
        False,
    ),
    (
        "said-then-denied",
        "People sometimes say Britain helped Germany build up its navy, but Britain never "
        "made any deals with Germany about weapons.",
        "naval",
        False,
    ),
    (
        "said-then-denied",
        "People sometimes say Britain helped Germany build up its navy, and they are right.",
        "naval",
        True,
    ),
    (
        "reasons-like",
        "There were lots of reasons like Munich, appeasement, the League and the pact.",
        "appeasement",
        False,
    ),
    (
        "preposition-object",
        "Stalin gave up on Britain and France and decided to make his own deal with Hitler.",
        "significance",
        True,
    ),
    ("dash-in-a-name", "Stalin signed the Molotov–Ribbentrop Pact in 1939.", "significance", True),
    (
        "keep-out",
        "The West hoped Germany would keep communism out of Europe. Munich.",
        "munich",
        False,
    ),
    (
        "participle-aside",
        (
            "The League, run by Britain and France, did nothing at all when Hitler moved troops "
            "into the Rhineland."
        ),
        "france_pact",
        False,
    ),
    (
        "participle-aside",
        "France, shaken by the crisis, did nothing when Hitler moved troops into the Rhineland.",
        "france_pact",
        True,
    ),
    (
        "preposition-object",
        "Stalin gave up on Britain and signed a pact with Hitler.",
        "significance",
        True,
    ),
    (
        "preposition-object",
        "Stalin saw that Britain signed a pact with Hitler.",
        "significance",
        False,
    ),
    (
        "of-still-blocks",
        "Britain was scared of Hitler and would not stand up for Russia.",
        "anti_communist_leaders",
        False,
    ),
    (
        "judgement-masked",
        (
            "The most important reason was the Drax mission. In 1939 Britain sent Admiral Drax, "
            "who was not allowed to sign anything."
        ),
        "drax_mission",
        True,
    ),
    (
        "judgement-masked",
        "In 1939 Britain sent its most important man by plane.",
        "drax_mission",
        False,
    ),
    (
        "thats-not-true",
        "Some say Britain signed a deal letting Germany build up its navy, but that's not true.",
        "naval",
        False,
    ),
    ("possessive-s", "Being left out of Munich confirmed Stalin's worst fears.", "munich", True),
    (
        "journey-masked",
        "Britain sent Drax by ship, which took a week. Stalin took this as a sign.",
        "naval",
        False,
    ),
    ("journey-masked", "Britain made a ship deal with Germany in 1935.", "naval", True),
    (
        "not-before-actor",
        (
            "It was Italy, not France, that signed a treaty with the USSR and did nothing over the "
            "Rhineland."
        ),
        "france_pact",
        False,
    ),
    (
        "not-before-actor",
        "France signed a treaty with the USSR but did nothing when Hitler entered the Rhineland.",
        "france_pact",
        True,
    ),
    (
        "list-with-verb",
        (
            "The British PM, Neville Chamberlain, and his Foreign Secretary, Lord Halifax, loathed "
            "communism."
        ),
        "anti_communist_leaders",
        True,
    ),
    (
        "passive-pact",
        "Stalin had given up on the West, and the Nazi-Soviet Pact was signed in August.",
        "significance",
        True,
    ),
    (
        "passive-pact",
        "Then in August 1939 the Nazi-Soviet Pact was signed and Poland was invaded.",
        "significance",
        False,
    ),
    (
        "not-convincing",
        (
            "It is often claimed that the West drove Stalin into a pact with Hitler, but I do not "
            "find this convincing."
        ),
        "significance",
        False,
    ),
    (
        "leaders-past-aside",
        (
            "The British government, in which Churchill was one of the loudest voices, feared that "
            "Bolshevism would spread."
        ),
        "anti_communist_leaders",
        True,
    ),
    (
        "passive-not-cleft",
        (
            "At Munich in 1938 the Sudetenland was settled. The Soviet Union was ready to help, "
            "but it was not asked to the conference and its views were ignored."
        ),
        "munich",
        True,
    ),
    (
        "agreement-first",
        "The first was the naval agreement that Britain made with Germany.",
        "naval",
        True,
    ),
    (
        "doubt",
        "Stalin wondered whether Britain's leaders hated communism.",
        "anti_communist_leaders",
        False,
    ),
    (
        "doubt",
        "Maybe the League of Nations was also weak, but I am not sure if this mattered.",
        "league",
        False,
    ),
    (
        "non-aggression-partner",
        "Stalin signed a non-aggression pact with Japan in 1939.",
        "significance",
        False,
    ),
    (
        "non-aggression-partner",
        "His answer was to sign a non-aggression pact with Germany.",
        "significance",
        True,
    ),
    ("others-left-out", "At the Munich Conference in 1938, Poland was left out.", "munich", False),
    ("others-left-out", "At the Munich Conference in 1938, the USSR was left out.", "munich", True),
    # a past counterfactual says what did not happen: both its clauses are negated
    (
        "counterfactual",
        "If Britain and France had invited Stalin to the Munich Conference, he would have "
        "trusted them.",
        "munich",
        True,
    ),
    (
        "counterfactual",
        "Stalin would also have been worried if Britain had made a naval deal with Germany.",
        "naval",
        False,
    ),
    (
        "counterfactual",
        "If Britain had not signed the naval agreement with Germany, Stalin might have trusted "
        "them.",
        "naval",
        True,
    ),
    (
        "counterfactual",
        "If the League had stood up to Mussolini when he invaded Abyssinia, Stalin might have "
        "believed in it.",
        "league",
        True,
    ),
    (
        "counterfactual",
        "If the League of Nations failed, Stalin would have had to find other friends to "
        "protect him.",
        "league",
        False,
    ),
    (
        "no-evidence-that",
        "There is no real evidence, in my opinion, that the League of Nations was weak.",
        "league",
        False,
    ),
    (
        "no-one-can-claim",
        "No one could honestly claim that Britain and France ever gave in to Hitler.",
        "appeasement",
        False,
    ),
    (
        "nominalised-negation",
        "France's failure to respond to the reoccupation of the Rhineland showed how little the "
        "Franco-Soviet treaty was worth.",
        "france_pact",
        True,
    ),
    (
        "self-correction",
        "Stalin was invited to the Munich Conference in 1938. Actually, that's wrong. Britain and "
        "France left the USSR out of the Munich Conference.",
        "munich",
        True,
    ),
    ("two-listed-reasons", "Other reasons include appeasement and Munich.", "appeasement", False),
    (
        "listed-reasons-verb",
        "Another reason is that British leaders like Chamberlain and Halifax despised communism.",
        "anti_communist_leaders",
        True,
    ),
    ("label-and-one-name", "Point: Appeasement.", "appeasement", False),
    (
        "wrong-claim",
        "Appeasement was a policy meant to help the USSR. Britain let Hitler rearm.",
        "appeasement",
        False,
    ),
    (
        "refused",
        "Britain refused any naval deal with Hitler and kept the Royal Navy much bigger.",
        "naval",
        False,
    ),
    (
        "endorsed-quotation",
        'As the historian Simon Hale observes, "in signing the naval agreement of 1935, Britain '
        'let Hitler build a new fleet and showed it would deal with Berlin alone."',
        "naval",
        True,
    ),
    (
        "hostility-before-its-holders",
        "The undisguised hostility of Chamberlain and Halifax to communism lent weight to this.",
        "anti_communist_leaders",
        True,
    ),
    (
        "wrong-signer",
        "Because of this, Britain signed the Nazi-Soviet Pact with Germany in 1939.",
        "significance",
        False,
    ),
    (
        "wrong-signer",
        "Because of this, Stalin gave up on Britain and France and signed the Nazi-Soviet Pact.",
        "significance",
        True,
    ),
    (
        "cleft-denial",
        "It wasn't that Chamberlain hated communism.",
        "anti_communist_leaders",
        False,
    ),
    (
        "blame-then-deny",
        "People blame appeasement, but Britain and France weren't giving in to Hitler at all.",
        "appeasement",
        False,
    ),
    (
        "task-hint",
        "You may use: the League of Nations failing, the Munich Conference.",
        "league",
        False,
    ),
    ("name-and-year", "Drax 1939.", "drax_mission", False),
    ("answered-no", "Was Stalin invited to Munich in 1938? No.", "munich", True),
    ("answered-yes", "Was Stalin invited to Munich in 1938? Yes.", "munich", False),
    (
        "answered-no",
        "Did France keep its promise when Hitler marched into the Rhineland? Of course not.",
        "france_pact",
        True,
    ),
    ("unanswered", "Did France keep its promise over the Rhineland?", "france_pact", False),
    (
        "pronoun-for-france",
        "Hitler then remilitarised the Rhineland in 1936. Even though it had signed a treaty "
        "with Moscow the year before, it did nothing to stop German troops marching in.",
        "france_pact",
        True,
    ),
    (
        "strength-at-sea",
        "Stalin saw this as Britain helping Hitler become stronger at sea.",
        "naval",
        True,
    ),
    (
        "allowed-over-two-sentences",
        "Britain let Germany rearm. It even allowed them to build up their navy in 1935.",
        "naval",
        True,
    ),
    (
        "did-a-deal",
        "In the end Stalin gave up on the west and did his own deal with Hitler, the "
        "Nazi-Soviet Pact.",
        "significance",
        True,
    ),
    (
        "open-conditional",
        "If France has a pact with the USSR, it would help the USSR against Germany.",
        "france_pact",
        False,
    ),
    (
        "task-line",
        "Q: Why did the USSR not trust Britain and France? (Think about: the failure of the "
        "League, Munich, Drax.) [8 marks]\nAnswer: Chamberlain hated communism.",
        "league",
        False,
    ),
    (
        "task-line",
        "Q: Why did the USSR not trust Britain and France? (Think about: the failure of the "
        "League, Munich, Drax.) [8 marks]\nAnswer: Chamberlain hated communism.",
        "anti_communist_leaders",
        True,
    ),
    (
        "negated-verb-is-no-keyword",
        "Britain and France ran the League of Nations. However it didn't work, for example in "
        "Abyssinia.",
        "league",
        True,
    ),
    (
        "opinion-then-rejection",
        "My textbook says that Britain helped Germany rebuild its navy in 1935, but I think "
        "this is wrong.",
        "naval",
        False,
    ),
    (
        "worse-is-not-wrong",
        "Munich was worse, because no one from the USSR was invited.",
        "munich",
        True,
    ),
    (
        "definition",
        "Appeasement is when you give someone what they want to keep the peace.",
        "appeasement",
        False,
    ),
    (
        "definition",
        "Appeasement was when Britain and France gave in to Hitler again and again.",
        "appeasement",
        True,
    ),
    (
        "task-hint",
        "Consider: the League failed to stop Japan.\nStalin was not invited to Munich.",
        "league",
        False,
    ),
    (
        "attribution-with-adverb",
        "Some historians have also argued that Britain gave Hitler a navy in 1935, but Britain "
        "never did that.",
        "naval",
        False,
    ),
    (
        "attribution-with-adverb",
        "Some historians have also argued that Britain gave Hitler a navy in 1935, and Britain "
        "did do that.",
        "naval",
        True,
    ),
    (
        "not-because",
        "Britain sent a proper delegation in 1939; the talks failed over Poland, not because "
        "the British were not serious.",
        "drax_mission",
        False,
    ),
    (
        "not-because",
        "Britain sent a delegation in 1939, but the British were not serious.",
        "drax_mission",
        True,
    ),
    (
        "whose-doorstep",
        "London and Paris let Hitler grow stronger right on Russia's doorstep.",
        "france_pact",
        False,
    ),
    (
        "whose-doorstep",
        "France let Hitler march troops onto its own doorstep and did nothing.",
        "france_pact",
        True,
    ),
    (
        "it-is-communism-over-two-sentences",
        "Many in the West saw Germany as a barrier against communism. Chamberlain and Halifax "
        "despised it.",
        "anti_communist_leaders",
        True,
    ),
    (
        "it-is-communism-over-two-sentences",
        "Many in the West saw Germany as a barrier against communism. Chamberlain and Halifax "
        "signed it.",
        "anti_communist_leaders",
        False,
    ),
    (
        "someone-else-distrusts",
        "The USSR did not trust Britain and France because Stalin did not trust anyone. Stalin "
        "was paranoid.",
        "anti_communist_leaders",
        False,
    ),
    (
        "someone-else-distrusts",
        "Chamberlain did not trust Stalin at all.",
        "anti_communist_leaders",
        True,
    ),
    (
        "wrong-judges-a-deed",
        "Britain was wrong to sign the naval agreement with Germany in 1935.",
        "naval",
        True,
    ),
    (
        "wrong-judges-a-deed",
        "The idea that Britain signed a naval agreement with Germany is wrong.",
        "naval",
        False,
    ),
    (
        "aside-inside-a-rejection",
        "Britain signed a naval agreement with Germany. This is, I think, mistaken.",
        "naval",
        False,
    ),
    (
        "aside-inside-a-rejection",
        "Britain signed a naval agreement with Germany. This, I think, worried Stalin.",
        "naval",
        True,
    ),
    (
        "pact-as-cause",
        "They didn't trust them because of the Nazi-Soviet Pact.",
        "significance",
        False,
    ),
    (
        "pact-as-cause",
        "Because they didn't trust them, the USSR signed the Nazi-Soviet Pact.",
        "significance",
        True,
    ),
    (
        "w/o",
        "Munich 1938 - big powers decided Czech fate w/o Stalin",
        "munich",
        True,
    ),
    (
        "w/o",
        "Munich 1938 - big powers decided Czech fate with Stalin",
        "munich",
        False,
    ),
    (
        "including-is-no-invitation",
        "Appeasement ended at Munich, the most important reason, because it showed a "
        "willingness to sacrifice others, including the USSR. Stalin was not even invited.",
        "munich",
        True,
    ),
    (
        "owner-of-a-task-line",
        "Teacher prompt: Think about the naval agreement and the Drax mission.\nMunich was bad.",
        "drax_mission",
        False,
    ),
    (
        "inverted-conditional",
        "Had Stalin been invited to Munich, he would have trusted Britain.",
        "munich",
        True,
    ),
    (
        "inverted-conditional",
        "Had a treaty with Czechoslovakia. Stalin was invited to Munich.",
        "munich",
        False,
    ),
    (
        "question-the-noun",
        "The 1939 talks stuck on the question of whether the Red Army could cross Poland.",
        "drax_mission",
        False,
    ),
    (
        "question-the-noun",
        "At the 1939 talks Drax questioned whether the Red Army could fight.",
        "drax_mission",
        True,
    ),
    (
        "present-tense-note",
        "Manchuria, 1931, Japan invades, League does nothing.",
        "league",
        True,
    ),
    (
        "present-tense-note",
        "Manchuria, 1931, Japan, League, Abyssinia.",
        "league",
        False,
    ),
    (
        "does-is-do",
        "The League does nothing when Italy invades Abyssinia.",
        "league",
        True,
    ),
    (
        "does-is-do",
        "The League does its best when Italy invades Abyssinia.",
        "league",
        False,
    ),
    (
        "denied-in-the-next-sentence",
        "Some people think Chamberlain and Halifax hated communism. But actually they did not "
        "have a problem with communism.",
        "anti_communist_leaders",
        False,
    ),
    (
        "denied-in-the-next-sentence",
        "Some people think Chamberlain and Halifax hated communism. But they were not the only "
        "ones.",
        "anti_communist_leaders",
        True,
    ),
    (
        "exaggerated",
        "It is sometimes said that the British leaders despised communism, but this is "
        "exaggerated.",
        "anti_communist_leaders",
        False,
    ),
    (
        "exaggerated",
        "Stalin's fear was exaggerated, but the British leaders really despised communism.",
        "anti_communist_leaders",
        True,
    ),
    (
        "ranking-is-no-envoy",
        "I shall argue that appeasement was the most important, then the Drax mission of 1939. "
        "Britain sent Admiral Drax by slow boat.",
        "drax_mission",
        True,
    ),
    (
        "ranking-is-no-envoy",
        "In 1939 Britain sent its most important minister on the mission by plane.",
        "drax_mission",
        False,
    ),
    (
        "because-of-a-list",
        "The USSR did not trust them because of Munich, the Drax mission, the navy and the League.",
        "drax_mission",
        False,
    ),
    (
        "because-of-a-list",
        "The USSR did not trust them because of the Drax mission, which went by slow boat.",
        "drax_mission",
        True,
    ),
    (
        "it-after-a-treaty",
        "In 1935 it signed a treaty of mutual assistance with Moscow. When Hitler sent troops "
        "into the Rhineland in 1936, however, it did nothing.",
        "france_pact",
        True,
    ),
    (
        "it-after-a-treaty",
        "The League was weak. When Hitler sent troops into the Rhineland in 1936, it did nothing.",
        "france_pact",
        False,
    ),
    (
        "not-there",
        "In 1938 they decided the future of Czechoslovakia at Munich. Was Stalin there? No.",
        "munich",
        True,
    ),
    (
        "not-there",
        "In 1938 they decided the future of Czechoslovakia at Munich. Was Stalin there? Yes.",
        "munich",
        False,
    ),
    (
        "not-called",
        "At Munich in 1938 nobody bothered to pick up the phone to Moscow.",
        "munich",
        True,
    ),
    (
        "kept-out",
        "At Munich the USSR was kept totally out of the discussions.",
        "munich",
        True,
    ),
    (
        "kept-out",
        "At Munich Chamberlain hoped a strong Germany would keep communism out of Western Europe.",
        "munich",
        False,
    ),
    (
        "could-barely-hide",
        "Chamberlain and Halifax could barely hide their contempt for communism.",
        "anti_communist_leaders",
        True,
    ),
    (
        "could-barely-hide",
        "Chamberlain and Halifax barely showed any contempt for communism.",
        "anti_communist_leaders",
        False,
    ),
    (
        "both-against",
        "Chamberlain and Halifax were both strongly against communism.",
        "anti_communist_leaders",
        True,
    ),
    (
        "both-against",
        "Stalin thought Britain and France were plotting against the USSR.",
        "anti_communist_leaders",
        False,
    ),
    (
        "hostility-to-communism-of",
        "The hostility to communism of Chamberlain and Halifax was never concealed.",
        "anti_communist_leaders",
        True,
    ),
    (
        "not-surprising",
        "It is not surprising that Stalin eventually signed a pact with Hitler in 1939.",
        "significance",
        True,
    ),
    (
        "not-surprising",
        "It is not true that Stalin eventually signed a pact with Hitler in 1939.",
        "significance",
        False,
    ),
    (
        "much-less",
        "Britain and France did not invite Stalin to the Munich Conference, much less consult him.",
        "munich",
        True,
    ),
    (
        "much-less",
        "At Munich in 1938 Britain was much less keen to consult Stalin than Hitler.",
        "munich",
        False,
    ),
    (
        "not-really-true",
        "A lot of people think Stalin made a pact with Hitler, but that's not really true.",
        "significance",
        False,
    ),
    (
        "not-really-true",
        "A lot of people think Stalin made a pact with Hitler, and that's really true.",
        "significance",
        True,
    ),
    (
        "rebuttal-sentence",
        "They say France betrayed its treaty with the USSR. Rubbish.",
        "france_pact",
        False,
    ),
    (
        "rebuttal-sentence",
        "They say France betrayed its treaty with the USSR. Rubbish, but true.",
        "france_pact",
        True,
    ),
    (
        "someone-else-not-involved",
        "The Munich Conference happened in 1938. FDR wasn't involved.",
        "munich",
        False,
    ),
    (
        "someone-else-not-involved",
        "The Munich Conference happened in 1938. Stalin wasn't involved.",
        "munich",
        True,
    ),
    (
        "other-pacts",
        "There was also the Anti-Comintern Pact of 1936, signed by Germany and Japan.",
        "significance",
        False,
    ),
    (
        "league-let-aggressors-off",
        "The League led by Britain and France let aggressors get away with it.",
        "appeasement",
        False,
    ),
    (
        "league-let-aggressors-off",
        "Britain and France let Hitler get away with it again and again.",
        "appeasement",
        True,
    ),
    (
        "went-back-on",
        "France also went back on its agreement with the USSR in 1936.",
        "france_pact",
        True,
    ),
    (
        "went-back-on",
        "Britain and France made a secret deal over Abyssinia with Italy, so the League was "
        "useless.",
        "france_pact",
        False,
    ),
    (
        "unusual-wording",
        "In 1936 the Wehrmacht re-entered the Rhineland and France took no military action.",
        "france_pact",
        True,
    ),
    (
        "unusual-wording",
        "Chamberlain and Halifax held communism in contempt.",
        "anti_communist_leaders",
        True,
    ),
    (
        "unusual-wording",
        "Chamberlain and Halifax were not exactly fans of communism.",
        "anti_communist_leaders",
        True,
    ),
    (
        "unusual-wording",
        "The 1938 partition of Czechoslovakia was decided in a room Moscow was not allowed into.",
        "munich",
        True,
    ),
    (
        "unusual-wording",
        "Consequently the Soviet dictator chose a different partner: the Nazi-Soviet Pact.",
        "significance",
        True,
    ),
    (
        "rhetorical-surprise",
        "So is it any surprise that Stalin signed the Nazi-Soviet Pact with Hitler in 1939?",
        "significance",
        True,
    ),
    (
        "rhetorical-surprise",
        "So did Stalin sign the Nazi-Soviet Pact with Hitler in 1939?",
        "significance",
        False,
    ),
    (
        "involved-is-no-invitation",
        "Stalin was not invited to Munich. Munich mattered most because it directly involved "
        "the USSR's ally Czechoslovakia.",
        "munich",
        True,
    ),
    (
        "brackets-are-asides",
        "Britain (in the same year as the Franco-Soviet treaty, and without telling France) "
        "signed a naval agreement with Germany.",
        "naval",
        True,
    ),
    (
        "brackets-are-asides",
        "Britain told France that Italy signed a naval agreement with Germany.",
        "naval",
        False,
    ),
    (
        "passive-then-signatories",
        "A naval agreement was signed in June 1935. Its signatories were Britain and Germany.",
        "naval",
        True,
    ),
    (
        "passive-then-signatories",
        "A naval agreement was signed in June 1935. Its signatories were Italy and Germany.",
        "naval",
        False,
    ),
    (
        "it-after-britain",
        "Britain was less of a disappointment only because much less had ever been expected of "
        "it by anyone in Moscow. In June 1935 it signed a naval agreement with Germany.",
        "naval",
        True,
    ),
    (
        "it-after-britain",
        "Also, it was Italy that signed a naval agreement with Germany.",
        "naval",
        False,
    ),
    (
        "other-countries-leaders",
        "The USSR had made a treaty with France in 1935. Poland's leaders, who despised "
        "communism, refused to let the Red Army cross Poland.",
        "anti_communist_leaders",
        False,
    ),
    (
        "other-countries-leaders",
        "Britain's leaders, who despised communism, refused to let the Red Army cross Poland.",
        "anti_communist_leaders",
        True,
    ),
    (
        "someone-elses-non-aggression-pact",
        "Poland's government made its own non-aggression pact with Germany in 1934.",
        "significance",
        False,
    ),
    (
        "someone-elses-non-aggression-pact",
        "His response was to sign a non-aggression pact with Germany.",
        "significance",
        True,
    ),
    (
        "dash-aside",
        "The Munich Conference decided the fate of Czechoslovakia, and the USSR \u2013 "
        "Czechoslovakia's ally \u2013 was not invited.",
        "munich",
        True,
    ),
    (
        "dash-aside",
        "The Munich Conference decided the fate of Czechoslovakia, and the USSR \u2013 "
        "Czechoslovakia's ally \u2013 was invited.",
        "munich",
        False,
    ),
    (
        "no-part-in-it",
        "The Munich Conference of 1938 decided the future of Czechoslovakia. The USSR, an ally "
        "of the Czechs, had no part in it.",
        "munich",
        True,
    ),
    (
        "fronted-or-passive",
        "Communism Chamberlain despised.",
        "anti_communist_leaders",
        True,
    ),
    (
        "fronted-or-passive",
        "Communism was despised by Chamberlain and by Halifax.",
        "anti_communist_leaders",
        True,
    ),
    (
        "fronted-or-passive",
        "Communism was despised by Hitler, not by Chamberlain.",
        "anti_communist_leaders",
        False,
    ),
    (
        "he-despised-it",
        "Chamberlain was not a man who had no opinion on communism: he despised it.",
        "anti_communist_leaders",
        True,
    ),
    (
        "the-pact-followed",
        "The Drax mission had no power to decide, and the pact with Ribbentrop followed.",
        "significance",
        True,
    ),
    (
        "the-pact-followed",
        "In August 1939 Britain signed a pact with Hitler, so the USSR had no friends left.",
        "significance",
        False,
    ),
    (
        "signed-with-hitler",
        "Stalin would not be used, and in August he signed with Hitler.",
        "significance",
        True,
    ),
    (
        "signed-with-hitler",
        "Britain did not consult Stalin before agreeing to Hitler's demands.",
        "significance",
        False,
    ),
    (
        "allusive-wording",
        "The Exeter voyage in August 1939 told Stalin how little priority London gave the talks.",
        "drax_mission",
        True,
    ),
    (
        "allusive-wording",
        "Munich, where the Czech question was settled without Soviet participation, confirmed "
        "everything.",
        "munich",
        True,
    ),
    (
        "allusive-wording",
        "The anti-Bolshevism of Chamberlain's cabinet made this credible.",
        "anti_communist_leaders",
        True,
    ),
    (
        "the-conference",
        "This was about the Sudetenland, where many Germans lived. Hitler wanted it, so there "
        "was a conference to decide what would happen. Stalin was not invited.",
        "munich",
        True,
    ),
    (
        "the-conference",
        "The USSR was not invited to the Paris Peace Conference in 1919.",
        "munich",
        False,
    ),
    (
        "attacked-by",
        "France had made an agreement with the USSR in 1935 to help each other if attacked by "
        "Germany.",
        "significance",
        False,
    ),
    (
        "second-most-important",
        "In 1939 Britain sent Admiral Drax, who could not sign an agreement. The Drax mission was "
        "second most important.",
        "drax_mission",
        True,
    ),
    (
        "respect-is-not-hatred",
        "Stalin felt that Britain and France did not respect the USSR.",
        "anti_communist_leaders",
        False,
    ),
    (
        "respect-is-not-hatred",
        "Stalin felt that the British government did not trust the USSR.",
        "anti_communist_leaders",
        True,
    ),
    (
        "the-press-is-not-the-government",
        "Source E shows that the French newspapers hated communism.",
        "anti_communist_leaders",
        False,
    ),
    (
        "the-press-is-not-the-government",
        "Source E shows that the French government hated communism.",
        "anti_communist_leaders",
        True,
    ),
    (
        "wh-question-answered",
        "In 1938 Britain and France sat down with Hitler to decide the fate of Czechoslovakia. "
        "Who was not invited? Stalin.",
        "munich",
        True,
    ),
    (
        "wh-question-answered",
        "In 1938 Britain and France sat down with Hitler to decide the fate of Czechoslovakia. "
        "Who was invited? Stalin.",
        "munich",
        False,
    ),
    (
        "in-role",
        "In 1938 they carved up Czechoslovakia with Hitler and Mussolini and did not even "
        "invite me.",
        "munich",
        True,
    ),
    (
        "in-role",
        "In 1938 they carved up Czechoslovakia with Hitler and Mussolini and even invited me.",
        "munich",
        False,
    ),
    (
        "short-question-answered",
        "In March 1936 Hitler's troops entered the Rhineland. France's reaction? A shrug.",
        "france_pact",
        True,
    ),
    (
        "short-question-answered",
        "In March 1936 Hitler's troops entered the Rhineland. Stalin's reaction? A shrug.",
        "france_pact",
        False,
    ),
    # "deal with" stops no one when "deal" is a noun
    (
        "deal-with-is-a-verb",
        "There was Munich and the League. Britain never did a naval deal with Germany.",
        "league",
        False,
    ),
    ("deal-with-is-a-verb", "The League could not deal with Japan in Manchuria.", "league", True),
    # an attributed claim whose importance is doubted is still made
    (
        "ranked-not-denied",
        "Some books say Britain also made a navy agreement with Germany, but I think this is "
        "not so important.",
        "naval",
        True,
    ),
    (
        "ranked-not-denied",
        "Some books say Britain also made a navy agreement with Germany, but this is not true.",
        "naval",
        False,
    ),
    (
        "simplistic-to-argue",
        "It would be simplistic to argue that this mistrust drove Stalin into Hitler's arms.",
        "significance",
        False,
    ),
    (
        "simplistic-to-argue",
        "It would be right to argue that this mistrust drove Stalin into Hitler's arms.",
        "significance",
        True,
    ),
    (
        "pronoun-deal-lets-navy",
        "Britain seemed eager to please Hitler. In 1935 it concluded a deal permitting Germany "
        "to build a fleet a third the size of the Royal Navy.",
        "naval",
        True,
    ),
    (
        "pronoun-deal-lets-navy",
        "France seemed eager to please Hitler. In 1935 it concluded a deal permitting Germany "
        "to build a fleet a third the size of the Royal Navy.",
        "naval",
        False,
    ),
    (
        "asked-how-big-the-army",
        "In 1939 Britain sent a military mission to Moscow. In the meeting the British leader "
        "asked how big the Red Army was.",
        "drax_mission",
        True,
    ),
    (
        "asked-how-big-the-army",
        "In 1939 Britain sent a military mission to Moscow. In the meeting the Soviet leaders "
        "explained how big the Red Army was.",
        "drax_mission",
        False,
    ),
    (
        "instead-of-is-no-consequence",
        "Britain hoped Hitler would attack Russia instead of them. The Nazi-Soviet Pact was a "
        "shock to London.",
        "significance",
        False,
    ),
    (
        "instead-of-is-no-consequence",
        "Britain hoped Hitler would attack Russia instead of them. So Stalin signed the "
        "Nazi-Soviet Pact.",
        "significance",
        True,
    ),
    # a definition claims nothing by its word alone, unless it names who did what
    (
        "definition-names-no-one",
        "Appeasement is a policy where you give in to someone's demands to avoid a war.",
        "appeasement",
        False,
    ),
    (
        "definition-names-no-one",
        "Appeasement was when Britain gave Hitler what he wanted.",
        "appeasement",
        True,
    ),
    (
        "fear-of-war-is-not-hatred",
        "The French were scared of another war and so Stalin thought they would not help him.",
        "anti_communist_leaders",
        False,
    ),
    (
        "fear-of-war-is-not-hatred",
        "Chamberlain was scared of communism and of Stalin.",
        "anti_communist_leaders",
        True,
    ),
    (
        "sat-back",
        "France signed a treaty with the USSR but then sat back when Hitler marched into the "
        "Rhineland.",
        "france_pact",
        True,
    ),
    (
        "sat-back",
        "France signed a treaty with the USSR and did not sit back when Hitler marched into the "
        "Rhineland.",
        "france_pact",
        False,
    ),
    (
        "pronoun-lets-navy",
        "Britain is the first country to look at. In 1935 it agreed that Germany could build up "
        "a navy.",
        "naval",
        True,
    ),
    (
        "pronoun-lets-navy",
        "France is the first country to look at. In 1935 it agreed that Germany could build up "
        "a navy.",
        "naval",
        False,
    ),
    (
        "naval-wrong-signatory",
        "The Anglo-German Naval Agreement was signed in 1935 by France and Germany.",
        "naval",
        False,
    ),
    (
        "naval-wrong-signatory",
        "The Anglo-German Naval Agreement was signed in 1935 by Britain and Germany.",
        "naval",
        True,
    ),
    (
        "people-are-not-leaders",
        "Many people in the West were scared of communism.",
        "anti_communist_leaders",
        False,
    ),
    (
        "people-are-not-leaders",
        "The West's leaders were scared of communism.",
        "anti_communist_leaders",
        True,
    ),
    (
        "went-and-signed",
        "USSR left out of Munich 1938 so Stalin went and signed the Nazi-Soviet Pact.",
        "munich",
        True,
    ),
    (
        "went-and-signed",
        "At Munich in 1938 Stalin went to the conference too.",
        "munich",
        False,
    ),
    (
        "correction-keeps-its-topic",
        "In 1936 France stood up to Hitler when he marched into the Rhineland. Actually "
        "that's wrong, France didn't do anything at all.",
        "france_pact",
        True,
    ),
    (
        "correction-keeps-its-topic",
        "Others say that France failed to honour its pact with the USSR during the Rhineland "
        "crisis; I don't accept this, because France was never obliged to act.",
        "france_pact",
        False,
    ),
    (
        "not-a-surprise",
        "So it isn't a surprise that Stalin made the Nazi-Soviet Pact with Hitler in August 1939.",
        "significance",
        True,
    ),
    (
        "not-a-surprise",
        "It is not true that Stalin made the Nazi-Soviet Pact with Hitler in August 1939.",
        "significance",
        False,
    ),
    (
        "asked-himself-whether",
        "Stalin may have asked himself whether France would ever keep its promise to the Soviets.",
        "france_pact",
        True,
    ),
    (
        "asked-himself-whether",
        "Stalin knew that France would keep its promise to the Soviets.",
        "france_pact",
        False,
    ),
    (
        "hedged-attribution",
        "It could be argued that France broke its promise to the USSR over the Rhineland. But"
        " I don't think this works, because France never made any promise to the USSR.",
        "france_pact",
        False,
    ),
    (
        "hedged-attribution",
        "It could be argued that France broke its promise to the USSR over the Rhineland, and"
        " I agree.",
        "france_pact",
        True,
    ),
    (
        "holder-with-examples",
        "Some historians like A.J.P. Taylor say that appeasement made Stalin distrust the "
        "West, but I don't think appeasement had anything to do with it.",
        "appeasement",
        False,
    ),
    (
        "holder-with-examples",
        "Some historians like Roberts say that Chamberlain hated communism, and I agree.",
        "anti_communist_leaders",
        True,
    ),
    (
        "this-is-not-true",
        "Stalin was shut out of the Munich Conference in 1938. I do not think this is true.",
        "munich",
        False,
    ),
    (
        "this-is-not-true",
        "Stalin was shut out of the Munich Conference in 1938. I think this is true.",
        "munich",
        True,
    ),
    (
        "probably-not",
        "Could Stalin rely on the League of Nations? Probably not.",
        "league",
        True,
    ),
    (
        "probably-not",
        "Could Stalin rely on the League of Nations?",
        "league",
        False,
    ),
    (
        "there-was-a-list",
        "In the 1930s there was the League of Nations, Manchuria, Abyssinia, the Rhineland, "
        "Munich and appeasement.",
        "appeasement",
        False,
    ),
    (
        "there-was-a-list",
        "In the 1930s there was appeasement, which let Hitler grow strong.",
        "appeasement",
        True,
    ),
    (
        "should-have",
        "Britain should have invited Stalin to Munich in 1938.",
        "munich",
        True,
    ),
    (
        "should-have",
        "Britain invited Stalin to Munich in 1938.",
        "munich",
        False,
    ),
    (
        "should-have",
        "France ought to have kept its word to the USSR.",
        "france_pact",
        True,
    ),
    (
        "should-have",
        "France kept its word to the USSR.",
        "france_pact",
        False,
    ),
    (
        "should-not-have",
        "Britain should not have signed the naval agreement with Germany in 1935.",
        "naval",
        True,
    ),
    (
        "should-not-have",
        "Britain did not sign the naval agreement with Germany in 1935.",
        "naval",
        False,
    ),
    (
        "should-then-would",
        "Britain should have invited Stalin to Munich, then Stalin would have felt included.",
        "munich",
        True,
    ),
    (
        "should-then-would",
        "Britain invited Stalin to Munich, so Stalin felt included.",
        "munich",
        False,
    ),
    (
        "ships-are-a-navy",
        "Second there was a deal about ships and navies which made Stalin worried. Third "
        "there was a big meeting in 1939.",
        "drax_mission",
        False,
    ),
    (
        "ships-are-a-navy",
        "In 1939 there were talks in Moscow. The British went there by ship.",
        "drax_mission",
        True,
    ),
    (
        "did-almost-nothing",
        "When Mussolini invaded Abyssinia the League did almost nothing.",
        "league",
        True,
    ),
    (
        "did-almost-nothing",
        "When Mussolini invaded Abyssinia the League did almost everything it could.",
        "league",
        False,
    ),
    (
        "plus-joins-clauses",
        "so stalin gave up on GB and Fr + signed NSP w/ germany in aug 1939",
        "significance",
        True,
    ),
    (
        "plus-joins-clauses",
        "Fr signed NSP w/ germany in aug 1939.",
        "significance",
        False,
    ),
    (
        "woven-quotation",
        'France "did sign an agreement in 1934 agreeing to protect the USSR" but "when '
        "Hitler marched his troops into the Rhineland in 1936 France didn't act.\"",
        "france_pact",
        True,
    ),
    (
        "woven-quotation",
        'The task sheet says: "France did sign an agreement in 1934 agreeing to protect '
        "the USSR but when Hitler marched his troops into the Rhineland in 1936 France "
        "didn't act.\"",
        "france_pact",
        False,
    ),
    (
        "explained-quotation",
        'The source says "the policy of appeasement followed by Britain and France '
        'allowed Germany to rearm". This means Hitler was getting stronger.',
        "appeasement",
        True,
    ),
    (
        "explained-quotation",
        'The source says "the policy of appeasement followed by Britain and France '
        'allowed Germany to rearm". Next I will write about Munich.',
        "appeasement",
        False,
    ),
    (
        "elliptical-was-not",
        "Hitler and Mussolini were invited to Munich, but Stalin was not.",
        "munich",
        True,
    ),
    (
        "elliptical-was-not",
        "Hitler and Mussolini were invited to Munich, and Stalin was too.",
        "munich",
        False,
    ),
    (
        "doubted-would",
        "Hitler marched into the Rhineland, so Stalin doubted France would keep its "
        "promise to him.",
        "france_pact",
        True,
    ),
    (
        "doubted-would",
        "Hitler marched into the Rhineland, and there was no doubt France would keep its "
        "promise to him.",
        "france_pact",
        False,
    ),
    (
        "correction-names-what-it-was",
        "Some people say Britain made a naval deal with Germany, but I think it was "
        "actually Japan.",
        "naval",
        False,
    ),
    (
        "correction-names-what-it-was",
        "Some people say Britain made a naval deal with Germany, but I think it actually "
        "mattered a lot.",
        "naval",
        True,
    ),
    (
        "listed-reasons-but",
        "Other reasons are the naval agreement, appeasement and Drax but I dont have time"
        " to explain them.",
        "appeasement",
        False,
    ),
    (
        "listed-reasons-but",
        "Other reasons are that Britain let Hitler rearm but France did nothing.",
        "appeasement",
        True,
    ),
    (
        "allowed-then-stronger",
        "Stalin needed time to build up his army. This helped cause the war.",
        "appeasement",
        False,
    ),
    (
        "allowed-then-stronger",
        "Britain allowed Hitler to build up his army.",
        "appeasement",
        True,
    ),
    (
        "other-powers-pact",
        "Poland did not trust the USSR. Italy made a pact with Germany called the Pact of Steel.",
        "significance",
        False,
    ),
    (
        "other-powers-pact",
        "Poland did not trust the USSR. The USSR made a pact with Germany in 1939.",
        "significance",
        True,
    ),
    (
        "allies-is-not-hatred",
        "Chamberlain did not want to be allies with the USSR.",
        "anti_communist_leaders",
        False,
    ),
    (
        "allies-is-not-hatred",
        "Chamberlain did not trust the USSR.",
        "anti_communist_leaders",
        True,
    ),
    (
        "promise-then-they",
        "The French had made a promise to protect the USSR in 1934. Two years later "
        "Hitler went into the Rhineland and they didn't do anything.",
        "france_pact",
        True,
    ),
    (
        "promise-then-they",
        "The French had made a promise to protect the USSR in 1934. Two years later "
        "Hitler went into the Rhineland and they sent troops.",
        "france_pact",
        False,
    ),
    (
        "out-of-time",
        "5) Appeasement - ran out of time",
        "appeasement",
        False,
    ),
    (
        "out-of-time",
        "5) Appeasement - let Hitler rearm",
        "appeasement",
        True,
    ),
    (
        "dated-pact",
        "Nazi-Soviet Pact = 1939",
        "significance",
        False,
    ),
    (
        "dated-pact",
        "No trust = Nazi-Soviet Pact 1939",
        "significance",
        True,
    ),
    (
        "ussr-as-inviter",
        "At the Munich conference in 1938 Stalin did not invite Britain to the talks.",
        "munich",
        False,
    ),
    (
        "ussr-as-inviter",
        "At the Munich conference in 1938 Stalin was not invited to the talks.",
        "munich",
        True,
    ),
    (
        "ussr-as-appeaser",
        "Stalin appeased Hitler a lot in the 1930s.",
        "appeasement",
        False,
    ),
    (
        "ussr-as-appeaser",
        "Chamberlain appeased Hitler a lot in the 1930s.",
        "appeasement",
        True,
    ),
    (
        "ussr-as-sender",
        "In 1939 there were talks but Stalin sent a low ranking general to them.",
        "drax_mission",
        False,
    ),
    (
        "ussr-as-sender",
        "In 1939 there were talks but Britain sent a low ranking admiral to them.",
        "drax_mission",
        True,
    ),
    (
        "pronoun-subject-signs",
        "As the USSR did not trust Britain and France it signed the Nazi-Soviet Pact with"
        " Germany in 1939.",
        "significance",
        True,
    ),
    (
        "pronoun-subject-signs",
        "Britain and France signed the Nazi-Soviet Pact with Germany in 1939.",
        "significance",
        False,
    ),
    (
        "misspelt-negation",
        "the leeg of nations coudnt even stop musolini taking abisinia.",
        "league",
        True,
    ),
    (
        "misspelt-negation",
        "the leeg of nations could even stop musolini taking abisinia.",
        "league",
        False,
    ),
    (
        "misspelt-pact",
        "in the end starlin signed the nazy soviet pact with hitla in august 1939",
        "significance",
        True,
    ),
    (
        "misspelt-pact",
        "in the end starlin signed a pact with churchill in 1941",
        "significance",
        False,
    ),
    (
        "not-a-say",
        "at munich they didnt let stalin have a say about checkoslovakia.",
        "munich",
        True,
    ),
    (
        "not-a-say",
        "at munich they let stalin have a say about checkoslovakia.",
        "munich",
        False,
    ),
    (
        "lower-case-definition",
        "apeasement was when chamberlin gave hitla what he wanted.",
        "appeasement",
        True,
    ),
    (
        "lower-case-definition",
        "apeasement is when you give a bully what he wants.",
        "appeasement",
        False,
    ),
    (
        "topic-of-a-paragraph",
        "Then there was Munich. Britain and France met Hitler and Mussolini there in "
        "1938. Stalin was left out.",
        "munich",
        True,
    ),
    (
        "topic-of-a-paragraph",
        "Then there was Munich. Britain and France met Hitler there. They talked for "
        "hours. They ate dinner. Stalin was left out.",
        "munich",
        False,
    ),
    (
        "topic-of-a-paragraph",
        "Another factor was the League of Nations. It was supposed to keep peace. But "
        "it was useless and could not stop anyone who invaded other countries.",
        "league",
        True,
    ),
    (
        "topic-of-a-paragraph",
        "Another factor was the League of Nations. It was supposed to keep "
        "peace.\n\nBut it was useless and could not stop anyone.",
        "league",
        False,
    ),
    (
        "they-let-him-in",
        "Britain and France kept giving Hitler what he wanted. They let him walk into "
        "the Rhineland in 1936 and didnt do anything.",
        "france_pact",
        True,
    ),
    (
        "they-let-him-in",
        "Italy and France kept giving Hitler what he wanted. Then Japan let him walk "
        "into the Rhineland in 1936.",
        "france_pact",
        False,
    ),
    (
        "hitler-refuses",
        "Chamberlain left the USSR out of the Munich Conference in 1938 because he "
        "thought Hitler would refuse to come if Stalin was there.",
        "munich",
        True,
    ),
    (
        "hitler-refuses",
        "Stalin refused to go to the Munich conference in 1938.",
        "munich",
        False,
    ),
    (
        "talks-about-the-czechs",
        "Then in 1938 at Munich they talked about the Sudetenland and Stalin wasnt "
        "invited. This made Stalin think Britain and France didnt care about the USSR.",
        "drax_mission",
        False,
    ),
    (
        "talks-about-the-czechs",
        "Then in 1939 they talked about an alliance with Stalin. This made Stalin think"
        " Britain and France didnt care about the USSR.",
        "drax_mission",
        True,
    ),
    (
        "safer-than-flying",
        "In 1939 they went by boat because it was safer than flying over Germany, and "
        "Drax was an experienced admiral.",
        "drax_mission",
        True,
    ),
    (
        "safer-than-flying",
        "In 1939 Drax was flying over Germany to Moscow.",
        "drax_mission",
        False,
    ),
    (
        "disagree-that",
        "The USSR was also left out of the Munich Conference in 1938.\n\nHowever, I "
        "don't agree that Britain wasn't serious in 1939.",
        "munich",
        True,
    ),
    (
        "disagree-that",
        "The USSR was also left out of the Munich Conference in 1938. I don't agree.",
        "munich",
        False,
    ),
    (
        "list-noun-then-clause",
        "Stalin had many reasons to doubt the West by 1939, the League of Nations was meant to "
        "keep peace and Britain ran it but it failed in Abyssinia and Manchuria.",
        "league",
        True,
    ),
    (
        "list-noun-then-clause",
        "There were many reasons, such as Munich, the League, Drax and the navy.",
        "drax_mission",
        False,
    ),
    (
        "wall-of-text-span",
        "Britain and France let Hitler do whatever he wanted and Stalin did not like that "
        "because Hitler hated Russia and had said in his book Mein Kampf that he wanted to "
        "invade it one day, also there was Munich and the Rhineland and stuff.",
        "france_pact",
        False,
    ),
    (
        "wall-of-text-span",
        "Britain and France let Hitler do whatever he wanted, for example in 1936 France let "
        "Hitler march into the Rhineland.",
        "france_pact",
        True,
    ),
    (
        "comma-they-new-clause",
        "France promised to protect the USSR against Germany, they signed a treaty in 1935.",
        "significance",
        False,
    ),
    (
        "comma-they-new-clause",
        "In 1939 the USSR and Germany signed a pact, which shocked the world.",
        "significance",
        True,
    ),
    (
        "question-answered-in-line",
        "Q. Munich?\nA. Stalin was not invited.\nQ. Drax? A. He had no power to sign anything.",
        "munich",
        True,
    ),
    (
        "question-answered-in-line",
        "Q. Munich?\nA. Stalin was not invited.\nQ. Drax? A. He had no power to sign anything.",
        "drax_mission",
        True,
    ),
    (
        "question-answered-in-line",
        "Q. Munich? A. I can't remember.",
        "munich",
        False,
    ),
    (
        "countries-distrust-not-leaders",
        "Britain and France did not trust the USSR either, because of the purges.",
        "anti_communist_leaders",
        False,
    ),
    (
        "countries-distrust-not-leaders",
        "The British Prime Minister did not trust the USSR either, because of the purges.",
        "anti_communist_leaders",
        True,
    ),
    (
        "countries-distrust-not-leaders",
        "Britain and France did not like communism one bit.",
        "anti_communist_leaders",
        True,
    ),
    (
        "scene-setting-topic",
        "In 1938 there was a conference in Munich. Britain, France, Germany and Italy were all "
        "there. Stalin was not invited.",
        "munich",
        True,
    ),
    (
        "scene-setting-topic",
        "There was Munich, Drax and the League. Britain and France were capitalist. Stalin was "
        "not invited to anything.",
        "munich",
        False,
    ),
    (
        "not-one-of-them",
        "The Munich Conference took place in 1938. The USSR was not one of the four powers there.",
        "munich",
        True,
    ),
    (
        "not-one-of-them",
        "The League had four main members. The USSR was not one of them.",
        "munich",
        False,
    ),
    (
        "stood-back",
        "When German soldiers went back into the Rhineland the French stood back.",
        "france_pact",
        True,
    ),
    (
        "stood-back",
        "When German soldiers went back into the Rhineland the French stood up to them.",
        "france_pact",
        False,
    ),
    (
        "listed-name-explained-in-line",
        "Why Stalin was angry:\n- The League\n- The Rhineland\n- Munich. Stalin wasn't invited.\n"
        "- Drax",
        "munich",
        True,
    ),
    (
        "listed-name-explained-in-line",
        "Munich. Drax. The League. Appeasement. Stalin was very angry with them.",
        "appeasement",
        False,
    ),
    (
        "could-not-be-trusted",
        "Halifax thought the Soviet Union could not be trusted.",
        "anti_communist_leaders",
        True,
    ),
    (
        "could-not-be-trusted",
        "Stalin thought Halifax could not be trusted.",
        "anti_communist_leaders",
        False,
    ),
    (
        "no-pair-into-bullet",
        "Munich 1938. Stalin wasn't asked to come. This meant he felt left out.\n"
        "- Anglo-German Naval\n- Appeasement",
        "naval",
        False,
    ),
    (
        "no-pair-into-bullet",
        "- AGNA 1935: Britain OK'd a bigger German navy without asking anyone",
        "naval",
        True,
    ),
    (
        "naval-deal-wrong-partners",
        "In 1937 Britain and France signed a naval agreement with the USSR.",
        "naval",
        False,
    ),
    (
        "naval-deal-wrong-partners",
        "In 1935 Britain signed a naval agreement with Germany.",
        "naval",
        True,
    ),
    (
        "list-with-a-denial",
        "Munich - 1938, Chamberlain, Daladier, Hitler, Mussolini, no Stalin",
        "munich",
        True,
    ),
    (
        "list-with-a-denial",
        "Munich - 1938, Chamberlain, Daladier, Hitler, Mussolini, Stalin",
        "munich",
        False,
    ),
    (
        "naval-agreement-between",
        "Naval agreement 1935 - Britain + Germany",
        "naval",
        True,
    ),
    (
        "naval-agreement-between",
        "Naval agreement 1935 - France + Germany",
        "naval",
        False,
    ),
    (
        "rhineland-first-treaty-not-act",
        "Then there was the Rhineland in 1936, when the French had a treaty with the Soviets "
        "but still did not stop Hitler.",
        "france_pact",
        True,
    ),
    (
        "rhineland-first-treaty-not-act",
        "Then there was the Rhineland in 1936, when the French had a treaty with the Soviets "
        "and did stop Hitler.",
        "france_pact",
        False,
    ),
    (
        "allowed-hitler-to-break-versailles",
        "Britain and France allowed Hitler to break the Treaty of Versailles.",
        "appeasement",
        True,
    ),
    (
        "allowed-hitler-to-break-versailles",
        "The pact gave him time to build up his army.",
        "appeasement",
        False,
    ),
    (
        "what-is-x-question",
        "Revision cards\nWhat is appeasement? (ask sir)\nWho was Drax? Not sure.",
        "appeasement",
        False,
    ),
    (
        "what-is-x-question",
        "Revision cards\nWhat was bad about appeasement? It let Hitler rearm.",
        "appeasement",
        True,
    ),
    (
        "listed-then-which",
        "There were lots of things like the League and Munich and appeasement which made "
        "Stalin angry.",
        "appeasement",
        False,
    ),
    (
        "listed-then-which",
        "Another reason was appeasement, the policy which let Hitler rearm and grow stronger.",
        "appeasement",
        True,
    ),
    (
        "because-of-things-like",
        "The USSR didn't trust Britain and France because of lots of things like Munich, the "
        "League, appeasement and the naval agreement.",
        "appeasement",
        False,
    ),
    (
        "because-of-things-like",
        "The USSR didn't trust Britain and France because of lots of things like appeasement, "
        "which let Hitler rearm.",
        "appeasement",
        True,
    ),
    (
        "by-a-date-is-no-agent",
        "Chamberlain and Halifax, who ran British foreign policy by 1938, both despised communism.",
        "anti_communist_leaders",
        True,
    ),
    (
        "by-a-date-is-no-agent",
        "Chamberlain and Halifax were both despised by the communists.",
        "anti_communist_leaders",
        False,
    ),
    (
        "long-aside",
        "Their future was decided at Munich by Britain, France, Germany and Italy: the Soviet "
        "Union, although it was one of the great powers of Europe and had a treaty with the "
        "Czechs, was not invited to take part.",
        "munich",
        True,
    ),
    (
        "long-aside",
        "Their future was decided at Munich by Britain, France, Germany and Italy: the Soviet "
        "Union, although it was one of the great powers of Europe and had a treaty with the "
        "Czechs, was invited to take part.",
        "munich",
        False,
    ),
    (
        "title-line",
        "The Drax Mission\nI do not remember much about this part of the topic.",
        "drax_mission",
        False,
    ),
    (
        "title-line",
        "The Drax Mission\nIn 1939 Britain sent an admiral who had no power to sign anything.",
        "drax_mission",
        True,
    ),
    (
        "meant-to-but-didnt",
        "The League of Nations was supposed to keep the peace but it didn't.",
        "league",
        True,
    ),
    (
        "meant-to-but-didnt",
        "The League of Nations was supposed to keep the peace and for a while it did.",
        "league",
        False,
    ),
    (
        "not-invited-to-the-meeting",
        "In 1938 the leaders of Britain, France, Italy and Germany met to settle the crisis "
        "over Czechoslovakia. The USSR had a treaty with the Czechs but was not invited to the "
        "meeting.",
        "munich",
        True,
    ),
    (
        "not-invited-to-the-meeting",
        "In 1938 the leaders of Britain, France, Italy and Germany met to settle the crisis "
        "over Czechoslovakia. The USSR had a treaty with the Czechs and was invited to the "
        "meeting.",
        "munich",
        False,
    ),
    (
        "didnt-do-a-thing",
        "Then Hitler marched into the Rhineland. France didn't do a thing.",
        "france_pact",
        True,
    ),
    (
        "didnt-do-a-thing",
        "Then Hitler marched into the Rhineland. France did a thing or two to stop him.",
        "france_pact",
        False,
    ),
    (
        "hitler-wants-strength",
        "Hitler wanted to make Germany strong again, so he built tanks and planes.",
        "appeasement",
        False,
    ),
    (
        "hitler-wants-strength",
        "Britain wanted to make Germany strong again, as a wall against the USSR.",
        "appeasement",
        True,
    ),
    (
        "peace-body",
        "The international peace body that Britain and France ran could not stop anyone.",
        "league",
        True,
    ),
    (
        "peace-body",
        "The international peace body that Britain and France ran stopped a war in the 1920s.",
        "league",
        False,
    ),
    (
        "or-in-brackets-stays-negated",
        "The Munich Agreement of 1938 was negotiated without inviting Stalin (or even "
        "consulting the USSR, although it had promised to defend the Czechs).",
        "munich",
        True,
    ),
    (
        "or-in-brackets-stays-negated",
        "Britain and France did not invite Stalin to Munich, nor did they consult him.",
        "munich",
        True,
    ),
    (
        "didnt-protect-itself",
        "France didn't even protect itself when Hitler sent soldiers into the Rhineland.",
        "france_pact",
        True,
    ),
    (
        "didnt-protect-itself",
        "France could protect itself when Hitler sent soldiers into the Rhineland.",
        "france_pact",
        False,
    ),
    (
        "these-were-a-list",
        "Stalin did not trust them for lots of reasons. These were the League, Munich, the "
        "navy, Drax and appeasement.",
        "appeasement",
        False,
    ),
    (
        "these-were-a-list",
        "There were lots of reasons. These were signs that Britain was not serious, like "
        "sending Drax to Moscow by slow boat in 1939.",
        "drax_mission",
        True,
    ),
    (
        "ellipsis-stalin-was-not",
        "In 1938 there was a conference in Munich. Hitler, Mussolini, Chamberlain and Daladier "
        "were there. Stalin was not.",
        "munich",
        True,
    ),
    (
        "ellipsis-stalin-was-not",
        "In 1938 there was a conference in Munich. Hitler, Mussolini, Chamberlain and Daladier "
        "were there. Stalin was also there.",
        "munich",
        False,
    ),
    (
        "hated-by-many-including",
        "Communism was hated by a lot of people in the West. This included the British Prime "
        "Minister, Neville Chamberlain.",
        "anti_communist_leaders",
        True,
    ),
    (
        "hated-by-many-including",
        "Communism was hated by a lot of people in Germany. This included Hitler.",
        "anti_communist_leaders",
        False,
    ),
]


@pytest.mark.parametrize(
    ("text", "point", "covers"),
    [pytest.param(text, point, covers, id=rule) for rule, text, point, covers in NEAR_MISSES],
)
def test_near_misses(covered, text: str, point: str, covers: bool) -> None:
    assert (point in covered(text)) is covers


@pytest.mark.parametrize(
    ("text", "point"),
    [
        (
            "Chamberlain and Halifax made no secret of their dislike of communism.",
            "anti_communist_leaders",
        ),
        ("The British government was very much against communism.", "anti_communist_leaders"),
        ("Munich 1938 -> USSR kept outside, Britain and France decide alone", "munich"),
        (
            "The League let Japan and Italy get away with it, so collective security was dead.",
            "league",
        ),
        (
            "France had promised in a treaty to defend the USSR, but when the Germans marched into "
            "the Rhineland the French army just stayed home.",
            "france_pact",
        ),
        ("The League was a laughing stock that could only wag its finger at dictators.", "league"),
        (
            "In August 1939 the Soviet Union and Germany agreed not to go to war with each other.",
            "significance",
        ),
    ],
)
def test_more_paraphrases_are_covered(covered, text: str, point: str) -> None:
    assert point in covered(text)


def test_no_secret_protocol_is_still_a_negation(nlp) -> None:
    from analyzer.parse import parse

    hidden = parse("There was no secret protocol.", nlp)
    assert hidden.negated_by.get(hidden.keys.index("protocol"))
    open_ = parse("They made no secret of their dislike.", nlp)
    assert not open_.negated_by.get(open_.keys.index("dislike"))
