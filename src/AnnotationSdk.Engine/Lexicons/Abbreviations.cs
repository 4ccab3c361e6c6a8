namespace AnnotationSdk.Engine.Lexicons;

/// <summary>Words after which a period does not end a sentence.</summary>
public sealed class Abbreviations
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    private Abbreviations(HashSet<string> words) => _words = words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Abbreviations Default { get; } = new(Lexicon.LoadWordSet("abbreviations.txt", StringComparer.Ordinal));

    public bool IsAbbreviation(ReadOnlySpan<char> word) =>
        (word.Length == 1 && char.IsUpper(word[0])) || word.Contains('.') || _words.Contains(word);
}
