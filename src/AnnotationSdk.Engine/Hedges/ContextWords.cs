using AnnotationSdk.Engine.Lexicons;

namespace AnnotationSdk.Engine.Hedges;

/// <summary>The closed-class word groups the hedge guards consult (lexicon hedges/context-words.txt).</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    NounMarker = 1 << 0,
    Article = 1 << 1,
    PassiveMarker = 1 << 2,
    PassiveFollower = 1 << 3,
    Locative = 1 << 4,
    Negation = 1 << 5,
    RootSubject = 1 << 6,
    PossibleRoot = 1 << 7,
    Speech = 1 << 8,
    AttributionLead = 1 << 9,
    Quantity = 1 << 10,
    Comparison = 1 << 11,
    NounFollower = 1 << 12,
    Consideration = 1 << 13,
    AbilityContext = 1 << 14,
    Currency = 1 << 15,
    ObjectPronoun = 1 << 16,
    ClauseOpener = 1 << 17,
}

/// <summary>Looks up the classes of a word without allocating.</summary>
internal sealed class ContextWords
{
    private readonly WordTable<WordClass> _classes;

    private ContextWords(Dictionary<string, WordClass> classes) => _classes = new WordTable<WordClass>(classes);

    public static ContextWords Load()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Lexicon.Load("hedges/context-words.txt"))
        {
            Add(classes, entry.Phrase, ParseClass(entry.Tag));
        }

        foreach (var entry in Lexicon.Load("hedges/quantity-words.txt"))
        {
            Add(classes, entry.Phrase, WordClass.Quantity);
        }

        return new ContextWords(classes);
    }

    public WordClass Of(ReadOnlySpan<char> word) => _classes.TryGetValue(word, out var classes) ? classes : WordClass.None;

    private static void Add(Dictionary<string, WordClass> classes, string word, WordClass wordClass) =>
        classes[word] = classes.GetValueOrDefault(word) | wordClass;

    private static WordClass ParseClass(string tag) => tag switch
    {
        "noun-marker" => WordClass.NounMarker,
        "article" => WordClass.Article,
        "passive-marker" => WordClass.PassiveMarker,
        "passive-follower" => WordClass.PassiveFollower,
        "locative" => WordClass.Locative,
        "negation" => WordClass.Negation,
        "root-subject" => WordClass.RootSubject,
        "possible-root" => WordClass.PossibleRoot,
        "speech" => WordClass.Speech,
        "attribution-lead" => WordClass.AttributionLead,
        "comparison" => WordClass.Comparison,
        "noun-follower" => WordClass.NounFollower,
        "consideration" => WordClass.Consideration,
        "ability-context" => WordClass.AbilityContext,
        "currency" => WordClass.Currency,
        "object-pronoun" => WordClass.ObjectPronoun,
        "clause-opener" => WordClass.ClauseOpener,
        _ => throw new InvalidOperationException($"hedges/context-words.txt names an unknown word class '{tag}'."),
    };
}
