using System.Reflection;

namespace AnnotationSdk.Engine.Lexicons;

/// <summary>One line of a lexicon file: a phrase, an optional tag after a tab, and nothing else.</summary>
public readonly record struct LexiconEntry(string Phrase, string Tag);

/// <summary>
/// Reads the lexicon files embedded in this assembly. Format: one entry a line, "phrase" or
/// "phrase&lt;TAB&gt;tag"; '#' starts a comment (whole line, or after the entry); blank lines are ignored.
/// </summary>
public static class Lexicon
{
    /// <summary>Entries of <c>Lexicons/{path}</c>, for example <c>Load("hedges/epistemic.txt")</c>.</summary>
    public static IReadOnlyList<LexiconEntry> Load(string path)
    {
        var resource = "AnnotationSdk.Engine.Lexicons." + path.Replace('/', '.').Replace('\\', '.');
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Lexicon '{path}' is not embedded (resource '{resource}'). Embedded: {string.Join(", ", typeof(Lexicon).Assembly.GetManifestResourceNames())}");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    public static IReadOnlyList<LexiconEntry> Parse(TextReader reader)
    {
        var entries = new List<LexiconEntry>();
        while (reader.ReadLine() is { } line)
        {
            var comment = line.IndexOf('#', StringComparison.Ordinal);
            var content = (comment >= 0 ? line[..comment] : line).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            var tab = content.IndexOf('\t', StringComparison.Ordinal);
            entries.Add(tab < 0
                ? new LexiconEntry(content, string.Empty)
                : new LexiconEntry(content[..tab].Trim(), content[(tab + 1)..].Trim()));
        }

        return entries;
    }

    /// <summary>The phrases of a lexicon as a case-insensitive set of single words.</summary>
    public static HashSet<string> LoadWordSet(string path, StringComparer? comparer = null) =>
        new(Load(path).Select(entry => entry.Phrase), comparer ?? StringComparer.OrdinalIgnoreCase);

    internal static Assembly Assembly => typeof(Lexicon).Assembly;
}
