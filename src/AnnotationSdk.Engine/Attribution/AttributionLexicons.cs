using AnnotationSdk.Engine.Lexicons;

namespace AnnotationSdk.Engine.Attribution;

/// <summary>The attribution lexicons, loaded once from the embedded data files under Lexicons/attribution.</summary>
internal sealed class AttributionLexicons
{
    /// <summary>The data file of each word class but <see cref="WordClasses.Pronoun"/> and <see cref="WordClasses.Possessive"/>, which come from the pronoun tables.</summary>
    internal static readonly (string Path, WordClasses Class)[] WordClassFiles =
    [
        ("attribution/anonymous.txt", WordClasses.Anonymous),
        ("attribution/documents.txt", WordClasses.Document),
        ("attribution/organisations.txt", WordClasses.Organisation),
        ("attribution/roles.txt", WordClasses.Role),
        ("attribution/between.txt", WordClasses.Between),
        ("attribution/determiners.txt", WordClasses.Determiner),
        ("attribution/prepositions.txt", WordClasses.Preposition),
        ("attribution/groups.txt", WordClasses.Group),
        ("attribution/not-names.txt", WordClasses.NotName),
        ("attribution/time-words.txt", WordClasses.TimeWord),
        ("attribution/modifiers.txt", WordClasses.Modifier),
        ("attribution/quantities.txt", WordClasses.Quantity),
        ("attribution/not-passive.txt", WordClasses.NotPassive),
        ("attribution/noun-forms.txt", WordClasses.NounForm),
        ("attribution/not-adverbs.txt", WordClasses.NotAdverb),
        ("attribution/polls.txt", WordClasses.Poll),
        ("attribution/comparatives.txt", WordClasses.Comparative),
        ("attribution/naming-verbs.txt", WordClasses.NamingVerb),
        ("attribution/appearances.txt", WordClasses.Appearance),
        ("attribution/adverbial-openers.txt", WordClasses.AdverbialOpener),
        ("attribution/clause-openers.txt", WordClasses.ClauseOpener),
        ("attribution/count-qualifiers.txt", WordClasses.CountQualifier),
        ("attribution/offices.txt", WordClasses.Office),
        ("attribution/parties.txt", WordClasses.Party),
        ("attribution/source-adjectives.txt", WordClasses.SourceAdjective),
        ("attribution/subordinators.txt", WordClasses.Subordinator),
        ("attribution/setting-prepositions.txt", WordClasses.SettingPreposition),
        ("attribution/auxiliaries.txt", WordClasses.Auxiliary),
        ("attribution/ing-nouns.txt", WordClasses.IngNoun),
    ];

    private readonly WordMap<WordClasses> _classes;

    private AttributionLexicons()
    {
        Cues = new PhraseMatcher<CueKind>(Lexicon.Load("attribution/cues.txt").Select(e => (e.Phrase, ParseKind(e.Tag))));
        Pronouns = new WordTable<string>(Lexicon.Load("attribution/pronouns.txt").ToDictionary(e => e.Phrase, e => e.Tag, StringComparer.OrdinalIgnoreCase));
        Possessives = new WordTable<string>(Lexicon.Load("attribution/possessives.txt").ToDictionary(e => e.Phrase, e => e.Tag, StringComparer.OrdinalIgnoreCase));
        Places = new PhraseMatcher<bool>(Lexicon.Load("attribution/places.txt").Select(e => (e.Phrase, true)));
        Regions = new PhraseMatcher<bool>(Lexicon.Load("attribution/regions.txt").Select(e => (e.Phrase, true)));
        ContrastOpeners = new PhraseMatcher<bool>(Lexicon.Load("attribution/contrast-openers.txt").Select(e => (e.Phrase, true)));
        Determiners = WordSet("attribution/determiners.txt");
        _classes = LoadClasses(Pronouns, Possessives);
        TitleSmallWords = WordSet("quotes/title-small-words.txt");
        CallingVerbs = WordSet("quotes/calling-verbs.txt");
        HearerVerbs = WordSet("attribution/hearer-verbs.txt");
        ToldObjects = WordSet("attribution/told-objects.txt");
        ScareMarkers = new PhraseMatcher<bool>(Lexicon.Load("quotes/scare-markers.txt").Select(e => (e.Phrase, true)));
    }

    public static AttributionLexicons Default { get; } = new();

    public PhraseMatcher<CueKind> Cues { get; }

    /// <summary>Pronoun to what it can refer to: person, group, thing, relative.</summary>
    public WordTable<string> Pronouns { get; }

    /// <summary>Possessive pronoun to what it can refer to, as for <see cref="Pronouns"/>.</summary>
    public WordTable<string> Possessives { get; }

    /// <summary>Countries and capitals that speak for their governments: "Pyongyang said".</summary>
    public PhraseMatcher<bool> Places { get; }

    /// <summary>States and provinces that follow a town after a comma: "Ames, Iowa", "Portsmouth, N.H.".</summary>
    public PhraseMatcher<bool> Regions { get; }

    /// <summary>"while", "compared with": after a comma, the writer's contrast, which ends a reported clause.</summary>
    public PhraseMatcher<bool> ContrastOpeners { get; }

    /// <summary>As <see cref="WordClasses.Determiner"/>, for the quotes annotator.</summary>
    public WordSet Determiners { get; }

    public PhraseMatcher<bool> ScareMarkers { get; }

    public WordSet TitleSmallWords { get; }

    /// <summary>"call", "called": a Title Case quote after them is the name someone was called.</summary>
    public WordSet CallingVerbs { get; }

    /// <summary>"told", "assured": verbs of saying whose object is the hearer, before the clause.</summary>
    public WordSet HearerVerbs { get; }

    /// <summary>"story", "truth": what is told, where a hearer would stand after a verb of <see cref="HearerVerbs"/>.</summary>
    public WordSet ToldObjects { get; }

    /// <summary>The classes of <paramref name="word"/>, a token's text, ignoring case as <see cref="WordSet"/> does;
    /// <paramref name="filterKeys"/> are its <see cref="WordFilter.KeysOf"/>.</summary>
    public WordClasses ClassesOf(ReadOnlySpan<char> word, uint filterKeys) =>
        _classes.TryGet(word, filterKeys, out var classes) ? classes : WordClasses.None;

    /// <summary>The single-word lexicons of attribution in one table, each word with the classes of the lexicons holding it.</summary>
    private static WordMap<WordClasses> LoadClasses(WordTable<string> pronouns, WordTable<string> possessives)
    {
        var classes = new Dictionary<string, WordClasses>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, wordClass) in WordClassFiles)
        {
            Add(Lexicon.LoadWordSet(path), wordClass);
        }

        Add(pronouns.Dictionary.Keys, WordClasses.Pronoun);
        Add(possessives.Dictionary.Keys, WordClasses.Possessive);
        return new WordMap<WordClasses>(classes.Where(entry => entry.Key.Length > 0).Select(entry => (entry.Key, entry.Value)));

        void Add(IEnumerable<string> words, WordClasses wordClass)
        {
            foreach (var word in words)
            {
                classes[word] = classes.GetValueOrDefault(word) | wordClass;
            }
        }
    }

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
