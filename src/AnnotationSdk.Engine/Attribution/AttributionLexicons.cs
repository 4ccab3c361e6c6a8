using AnnotationSdk.Engine.Lexicons;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>The attribution lexicons, loaded once from the embedded data files under Lexicons/attribution.</summary>
internal sealed class AttributionLexicons
{
    private AttributionLexicons()
    {
        Cues = new PhraseMatcher<CueKind>(Lexicon.Load("attribution/cues.txt").Select(e => (e.Phrase, ParseKind(e.Tag))));
        Pronouns = new WordTable<string>(Lexicon.Load("attribution/pronouns.txt").ToDictionary(e => e.Phrase, e => e.Tag, StringComparer.OrdinalIgnoreCase));
        Possessives = new WordTable<string>(Lexicon.Load("attribution/possessives.txt").ToDictionary(e => e.Phrase, e => e.Tag, StringComparer.OrdinalIgnoreCase));
        Anonymous = WordSet("attribution/anonymous.txt");
        Documents = WordSet("attribution/documents.txt");
        Organisations = WordSet("attribution/organisations.txt");
        Places = new PhraseMatcher<bool>(Lexicon.Load("attribution/places.txt").Select(e => (e.Phrase, true)));
        Roles = WordSet("attribution/roles.txt");
        Between = WordSet("attribution/between.txt");
        Determiners = WordSet("attribution/determiners.txt");
        Prepositions = WordSet("attribution/prepositions.txt");
        Groups = WordSet("attribution/groups.txt");
        NotNames = WordSet("attribution/not-names.txt");
        TimeWords = WordSet("attribution/time-words.txt");
        Modifiers = WordSet("attribution/modifiers.txt");
        Quantities = WordSet("attribution/quantities.txt");
        NotPassive = WordSet("attribution/not-passive.txt");
        NounForms = WordSet("attribution/noun-forms.txt");
        NotAdverbs = WordSet("attribution/not-adverbs.txt");
        Polls = WordSet("attribution/polls.txt");
        Comparatives = WordSet("attribution/comparatives.txt");
        NamingVerbs = WordSet("attribution/naming-verbs.txt");
        Appearances = WordSet("attribution/appearances.txt");
        TitleSmallWords = WordSet("quotes/title-small-words.txt");
        CallingVerbs = WordSet("quotes/calling-verbs.txt");
        ScareMarkers = new PhraseMatcher<bool>(Lexicon.Load("quotes/scare-markers.txt").Select(e => (e.Phrase, true)));
    }

    public static AttributionLexicons Default { get; } = new();

    public PhraseMatcher<CueKind> Cues { get; }

    /// <summary>Pronoun to what it can refer to: person, group, thing, relative.</summary>
    public WordTable<string> Pronouns { get; }

    /// <summary>Possessive pronoun to what it can refer to, as for <see cref="Pronouns"/>.</summary>
    public WordTable<string> Possessives { get; }

    public WordSet Anonymous { get; }

    public WordSet Documents { get; }

    public WordSet Organisations { get; }

    /// <summary>Countries and capitals that speak for their governments: "Pyongyang said".</summary>
    public PhraseMatcher<bool> Places { get; }

    public WordSet Roles { get; }

    public WordSet Between { get; }

    public WordSet Determiners { get; }

    public WordSet Prepositions { get; }

    public WordSet Groups { get; }

    public WordSet NotNames { get; }

    public WordSet TimeWords { get; }

    /// <summary>Words that open a source phrase before a title: "former", "longtime".</summary>
    public WordSet Modifiers { get; }

    /// <summary>Counting words that can be a subject on their own: "half", "most", "six".</summary>
    public WordSet Quantities { get; }

    /// <summary>Cue participles that report nothing after a form of "be": "a device was found".</summary>
    public WordSet NotPassive { get; }

    /// <summary>Cue verbs that are nouns after an article, a possessive or a number: "the show", "85 percent support".</summary>
    public WordSet NounForms { get; }

    /// <summary>Lower-case -ly words that are no adverbs: "family", "ally", "assembly".</summary>
    public WordSet NotAdverbs { get; }

    /// <summary>Nouns of polling: "In a CNN poll, …".</summary>
    public WordSet Polls { get; }

    /// <summary>Words that make the participle after them an adjective: "more detailed", "least informed".</summary>
    public WordSet Comparatives { get; }

    /// <summary>Verbs that name something: no cue of their own in "what he called …".</summary>
    public WordSet NamingVerbs { get; }

    /// <summary>Verbs of appearance: "the party seemed to", any subject.</summary>
    public WordSet Appearances { get; }

    public PhraseMatcher<bool> ScareMarkers { get; }

    public WordSet TitleSmallWords { get; }

    /// <summary>"call", "called": a Title Case quote after them is the name someone was called.</summary>
    public WordSet CallingVerbs { get; }

    private static WordSet WordSet(string path) => new(Lexicon.LoadWordSet(path));

    private static CueKind ParseKind(string tag) => tag switch
    {
        "speech" => CueKind.Speech,
        "attitude" => CueKind.Attitude,
        "evidence" => CueKind.Evidence,
        "source" => CueKind.Source,
        "noun" => CueKind.Noun,
        "not" => CueKind.None,
        _ => throw new InvalidOperationException($"Unknown cue tag '{tag}' in attribution/cues.txt."),
    };
}
