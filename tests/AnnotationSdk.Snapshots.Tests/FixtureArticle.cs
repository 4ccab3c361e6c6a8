using System.Runtime.CompilerServices;

namespace AnnotationSdk.Snapshots.Tests;

/// <summary>
/// One of the team's fixture articles (Fixtures/*.txt): a "reference-date: YYYY-MM-DD" line, a blank line, then
/// the article. A name ending in ".crlf" gets CRLF line breaks at load time, so git settings cannot alter it.
/// </summary>
public sealed record FixtureArticle(string Name, string ReferenceDate, string Text)
{
    private const string DateHeader = "reference-date: ";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>Where the committed snapshots live (Snapshooter's __snapshots__ beside the test sources).</summary>
    public static string SnapshotFolder([CallerFilePath] string sourcePath = "") => Path.Combine(Path.GetDirectoryName(sourcePath)!, "__snapshots__");

    public static IEnumerable<string> Names => Directory.EnumerateFiles(Folder, "*.txt")
        .Select(path => Path.GetFileNameWithoutExtension(path))
        .Order(StringComparer.Ordinal);

    /// <summary>Fixture names as xunit theory data.</summary>
    public static TheoryData<string> All => [.. Names];

    public static FixtureArticle Load(string name)
    {
        var content = File.ReadAllText(Path.Combine(Folder, name + ".txt")).ReplaceLineEndings("\n");
        var firstBreak = content.IndexOf("\n\n", StringComparison.Ordinal);
        if (!content.StartsWith(DateHeader, StringComparison.Ordinal) || firstBreak < 0)
        {
            throw new InvalidDataException($"Fixture {name} must start with '{DateHeader}YYYY-MM-DD' and a blank line.");
        }

        var text = content[(firstBreak + 2)..];
        if (name.EndsWith(".crlf", StringComparison.Ordinal))
        {
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        return new FixtureArticle(name, content[DateHeader.Length..firstBreak].Trim(), text);
    }
}
